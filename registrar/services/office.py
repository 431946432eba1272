"""Directorate staff's changes to the office itself: officers and holidays, each logged."""

from datetime import date

from django.db import transaction

from .. import activity, clock
from ..actions import RegistrarAction


@transaction.atomic
def officer_saved(*, officer, actor, created: bool) -> None:
    """Log an officer created or their rank/jurisdiction changed (called by the admin after it saves)."""
    codes = sorted(officer.districts.values_list("code", flat=True))
    action = RegistrarAction.OFFICER_CREATED if created else RegistrarAction.OFFICER_JURISDICTION_CHANGED
    activity.record(action, actor=actor, target=officer,
                    data={"rank": officer.rank, "districts": codes, "active": officer.is_active})


@transaction.atomic
def holiday_saved(*, holiday, actor, today: date | None = None) -> None:
    """Log a holiday added (or edited); once it commits, re-date the open filings it closes (registrar.redating).

    The admin calls this after saving, inside its own transaction: the re-dating runs only if the holiday
    really committed, and in transactions of its own so a domain's failure cannot undo the holiday.
    """
    from ..redating import holiday_redate

    today = today or clock.today()
    activity.record(RegistrarAction.HOLIDAY_ADDED, actor=actor, target=holiday,
                    data={"date": holiday.date, "name": holiday.name, "sudden": holiday.is_sudden_closure})
    closed_day = holiday.date
    transaction.on_commit(lambda: holiday_redate(closed_day=closed_day, today=today))


@transaction.atomic
def holiday_removed(*, holiday, actor) -> None:
    """Log a holiday removed. Nothing is re-dated back: a last day once promised is not taken away (ADR 0007)."""
    activity.record(RegistrarAction.HOLIDAY_REMOVED, actor=actor, target=f"registrar.holiday:{holiday.pk}",
                    data={"date": holiday.date, "name": holiday.name})
