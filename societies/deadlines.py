"""Deadline source for the office's deadlines board (registered in registrar.deadlines.SOURCES)."""

from datetime import date, timedelta

from django.urls import reverse

from registrar.deadlines import make_deadline
from registrar.selectors import in_jurisdiction

from .models import RegistrationApplication
from .models_registration import OPEN_STATES

REGISTRATION_RULE = "registration_deemed_60d"


def application_deadlines(user, today: date, horizon_days: int):
    """Open applications in the officer's districts whose 60-day last day (s.11 proviso) is overdue or within
    the horizon. One query (reads the partial index app_open_due_idx)."""
    until = today + timedelta(days=horizon_days)
    applications = (
        in_jurisdiction(RegistrationApplication.objects.all(), user)
        .filter(state__in=OPEN_STATES, decision_due_on__isnull=False, decision_due_on__lte=until)
        .select_related("district")
        .only("pk", "proposed_name", "acknowledgement_number", "decision_due_on", "district__name")
        .order_by("decision_due_on", "pk")
    )
    for application in applications:
        yield make_deadline(
            REGISTRATION_RULE, application.decision_due_on,
            subject_label=f"{application.acknowledgement_number or '—'} · {application.proposed_name}",
            district_name=application.district.name,
            url=reverse("office_application_detail", args=[application.pk]),
        )
