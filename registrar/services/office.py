"""Directorate staff's changes to the office itself: officers and holidays, each logged."""

from django.db import transaction

from .. import activity
from ..actions import RegistrarAction


@transaction.atomic
def officer_saved(*, officer, actor, created: bool) -> None:
    """Log an officer created or their rank/jurisdiction changed (called by the admin after it saves)."""
    codes = sorted(officer.districts.values_list("code", flat=True))
    action = RegistrarAction.OFFICER_CREATED if created else RegistrarAction.OFFICER_JURISDICTION_CHANGED
    activity.record(action, actor=actor, target=officer,
                    data={"rank": officer.rank, "districts": codes, "active": officer.is_active})


@transaction.atomic
def holiday_saved(*, holiday, actor) -> None:
    activity.record(RegistrarAction.HOLIDAY_ADDED, actor=actor, target=holiday,
                    data={"date": holiday.date, "name": holiday.name, "sudden": holiday.is_sudden_closure})


@transaction.atomic
def holiday_removed(*, holiday, actor) -> None:
    activity.record(RegistrarAction.HOLIDAY_REMOVED, actor=actor, target=f"registrar.holiday:{holiday.pk}",
                    data={"date": holiday.date, "name": holiday.name})
