"""Directorate staff's changes to the office itself: officers and holidays, each logged.

Holidays change the law's calendar (a closed day moves a filing's last day, General Clauses Act s.10), so every
change of the Holiday table is logged and acted on the same way whatever path made it: the admin's add, edit,
delete and bulk delete, `holiday_add` / `holidays_remove` below, a queryset's delete, update or bulk_create,
`loaddata` (an import). The Holiday model's own hooks (its queryset, and the signals `connect_holiday_hooks`
connects in RegistrarConfig.ready) call `holiday_saved` and `holiday_removed`; nothing else does, so nothing is
logged twice. Who made the change: the actor set by `holiday_changes_by(actor)` around it (the admin does), else
the System (ADR 0016).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from django.db import transaction

from .. import activity, clock
from ..actions import RegistrarAction

_acting: ContextVar[tuple | None] = ContextVar("holiday_changes_by", default=None)


@transaction.atomic
def officer_saved(*, officer, actor, created: bool) -> None:
    """Log an officer created or their rank/jurisdiction changed (called by the admin after it saves)."""
    codes = sorted(officer.districts.values_list("code", flat=True))
    action = RegistrarAction.OFFICER_CREATED if created else RegistrarAction.OFFICER_JURISDICTION_CHANGED
    activity.record(action, actor=actor, target=officer,
                    data={"rank": officer.rank, "districts": codes, "active": officer.is_active})


# ---- holidays -------------------------------------------------------------------------------------------------

@contextmanager
def holiday_changes_by(actor, *, today: date | None = None) -> Iterator[None]:
    """Holiday changes made inside are logged with `actor` (and re-date from `today`, by default the clock's)."""
    token = _acting.set((actor, today))
    try:
        yield
    finally:
        _acting.reset(token)


def _acting_now() -> tuple:
    actor, today = _acting.get() or (None, None)
    return actor, today or clock.today()


def holiday_add(*, day: date, name: str, is_sudden_closure: bool = False, actor=None, today: date | None = None):
    """Add a holiday (a sudden closure: a flood, a strike). Logged and re-dated as every addition is."""
    from ..models import Holiday

    with holiday_changes_by(actor, today=today), transaction.atomic():
        return Holiday.objects.create(date=day, name=name, is_sudden_closure=is_sudden_closure)


def holidays_remove(*, holidays, actor=None) -> int:
    """Remove these holidays (a queryset), each logged as a removal. Nothing is re-dated back (ADR 0007)."""
    with holiday_changes_by(actor), transaction.atomic():
        return holidays.delete()[0]


@transaction.atomic
def holiday_saved(*, holiday, actor=None, today: date | None = None, previous: dict | None = None) -> None:
    """Log a holiday added (or edited); once it commits, re-date the open filings it closes (registrar.redating).
    `previous`: the row's stored date and name before an edit; a changed date is the old day's removal too.

    Called by the Holiday hooks inside the change's transaction: the re-dating runs only if the holiday really
    committed, in transactions of its own so a domain's failure cannot undo the holiday.
    """
    from ..redating import holiday_redate

    today = today or clock.today()
    if previous is not None and previous["date"] != holiday.date:
        holiday_removed(holiday=holiday, actor=actor, day=previous["date"], name=previous["name"])
    activity.record(RegistrarAction.HOLIDAY_ADDED, actor=actor, target=holiday,
                    data={"date": holiday.date, "name": holiday.name, "sudden": holiday.is_sudden_closure})
    closed_day = holiday.date
    transaction.on_commit(lambda: holiday_redate(closed_day=closed_day, today=today))


@transaction.atomic
def holiday_removed(*, holiday, actor=None, day: date | None = None, name: str | None = None) -> None:
    """Log a holiday removed (or moved away from `day`). Nothing is re-dated back: a last day once promised is
    not taken away (ADR 0007)."""
    activity.record(RegistrarAction.HOLIDAY_REMOVED, actor=actor, target=f"registrar.holiday:{holiday.pk}",
                    data={"date": day or holiday.date, "name": holiday.name if name is None else name})


# ---- the hooks every path reaches ------------------------------------------------------------------------------

def _before_save(sender, instance, raw=False, **kwargs) -> None:
    """Remember the stored row an edit (or a fixture loaded over an existing pk) replaces."""
    instance._stored_before_save = (sender._default_manager.filter(pk=instance.pk).values("date", "name").first()
                                    if instance.pk is not None else None)


def _after_save(sender, instance, created, raw=False, **kwargs) -> None:
    actor, today = _acting_now()
    holiday_saved(holiday=instance, actor=actor, today=today,
                  previous=getattr(instance, "_stored_before_save", None))


def _after_delete(sender, instance, **kwargs) -> None:
    actor, _today = _acting_now()
    holiday_removed(holiday=instance, actor=actor)


def holidays_bulk_created(rows, *, existing: dict) -> None:
    """HolidayQuerySet.bulk_create: each row inserted is an addition; a row that replaced a stored one (update
    on conflict) an edit. `existing`: {date: stored name} before the insert."""
    actor, today = _acting_now()
    for row in rows:
        previous = {"date": row.date, "name": existing[row.date]} if row.date in existing else None
        holiday_saved(holiday=row, actor=actor, today=today, previous=previous)


def holidays_updated(before: list[dict], rows) -> None:
    """HolidayQuerySet.update: each row changed is logged as an edit (a moved date also as the old day's removal).
    `before`: the rows' pk, date and name before the update; `rows`: the same rows after it."""
    actor, today = _acting_now()
    stored = {b["pk"]: b for b in before}
    for row in rows:
        holiday_saved(holiday=row, actor=actor, today=today, previous=stored.get(row.pk))


def connect_holiday_hooks() -> None:
    """Called once by RegistrarConfig.ready(). A receiver of post_delete also makes QuerySet.delete() collect the
    rows and send the signal for each (Django never 'fast-deletes' a model with delete receivers)."""
    from django.db.models.signals import post_delete, post_save, pre_save

    from ..models import Holiday

    pre_save.connect(_before_save, sender=Holiday, dispatch_uid="registrar.holiday.pre_save")
    post_save.connect(_after_save, sender=Holiday, dispatch_uid="registrar.holiday.post_save")
    post_delete.connect(_after_delete, sender=Holiday, dispatch_uid="registrar.holiday.post_delete")
