"""What the services of the scheme and its notices share: locks, the secretary checks, the majority in force."""

from datetime import date
from fractions import Fraction

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _

from societies.governance.permissions import is_secretary
from societies.models import Society

from .. import rules
from ..models import Scheme, SchemeRole, SchemeSociety

NOT_SECRETARY = _("Only the secretary of a society in the scheme may do this.")
NO_SANCTION = _("A co-operative bank's scheme proceeds only with the prior sanction of the Reserve Bank of India "
                "or NABARD (s.116): record the sanction first.")
NOT_OPEN_FOR_NOTICES = _("The scheme is no longer at the notice stage (%(state)s).")


def d(day) -> str:
    return f"{day:%d %b %Y}"


def special_majority() -> Fraction:
    """The majority a special resolution needs: the setting RESTRUCTURING_SPECIAL_MAJORITY, else two thirds of
    the members present and voting (lifecycles.md §15 item 15; ADR 0050: a default, flagged)."""
    return rules.parse_majority(getattr(settings, "RESTRUCTURING_SPECIAL_MAJORITY", None))


def lock_society(society_id: int) -> Society:
    return Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)


def lock_scheme(scheme_id: int) -> Scheme:
    return (Scheme.objects.select_for_update(of=("self",)).select_related("society", "district")
            .get(pk=scheme_id))


def require_secretary(user, society) -> None:
    if not is_secretary(user, society):
        raise PermissionDenied(NOT_SECRETARY)


def transferor_for(scheme: Scheme, society_id: int) -> SchemeSociety:
    """The scheme's transferor row for that society: each transferor serves its own members and creditors
    (amalgamation_withdrawal_option_30d notes). PermissionDenied when the society is not a transferor."""
    party = (SchemeSociety.objects.select_related("society")
             .filter(scheme=scheme, role=SchemeRole.TRANSFEROR, society_id=society_id).first())
    if party is None:
        raise PermissionDenied(NOT_SECRETARY)
    return party


def require_transferor_secretary(user, scheme: Scheme, society_id: int) -> SchemeSociety:
    party = transferor_for(scheme, society_id)
    require_secretary(user, party.society)
    return party


def needs_sanction(scheme: Scheme) -> bool:
    """s.116: any co-operative bank among the scheme's societies (transferors or the society merged into)."""
    types = SchemeSociety.objects.filter(scheme=scheme, society__isnull=False).values_list("society__society_type",
                                                                                          flat=True)
    return any(rules.needs_bank_sanction(kind) for kind in types)


def require_sanction(scheme: Scheme) -> None:
    """s.116: nothing after the resolution proceeds without the sanction (the notices, their service)."""
    if not scheme.bank_sanction_on and needs_sanction(scheme):
        raise ValidationError(NO_SANCTION)


def on_or_before_today(value: date | None, today: date) -> bool:
    return value is not None and value <= today
