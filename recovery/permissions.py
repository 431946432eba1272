"""Who may do what in Bakijai, beyond registrar.capabilities: the claimant's invited user, and the signing
power (the Registrar, or an officer holding a Delegation in force)."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from guardian.models import UserObjectPermission

from registrar.capabilities import Act, may
from registrar.models import Rank
from registrar.selectors import officer_for

NOT_ALLOWED = _("Only the ARCS of the district or an officer above may act on this Bakijai case.")
NOT_CLAIMANT = _("You may file requisitions only for the claimant you were invited to.")
MAY_NOT_SIGN = _("Only the Registrar, or an officer to whom the Registrar has delegated the power by an order in "
                 "force on that day for this district, may grant a demand certificate.")


def is_claimant_user(user, claimant) -> bool:
    """A direct guardian grant on the claimant (parties), and the claimant still open."""
    if not getattr(user, "is_authenticated", False) or claimant.closed_on is not None:
        return False
    from .models import Claimant

    return UserObjectPermission.objects.filter(
        user=user, content_type=ContentType.objects.get_for_model(Claimant),
        permission__codename="file_requisitions", object_pk=str(claimant.pk)).exists()


def is_branch_user(user, execution) -> bool:
    """The Bakijai branch's invited user on this execution (a direct guardian grant, parties)."""
    if not getattr(user, "is_authenticated", False):
        return False
    from .models import Execution

    return UserObjectPermission.objects.filter(
        user=user, content_type=ContentType.objects.get_for_model(Execution),
        permission__codename="enter_proceedings", object_pk=str(execution.pk)).exists()


def require_office(user, district_id, act=Act.CONDUCT_RECOVERY) -> None:
    if not may(user, act, district_id):
        raise PermissionDenied(NOT_ALLOWED)


def may_file(user, district_id, claimant=None) -> bool:
    return may(user, Act.CONDUCT_RECOVERY, district_id) or (claimant is not None and is_claimant_user(user, claimant))


def signing_delegation(user, district_id, day):
    """(True, None) for the Registrar; (True, delegation) for an officer holding a Delegation in force on `day`
    for the district (or statewide); (False, None) otherwise."""
    officer = officer_for(user)
    if officer is None or not may(user, Act.CONDUCT_RECOVERY, district_id):
        return False, None
    if officer.rank == Rank.RCS:
        return True, None
    from django.db.models import Q

    from .models import Delegation

    delegation = (Delegation.objects.filter(officer=user, from_on__lte=day)
                  .filter(Q(revoked_on__isnull=True) | Q(revoked_on__gt=day))
                  .filter(Q(district__isnull=True) | Q(district_id=district_id)).order_by("-from_on").first())
    return delegation is not None, delegation
