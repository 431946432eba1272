"""Who may act on a society's supervision. Jurisdiction is a query (registrar.selectors); the secretary is a
django-guardian grant (societies.act_as_secretary) on the one society."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from registrar.models.office import STATEWIDE_RANKS
from registrar.selectors import jurisdiction_district_ids, officer_for
from societies.models import Society
from societies.permissions import DECIDING_RANKS

SECRETARY_PERM = "societies.act_as_secretary"
NOT_SUPERVISOR = _("Only the ARCS of the district or an officer above may do this.")
NOT_REGISTRAR = _("Only the Registrar (or an Additional, Joint or Deputy Registrar) may make this order.")
NOT_SECRETARY = _("Only the society's secretary may file this.")


def is_secretary(user, society) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and user.has_perm(SECRETARY_PERM, society)


def can_supervise(user, society) -> bool:
    """The ARCS of the society's district, or an officer above with jurisdiction over it."""
    officer = officer_for(user)
    if officer is None or officer.rank not in DECIDING_RANKS:
        return False
    ids = jurisdiction_district_ids(user)
    return ids is None or society.district_id in ids


def is_registrar_level(user) -> bool:
    officer = officer_for(user)
    return officer is not None and officer.rank in STATEWIDE_RANKS


def require_secretary(user, society) -> None:
    if not is_secretary(user, society):
        raise PermissionDenied(NOT_SECRETARY)


def require_supervisor(user, society) -> None:
    if not can_supervise(user, society):
        raise PermissionDenied(NOT_SUPERVISOR)


def require_registrar(user, society) -> None:
    if not (is_registrar_level(user) and can_supervise(user, society)):
        raise PermissionDenied(NOT_REGISTRAR)


def society_for_secretary(user, pk: int) -> Society:
    """The society, if `user` is its secretary; otherwise 404 (we do not confirm that it exists)."""
    society = Society.objects.select_related("district").filter(pk=pk).first()
    if society is None or not is_secretary(user, society):
        raise Http404("No such society among yours.")
    return society
