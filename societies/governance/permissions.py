"""Who may act on a society's supervision. Officers: the rank table (registrar.capabilities) and jurisdiction (a
query, registrar.selectors). The secretary: a django-guardian grant (societies.act_as_secretary) on the one
society, held by that person only: being a superuser (the portal's administrator) makes no one a secretary."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, F, Func, Value
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermission, UserObjectPermission

from registrar.capabilities import Act, may, rank_may
from registrar.models import User
from societies.models import Society

SECRETARY_PERM = "societies.act_as_secretary"
NOT_SUPERVISOR = _("Only the ARCS of the district or an officer above may do this.")
NOT_REGISTRAR = _("Only the Registrar (or an Additional, Joint or Deputy Registrar) may make this order.")
NOT_SECRETARY = _("Only the society's secretary may file this.")


# Who else acts for the society where its secretary does, registered by a later module so that supervision imports
# none: `acting(column_sql, column_params, user_id) -> (sql, params)`, an SQL boolean on the society's pk column.
# societies.supersession registers its active administrators (s.125: the
# administrator acts as the Board in meetings, returns and proceedings, for that society only).
ACTING_FOR_BOARD: list = []


def register_acting_for_board(acting) -> None:
    if acting not in ACTING_FOR_BOARD:
        ACTING_FOR_BOARD.append(acting)


class _SecretaryGrant(Func):
    """EXISTS a guardian grant of act_as_secretary to the user (or one of the user's groups) on the society whose
    pk is the one source expression. Written as SQL: building the same thing from querysets (two Exists, a
    Cast, sub-selects) cost ~1.5 ms of Python per check, more than the query itself."""

    output_field = BooleanField()

    def __init__(self, society_pk, *, user_id: int, content_type_id: int):
        super().__init__(society_pk)
        self.user_id, self.content_type_id = user_id, content_type_id

    def as_sql(self, compiler, connection, **extra):
        column, column_params = compiler.compile(self.get_source_expressions()[0])
        codename = SECRETARY_PERM.split(".", 1)[1]
        grant = (f"g.content_type_id = %s AND g.object_pk = CAST({column} AS varchar) AND g.permission_id IN "
                 f"(SELECT p.id FROM {Permission._meta.db_table} p WHERE p.content_type_id = %s AND p.codename = %s)")
        grant_params = [self.content_type_id, *column_params, self.content_type_id, codename]
        user_groups = User.groups.through._meta.db_table
        sql = (f"(EXISTS (SELECT 1 FROM {UserObjectPermission._meta.db_table} g WHERE g.user_id = %s AND {grant})"
               f" OR EXISTS (SELECT 1 FROM {GroupObjectPermission._meta.db_table} g INNER JOIN {user_groups} ug"
               f" ON ug.group_id = g.group_id WHERE ug.user_id = %s AND {grant})")
        params = [self.user_id, *grant_params, self.user_id, *grant_params]
        for acting in ACTING_FOR_BOARD:  # e.g. supersession's administrators (s.125)
            extra_sql, extra_params = acting(column, column_params, self.user_id)
            sql += f" OR {extra_sql}"
            params += extra_params
        return sql + ")", params


def secretary_grant(user, society_pk=None):
    """A boolean SQL expression: does `user` hold act_as_secretary on the society whose pk is `society_pk` (an
    expression such as F("society_id"); by default F("pk") of a Society query)? A grant to the user, or to one of
    the user's groups; an inactive user holds none. Unlike user.has_perm through django-guardian, a superuser holds
    only the grants really made to them: the administrator is not every society's secretary (otherwise the
    Registrar's superuser account could file as any society and then approve its own filing). Evaluated inside the
    query that reads the row, instead of guardian's two extra queries per check."""
    if not (getattr(user, "is_authenticated", False) and user.is_active):
        return Value(False, output_field=BooleanField())
    return _SecretaryGrant(society_pk if society_pk is not None else F("pk"), user_id=user.pk,
                           content_type_id=ContentType.objects.get_for_model(Society).pk)  # cached per process


def is_secretary(user, society) -> bool:
    if not (getattr(user, "is_authenticated", False) and user.is_active):
        return False
    return Society.objects.filter(pk=society.pk).filter(secretary_grant(user)).exists()


def can_supervise(user, society) -> bool:
    """The ARCS of the society's district, or an officer above with jurisdiction over it."""
    return may(user, Act.SUPERVISE_SOCIETY, society.district_id)


def is_registrar_level(user) -> bool:
    """A rank that may make an order on a compliance flag (the Registrar, Additional, Joint, Deputy Registrar)."""
    return rank_may(user, Act.ORDER_ON_FLAG)


def require_secretary(user, society) -> None:
    if not is_secretary(user, society):
        raise PermissionDenied(NOT_SECRETARY)


def require_supervisor(user, society) -> None:
    if not can_supervise(user, society):
        raise PermissionDenied(NOT_SUPERVISOR)


def require_registrar(user, society) -> None:
    if not may(user, Act.ORDER_ON_FLAG, society.district_id):
        raise PermissionDenied(NOT_REGISTRAR)


def society_for_secretary(user, pk: int) -> Society:
    """The society, if `user` is its secretary; otherwise 404 (we do not confirm that it exists)."""
    society = (Society.objects.select_related("district").annotate(viewer_is_secretary=secretary_grant(user))
               .filter(pk=pk).first())
    if society is None or not society.viewer_is_secretary:
        raise Http404("No such society among yours.")
    return society
