"""What the services of bye-laws share: messages, locks, the permission checks and the version in force."""

from datetime import date

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from registrar.capabilities import Act, may
from societies.governance.permissions import is_secretary
from societies.models import Society

from ..models import Amendment, ByeLawVersion

NOT_SECRETARY = _("Only the society's secretary may do this.")
NOT_DECIDING = _("Only the ARCS of the society's district or an officer above may do this.")


def lock_society(society_id: int) -> Society:
    return Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)


def lock_amendment(amendment_id: int) -> Amendment:
    return (Amendment.objects.select_for_update(of=("self",)).select_related("society", "society__district",
                                                                              "base_version")
            .get(pk=amendment_id))


def require_secretary(user, society) -> None:
    if not is_secretary(user, society):
        raise PermissionDenied(NOT_SECRETARY)


def require_deciding(user, society) -> None:
    if not may(user, Act.DECIDE_BYE_LAWS, society.district_id):
        raise PermissionDenied(NOT_DECIDING)


def version_in_force(society, on: date) -> ByeLawVersion | None:
    """The version in force on `on`: the latest taking effect on or before it (an amendment binds from the date
    of its registration, bye_law_amendment_effective_on_registration)."""
    return (ByeLawVersion.objects.filter(society=society, effective_from__lte=on)
            .order_by("-effective_from", "-number").first())


def next_version_number(society) -> int:
    last = ByeLawVersion.objects.filter(society=society).order_by("-number").values_list("number", flat=True).first()
    return (last or 0) + 1


def d(day) -> str:
    return f"{day:%d %b %Y}"
