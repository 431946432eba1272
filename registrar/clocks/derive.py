"""The sweepers a declaration derives: expiry (per row or per society settle), reminders, chores.

Every loop over due rows in the portal is one of the three below; modules never write their own.
"""

from datetime import date, timedelta
from functools import partial

from registrar import sweeps
from registrar.notify import notify
from registrar.reminders import reminder_due

from .declaration import ITSELF, Chore, Clock
from .recipients import recipients_for

# ---- expiry -------------------------------------------------------------------------------------------------

def expiry_due_query(clock: Clock, today: date):
    """The rows whose last day has passed: the declaration's `due` (or open) condition on the indexed column."""
    condition = clock.expiry.due if clock.expiry.due is not None else clock.open
    return (clock.model.objects.filter(condition).filter(**{f"{clock.due_field}__lt": today})
            .order_by(clock.due_field, "pk"))


def _lock_row(clock: Clock, pk, today: date):
    condition = clock.expiry.due if clock.expiry.due is not None else clock.open
    return (clock.model.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related(*clock.expiry.related).filter(condition)
            .filter(pk=pk, **{f"{clock.due_field}__lt": today}).first())


def _order_of(clock: Clock, row):
    """The orders.Order whose effect the row's expiry is (`stayed_by`), or None when the path ends empty."""
    if clock.expiry.stayed_by == ITSELF:
        return row
    for part in clock.expiry.stayed_by.split("__"):
        row = getattr(row, part)
        if row is None:
            return None
    return row


def effect_date(clock: Clock, row) -> date | None:
    """The day the row's effect falls: the legal date (the day after the last day), moved by the stays of its
    order (orders.stays.held_effect_date, the portal's one dating rule); None while a stay holds it."""
    from orders.stays import held_effect_date

    return held_effect_date(_order_of(clock, row), getattr(row, clock.due_field) + timedelta(days=1))


def _apply_row(clock: Clock, today: date, pk):
    row = _lock_row(clock, pk, today)
    if row is None:  # decided, applied or locked by another worker meanwhile
        return None
    if clock.expiry.stayed_by is None:
        return clock.expiry.apply(row, today)
    on = effect_date(clock, row)
    if on is None or on > today:  # held by a stay (or vacated today: falls tomorrow); nothing to do yet
        return None
    return clock.expiry.apply(row, today, on=on)


def _settle_society(clock: Clock, today: date, society_id):
    from societies.models import Society

    society = Society.objects.select_for_update(skip_locked=True, of=("self",)).filter(pk=society_id).first()
    if society is None:
        return None
    return clock.expiry.settle(society, today)


def district_of(model, path: str, pk) -> int | None:
    """The district id of a row, read fresh from the database when its unit failed."""
    return model.objects.filter(pk=pk).values_list(path, flat=True).first()


def describe_row(clock: Clock, pk) -> tuple[str, str]:
    """(subject, link) of a clock's row for the sweep problems page."""
    row = clock.model.objects.select_related(*clock.related).get(pk=pk)
    return clock.subject(row), clock.url(row)


def describe_society(society_id) -> tuple[str, str]:
    from django.urls import reverse

    from societies.models import Society

    society = Society.objects.get(pk=society_id)
    return f"{society.registration_number} · {society.name}", reverse("office_society_detail", args=[society.pk])


def expiry_sweep(clock: Clock, *, today: date) -> sweeps.SweepResult:
    due = expiry_due_query(clock, today)
    name = clock.expiry.sweeper
    if clock.expiry.settle is not None:
        society_ids = list(dict.fromkeys(due.values_list(clock.society, flat=True)))
        from societies.models import Society

        return sweeps.run_isolated(name, society_ids, partial(_settle_society, clock, today), today=today,
                                   label=partial(sweeps.row_label, Society),
                                   district_of=partial(district_of, Society, "district"),
                                   describe=describe_society)
    return sweeps.run_isolated(name, list(due.values_list("pk", flat=True)), partial(_apply_row, clock, today),
                               today=today, label=partial(sweeps.row_label, clock.model),
                               district_of=partial(district_of, clock.model, clock.district),
                               describe=partial(describe_row, clock))


# ---- reminders ----------------------------------------------------------------------------------------------

def reminder_due_query(clock: Clock, today: date):
    """Open rows whose last day is today or within the longest offset."""
    spec = clock.reminders
    return (clock.model.objects.filter(clock.open).filter(spec.where)
            .filter(**{f"{clock.due_field}__gte": today,
                       f"{clock.due_field}__lte": today + timedelta(days=max(spec.offsets))})
            .select_related(*clock.related).order_by(clock.due_field, "pk"))


def reminder_key(clock: Clock, pk: int, offset: int) -> str:
    return f"reminder:{clock.rule_id}:{pk}:{offset}"


def reminder_sweep(clock: Clock, *, today: date) -> sweeps.SweepResult:
    """Each reminder once per (recipient, row, offset): the Notification key decides, so two concurrent sweeps
    send it once. A late run sends only the latest reminder that has arrived, nothing once the day has passed."""
    spec = clock.reminders
    due = []
    for row in reminder_due_query(clock, today):
        last_day = getattr(row, clock.due_field)
        offset = reminder_due(getattr(row, spec.trigger), last_day, today, spec.offsets)
        if offset is not None:
            due.append((row, offset))
    people = recipients_for(spec.recipients, clock, [row for row, _offset in due])

    def remind(item):
        row, offset = item
        url = (spec.url or clock.url)(row)
        params = spec.params(row, today)  # once per row, not per recipient
        lines = []
        for user in people(row):
            _note, created = notify(user, key=reminder_key(clock, row.pk, offset), subject=spec.subject,
                                    body=spec.body, params=params, url=url, sms=spec.sms)
            if created:
                lines.append(f"{clock.subject(row)}: {offset}-day reminder to {user.username}")
        return lines

    return sweeps.run_isolated(spec.sweeper, due, remind, today=today,
                               label=lambda item: sweeps.row_label(clock.model, item[0].pk),
                               district_of=lambda item: district_of(clock.model, clock.district, item[0].pk),
                               describe=lambda item: describe_row(clock, item[0].pk))


# ---- chores -------------------------------------------------------------------------------------------------

def chore_sweep(item: Chore, *, today: date) -> sweeps.SweepResult:
    result = sweeps.SweepResult()
    tried: set = set()

    def apply(pk):
        row = (item.model.objects.select_for_update(skip_locked=True, of=("self",)).select_related(*item.related)
               .filter(item.lock).filter(pk=pk).first())
        return None if row is None else item.apply(row, today)

    while True:
        due = [pk for pk in item.due_query(today).values_list("pk", flat=True) if pk not in tried]
        if not due:
            return result
        tried.update(due)
        sweeps.run_isolated(item.sweeper, due, apply, today=today, result=result,
                            label=partial(sweeps.row_label, item.model),
                            district_of=partial(district_of, item.model, item.district),
                            describe=lambda pk: describe_society(
                                item.model.objects.filter(pk=pk).values_list("society_id", flat=True).get()))
        if not item.repeat:
            return result


# ---- registration -------------------------------------------------------------------------------------------

def register_sweepers(clock: Clock) -> None:
    if clock.expiry is not None:
        spec = clock.expiry
        sweeps.register(spec.sweeper, partial(expiry_sweep, clock), description=spec.description,
                        order=spec.order, due_query=partial(expiry_due_query, clock), declaration=clock)
    if clock.reminders is not None:
        spec = clock.reminders
        sweeps.register(spec.sweeper, partial(reminder_sweep, clock), description=spec.description,
                        order=spec.order, due_query=partial(reminder_due_query, clock), declaration=clock)


def register_chore(item: Chore) -> None:
    sweeps.register(item.sweeper, partial(chore_sweep, item), description=item.description, order=item.order,
                    due_query=item.due_query, declaration=item)

