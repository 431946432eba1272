"""Sweepers of registration (deemed registration under the proviso to s.11)."""

from datetime import date

from django.db import transaction
from django.db.models import F, Q

from registrar.sweeps import SweepResult, sweeper

from .models import RegistrationApplication
from .models_registration import OPEN_STATES


def applications_due_for_deemed_registration(today: date):
    """The due query of deemed registration: open applications whose last day is before `today` and with no
    certificate or refusal sent by then. Reads the partial index app_open_due_idx."""
    return (
        RegistrationApplication.objects.filter(state__in=OPEN_STATES, decision_due_on__lt=today)
        .filter(Q(dispatched_on__isnull=True) | Q(dispatched_on__gt=F("decision_due_on")))
        .order_by("decision_due_on", "pk")
    )


@sweeper("deemed_registration", order=10, due_query=applications_due_for_deemed_registration,
         description="Deem registered every application with no certificate or refusal sent by day 60 (s.11 proviso).")
def applications_deem_registered(*, today: date) -> SweepResult:
    """Select open applications whose last day is before `today` and deem each registered on its legal day.

    Each row is locked with skip_locked and re-checked (`of=("self",)`: locking the joined district row too
    would make a concurrent sweep skip every application of that district), so two runs (or two workers) do it once. The society is
    dated the day after the last day however late this runs. Reads the partial index app_open_due_idx.
    """
    from .services import application_deem_registered

    result = SweepResult()
    due_ids = list(applications_due_for_deemed_registration(today).values_list("pk", flat=True))
    for pk in due_ids:
        with transaction.atomic():
            application = (
                RegistrationApplication.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("district", "applicant")  # the applicant gets the secretary grant and a notice
                .filter(pk=pk, state__in=OPEN_STATES, decision_due_on__lt=today).first()
            )
            if application is None:  # decided, deemed or locked by another worker meanwhile
                continue
            if application.dispatched_on and application.dispatched_on <= application.decision_due_on:
                continue
            society = application_deem_registered(application)
            result.add(f"{application.acknowledgement_number}: deemed registered from "
                       f"{society.registered_on:%d %b %Y} as {society.registration_number}")
    return result
