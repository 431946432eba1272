"""Rows for My work, created directly: My work only reads them."""

from datetime import date, timedelta
from itertools import count

from societies.governance.models import OfficerAppointment
from societies.models import Society
from tests.deadlines.helpers import make_open_application, received_for_last_day

_numbers = count(1)


def make_society(district, name: str = "") -> Society:
    n = next(_numbers)
    return Society.objects.create(
        registration_number=f"{district.code}/REG/2025/{n:05d}", name=name or f"Borgaon {n} Co-operative Society Ltd",
        society_type="dairy", district=district, address="Borgaon", registered_on=date(2025, 4, 10))


def appointment_due(district, officer_user, board_due_on: date, *, name: str = "") -> OfficerAppointment:
    """An officer in charge of a new society whose 90 days end on `board_due_on`."""
    society = make_society(district, name)
    return OfficerAppointment.objects.create(
        society=society, officer=officer_user, appointed_by=officer_user,
        appointed_on=board_due_on - timedelta(days=90), order_number=f"ORD/{society.pk}",
        board_due_on=board_due_on)


def application_due(citizen, district, last_day: date, *, assigned_officer=None, **extra):
    application = make_open_application(citizen, district, received_on=received_for_last_day(last_day), **extra)
    if assigned_officer is not None:
        application.assigned_officer = assigned_officer
        application.save(update_fields=["assigned_officer"])
    return application
