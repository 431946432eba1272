"""The one fetch-and-check helper every module's party views use (healthchecks' `_get_check_for_user`)."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.http import Http404
from guardian.models import UserObjectPermission

from registrar import clock

from . import kinds


def party_case_or_404(user, model, pk, perm: str):
    """The case `model` #pk when `user` holds `perm` on it by a direct guardian grant and the case is still open;
    otherwise 404 (we do not confirm the case exists). One query.

    A direct grant only: not through a group, and not by being a superuser (django-guardian's has_perm says yes
    to a superuser; the portal's administrator is nobody's auditor). A closed case is refused at once, before the
    nightly sweeper has removed the grant."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise Http404("No such case.")
    kind = kinds.for_model(model)
    if perm not in kind.perms:
        raise ValueError(f"{perm!r} is not a permission of {kind}")
    app_label, codename = perm.split(".", 1)
    content_type = ContentType.objects.get_for_model(model)
    permission = Permission.objects.filter(content_type=content_type, codename=codename).values("pk")
    grant = UserObjectPermission.objects.filter(
        user=user, content_type=content_type, permission__in=permission,
        object_pk=Cast(OuterRef("pk"), output_field=CharField()))
    case = (model.objects.select_related(*kind.related).exclude(kind.closed_q(clock.today()))
            .filter(Exists(grant), pk=pk).first())
    if case is None:
        raise Http404("No such case.")
    return case
