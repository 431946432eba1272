"""An officer's My work (issue 13 point 7), built from the clock declarations only.

For the logged-in officer, across every declared clock: the open rows assigned to them (the clock's `assignee`)
or waiting at their level in their jurisdiction. The district's ARCS has every open row of the district, overdue
ones included; a rank above has the rows escalated to it or beyond (the clock's `escalation`, registrar.ladder);
ranks below the ARCS have what is assigned to them. Soonest last day first.

Queries are constant in rows: one aggregate per clock (the counts), one UNION ALL of the clocks' keys for the
page (ordered and sliced in the database), and one fetch per clock that has rows on the page.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import CharField, Count, F, IntegerField, Q, Value

from .declaration import Clock, declared, follow

PAGE_SIZE = 50
HORIZONS = (7, 30, 90)
DEFAULT_HORIZON = 30


def open_rows(clock: Clock, user):
    """A clock's open rows with a last day, in the officer's jurisdiction: the one base query of the deadlines
    board and My work."""
    from registrar.selectors import in_jurisdiction

    return (in_jurisdiction(clock.model.objects.filter(clock.open), user, district_field=clock.district)
            .filter(**{f"{clock.due_field}__isnull": False}))


def waiting_condition(clock: Clock, user, rank: str, today: date) -> Q | None:
    """Which of the clock's rows in the jurisdiction are this officer's work; None: none of them."""
    from registrar.ladder import BASE_RANK, steps_above

    parts = []
    if clock.assignee:
        parts.append(Q(**{clock.assignee: user}))
    base = clock.escalation.base_rank if clock.escalation else BASE_RANK
    steps = steps_above(base, rank)
    if steps == 0:
        return Q()  # the deciding officer of the district: every open row
    if steps is not None and clock.escalation is not None:
        parts.append(Q(**{f"{clock.due_field}__lte": clock.escalation.latest_last_day(steps, today)}))
    if not parts:
        return None
    condition = parts[0]
    for part in parts[1:]:
        condition |= part
    return condition


def work_query(clock: Clock, user, rank: str, today: date, until: date | None):
    condition = waiting_condition(clock, user, rank, today)
    if condition is None:
        return None
    rows = open_rows(clock, user).filter(condition)
    if until is not None:  # overdue rows are before `until`: always shown
        rows = rows.filter(**{f"{clock.due_field}__lte": until})
    return rows


@dataclass(frozen=True)
class WorkItem:
    clock: Clock
    row: object
    last_day: date
    days_left: int
    rule_id: str
    section: str
    subject: str
    url: str
    district_name: str
    assigned: bool
    level: int                    # escalation level today (0: not escalated)
    escalated_to: str             # rank label when escalated, else ""

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def overdue_by(self) -> int:
        return -self.days_left

    @property
    def tone(self) -> str:
        return "bad" if self.days_left < 0 else "warn" if self.days_left <= 7 else "good"


class _Keys:
    """The merged, ordered keys of every clock's rows, for Django's Paginator: the total is the sum of the
    per-clock aggregates; a slice is one UNION ALL query ordered and limited in the database."""

    def __init__(self, parts: list[tuple[Clock, object]], total: int):
        self.parts, self.total = parts, total

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, window: slice):
        if not self.parts:
            return []
        keyed = [rows.order_by().annotate(work_due=F(clock.due_field),
                                          work_clock=Value(clock.name, output_field=CharField()),
                                          work_pk=F("pk"))
                 .values_list("work_due", "work_clock", "work_pk") for clock, rows in self.parts]
        if len(keyed) > 1 and connection.features.supports_slicing_ordering_in_compound and window.stop:
            # PostgreSQL: each clock gives at most the window's end, in order, before the merge sorts them
            keyed = [k.order_by("work_due", "work_pk")[:window.stop] for k in keyed]
        merged = keyed[0].union(*keyed[1:], all=True) if len(keyed) > 1 else keyed[0]
        return list(merged.order_by("work_due", "work_clock", "work_pk")[window])


@dataclass
class MyWork:
    page: object
    items: list[WorkItem]
    total: int
    overdue: int
    by_rule: list[dict]            # [{"rule_id", "section", "count", "overdue"}] for the clocks with rows
    horizon: int | None
    until: date | None


def my_work(user, today: date, *, page: int | str = 1, horizon: int | None = None) -> MyWork:
    """The officer's work, one page of PAGE_SIZE. `horizon` (days) applies to statewide officers only."""
    from django.contrib.auth import get_user_model

    from registrar.selectors import officer_for
    from registrar.statute.catalogue import get_rule

    officer = officer_for(user)
    if officer is None:
        raise PermissionError("My work is for officers")
    horizon = (horizon if horizon in HORIZONS else DEFAULT_HORIZON) if officer.is_statewide else None
    until = today + timedelta(days=horizon) if horizon is not None else None
    parts, counts, by_rule = [], {}, []
    for clock in declared():
        rows = work_query(clock, user, officer.rank, today, until)
        if rows is None:
            continue
        tally = rows.aggregate(n=Count("pk"), overdue=Count("pk", filter=Q(**{f"{clock.due_field}__lt": today})))
        if not tally["n"]:
            continue
        parts.append((clock, rows))
        counts[clock.name] = tally
        rule = get_rule(clock.rule_id)
        by_rule.append({"rule_id": clock.rule_id, "section": rule.section, "count": tally["n"],
                        "overdue": tally["overdue"], "clock": clock.name})
    total = sum(t["n"] for t in counts.values())
    paginator = Paginator(_Keys(parts, total), PAGE_SIZE, allow_empty_first_page=True)
    current = paginator.get_page(page)
    keys = list(current.object_list)
    clocks = {clock.name: clock for clock, _rows in parts}
    fetched: dict[tuple[str, int], object] = {}
    for name in dict.fromkeys(name for _due, name, _pk in keys):
        clock = clocks[name]
        pks = [pk for _due, n, pk in keys if n == name]
        related = [clock.district, *clock.related]
        for row in clock.model.objects.select_related(*related).filter(pk__in=pks).annotate(
                work_assigned=_assigned_expression(clock, user)):
            fetched[(name, row.pk)] = row
    items = [_item(clocks[name], fetched[(name, pk)], today, get_user_model()) for _due, name, pk in keys
             if (name, pk) in fetched]
    return MyWork(page=current, items=items, total=total, overdue=sum(t["overdue"] for t in counts.values()),
                  by_rule=sorted(by_rule, key=lambda r: (-r["overdue"], r["rule_id"])), horizon=horizon,
                  until=until)


def _assigned_expression(clock: Clock, user):
    from django.db.models import Case, When

    if not clock.assignee:
        return Value(0, output_field=IntegerField())
    return Case(When(Q(**{clock.assignee: user}), then=Value(1)), default=Value(0), output_field=IntegerField())


def _item(clock: Clock, row, today: date, _user_model) -> WorkItem:
    from registrar.calendar import days_left
    from registrar.models.office import Rank
    from registrar.statute.catalogue import get_rule

    last_day = getattr(row, clock.due_field)
    level = clock.escalation.level(last_day, today) if clock.escalation else 0
    escalated_to = str(Rank(clock.escalation.rank(last_day, today)).label) if level else ""
    return WorkItem(clock=clock, row=row, last_day=last_day, days_left=days_left(last_day, today),
                    rule_id=clock.rule_id, section=get_rule(clock.rule_id).section, subject=clock.subject(row),
                    url=clock.url(row), district_name=follow(row, clock.district).name,
                    assigned=bool(row.work_assigned), level=level, escalated_to=escalated_to)
