"""What people see of a declared clock: deadlines board rows, timeline items, holiday re-dating."""

from datetime import date, timedelta

from django.db.models import BooleanField, ExpressionWrapper

from .declaration import ITSELF, Clock, declared, follow

# ---- the deadlines board ------------------------------------------------------------------------------------

def board_query(clock: Clock, user, until: date):
    """Open rows in the officer's jurisdiction whose last day is on or before `until` (overdue included); for a
    clock whose effect a stay holds, with the order's stays in the same fixed number of queries."""
    from .work import open_rows  # the one base query, shared with My work

    rows = (open_rows(clock, user).filter(**{f"{clock.due_field}__lte": until})
            .select_related(clock.district, *clock.related).order_by(clock.due_field, "pk"))
    stayed_by = clock.expiry.stayed_by if clock.expiry is not None else None
    if stayed_by is not None:
        rows = rows.prefetch_related("stays" if stayed_by == ITSELF else f"{stayed_by}__stays")
    return rows


def _held(clock: Clock, row, today: date) -> date | None:
    """Whether a stay holds the row's effect (s.111(4)): the day it now falls (or `date.max` while the stay is
    in force), when that is after today and after the legal date; None when no stay holds it."""
    if clock.expiry is None or clock.expiry.stayed_by is None:
        return None
    from .derive import effect_date

    legal = getattr(row, clock.due_field) + timedelta(days=1)
    falls_on = effect_date(clock, row)
    if falls_on is None:
        return date.max
    return falls_on if falls_on > legal and falls_on > today else None


def board_rows(clock: Clock, user, today: date, horizon_days: int):
    from registrar.deadlines import make_deadline

    for row in board_query(clock, user, today + timedelta(days=horizon_days)):
        yield make_deadline(clock.rule_id, getattr(row, clock.due_field), subject_label=clock.subject(row),
                            district_name=follow(row, clock.district).name, url=clock.url(row),
                            period=clock.period, clock=clock.name, held_until=_held(clock, row, today))


def deadlines(user, today: date, horizon_days: int) -> list:
    return [d for clock in declared() for d in board_rows(clock, user, today, horizon_days)]


# ---- the society's statutory timeline -----------------------------------------------------------------------

def timeline_items(clock: Clock, society, today: date) -> list:
    from registrar.timeline import deadline_item

    if clock.timeline_label is None or clock.society is None:
        return []
    met = clock.met if clock.met is not None else ~clock.open
    rows = (clock.model.objects.filter(**{clock.society: society, f"{clock.due_field}__isnull": False})
            .filter(clock.timeline_rows).select_related(*clock.related)
            .annotate(_clock_met=ExpressionWrapper(met, output_field=BooleanField()))
            .order_by(clock.due_field, "pk"))
    return [deadline_item(getattr(row, clock.due_field), clock.timeline_label(row), today, rule_id=clock.rule_id,
                          met=bool(row._clock_met)) for row in rows]


def timeline(society, today: date) -> list:
    return [item for clock in declared() for item in timeline_items(clock, society, today)]


# ---- holiday re-dating (filings only, ADR 0007) ---------------------------------------------------------------

def redate(clock: Clock, *, closed_day: date, closed_days: frozenset, today: date) -> list:
    """Open rows whose stored filing last day is the newly closed day move to the next open day."""
    from registrar.redating import Redated

    moved = []
    rows = (clock.model.objects.select_for_update(of=("self",)).select_related(*clock.related)
            .filter(clock.open).filter(**{clock.due_field: closed_day, f"{clock.due_field}__gte": today})
            .order_by("pk"))
    for row in rows:
        old = getattr(row, clock.due_field)
        new = clock.redate(row, closed_days)
        if new == old:
            continue
        society = follow(row, clock.society) if clock.society else None
        moved.append(Redated(society=society, subject_label=clock.subject(row), rule_id=clock.rule_id,
                             old_last_day=old, new_last_day=new, target=row))
        setattr(row, clock.due_field, new)
        row.save(update_fields=[clock.due_field])
    return moved


def redating_clocks() -> list[Clock]:
    return [clock for clock in declared() if clock.redate is not None]
