"""Who works in a liquidator's workspace: one fetch-and-check helper (healthchecks' `_get_check_for_user`).

The liquidator is either the officer the cancellation order names (WindingUp.liquidator) or an outside party
invited to that winding up (parties case kind "winding_up", role liquidator, the direct guardian grant
liquidation.act_as_liquidator on the row). Anyone else, including the liquidator of another society and the
district's other officers, gets 404: the workspace is the liquidator's (the office has its own case pages).
A dissolved, set-aside or dropped case is closed to both.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from guardian.models import UserObjectPermission

from parties.access import party_case_or_404
from parties.kinds import CaseKind, declare
from parties.models import Role

from .models import WindingUp
from .models.case import WindingUpState

PERM = "liquidation.act_as_liquidator"
CODENAME = "act_as_liquidator"
# Open from the order naming the liquidator (custody, s.95(2)) to the certificate of dissolution.
WORKING_STATES = (WindingUpState.CANCELLATION_ORDERED, WindingUpState.APPEAL_PENDING, WindingUpState.IN_LIQUIDATION)
RELATED = ("society__district", "district", "cancellation_order", "liquidator")
NOT_THE_LIQUIDATOR = _("Only the liquidator of this society may do this.")

WINDING_UP_CASE = declare(CaseKind(
    name="winding_up", model=WindingUp, roles=(Role.LIQUIDATOR,), perms=(PERM,),
    closed=~Q(state__in=WORKING_STATES), district="district", society="society",
    label=lambda w: f"{w.society.name} · {_('liquidation')}",
    url=lambda w: reverse("liquidator_home", args=[w.pk]),
    verbose_name=_("Liquidation of a society"), related=RELATED,
    perm_names=((CODENAME, "Can act as the liquidator of the society"),),
))


def _active(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


def is_liquidator(user, winding_up: WindingUp) -> bool:
    """The named officer, or the invited outside party, while the case is in the liquidator's hands."""
    if not _active(user) or winding_up.state not in WORKING_STATES:
        return False
    if winding_up.liquidator_id == user.pk:
        return True
    return UserObjectPermission.objects.filter(
        user=user, permission__codename=CODENAME, content_type=ContentType.objects.get_for_model(WindingUp),
        object_pk=str(winding_up.pk)).exists()


def require_liquidator(user, winding_up: WindingUp) -> None:
    if not is_liquidator(user, winding_up):
        raise PermissionDenied(NOT_THE_LIQUIDATOR)


def winding_up_for_liquidator_or_404(user, pk: int) -> WindingUp:
    """The case `pk` when `user` is its liquidator; 404 otherwise (we do not confirm it exists)."""
    if not _active(user):
        raise Http404("No such liquidation.")
    case = (WindingUp.objects.select_related(*RELATED)
            .filter(pk=pk, liquidator=user, state__in=WORKING_STATES).first())
    if case is not None:
        return case
    return party_case_or_404(user, WindingUp, pk, PERM)


def liquidation_list_for_liquidator(user):
    """The cases the user is liquidator of (My work, the nav): named, or invited."""
    if not _active(user):
        return WindingUp.objects.none()
    granted = (UserObjectPermission.objects.filter(user=user, permission__codename=CODENAME,
                                                   content_type=ContentType.objects.get_for_model(WindingUp))
               .values_list("object_pk", flat=True))
    ids = [int(pk) for pk in granted]
    return (WindingUp.objects.filter(Q(liquidator=user) | Q(pk__in=ids), state__in=WORKING_STATES)
            .select_related(*RELATED).order_by("society__name", "pk"))


def liquidators_of(society) -> list:
    """The users who stand in the Board's place for a society in liquidation (s.94(4): the society acts only
    through its liquidator, lifecycles.md §15 item 22): the audit sends them what it sends the Board."""
    case = WindingUp.objects.filter(society=society, state=WindingUpState.IN_LIQUIDATION).select_related(
        "liquidator").first()
    if case is None:
        return []
    from django.contrib.auth import get_user_model

    users = {case.liquidator.pk: case.liquidator} if case.liquidator_id else {}
    granted = UserObjectPermission.objects.filter(
        permission__codename=CODENAME, content_type=ContentType.objects.get_for_model(WindingUp),
        object_pk=str(case.pk)).values_list("user_id", flat=True)
    for user in get_user_model().objects.filter(pk__in=list(granted), is_active=True):
        users[user.pk] = user
    return [users[pk] for pk in sorted(users)]
