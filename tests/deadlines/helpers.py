"""Open registration applications created directly (no service): the board and reminders only read them."""

from datetime import date, timedelta
from decimal import Decimal
from itertools import count

from societies.models import AppState, RegistrationApplication
from societies.registration.rules import registration_last_day

_numbers = count(1)


def make_open_application(applicant, district, *, received_on: date, name: str = "",
                          state=AppState.UNDER_SCRUTINY) -> RegistrationApplication:
    n = next(_numbers)
    return RegistrationApplication.objects.create(
        applicant=applicant, proposed_name=name or f"Borgaon Fishery {n} Co-operative Society Limited",
        society_type="fishery", district=district, address="Borgaon", area_of_operation="Borgaon GP",
        authorised_share_capital=Decimal("200000"), chief_promoter_name="Hemanta Nath",
        state=state, acknowledgement_number=f"{district.code}/APP/2026/{n:05d}",
        received_on=received_on, decision_due_on=registration_last_day(received_on),
    )


def received_for_last_day(last_day: date) -> date:
    """The receipt date whose 60-day last day is `last_day`."""
    return last_day - timedelta(days=60)
