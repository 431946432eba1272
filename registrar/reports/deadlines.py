"""The deadlines report: the deadlines board's counts as figures, each linking to the board filtered.

The aggregate counts each declared clock's open rows in one query per clock (the clocks are different tables):
overdue, due within 7 days, due within the board's 30 days, and the total per rule. Each figure's rows are the
board's own rows for the same filters (registrar.deadlines.board_list), so a figure is what its link shows.
"""

from datetime import date, timedelta
from functools import partial

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from registrar.deadlines import (
    DEFAULT_HORIZON_DAYS,
    DUE,
    OVERDUE,
    STAYED,
    board_filter,
    board_list,
    declared_rule_ids,
)
from registrar.statute.catalogue import get_rule

from . import Figure, Report, register

SOON_DAYS = 7


def _rows(user, today: date, params, **filters):
    return board_list(user, today, **filters)


def figures(today: date, params) -> list[Figure]:
    found = [
        Figure("overdue", _("Overdue"), partial(_rows, state=OVERDUE), "deadlines_board", {"state": OVERDUE},
               tone="bad"),
        Figure("due_7", _("Due within 7 days"), partial(_rows, state=DUE, within=SOON_DAYS), "deadlines_board",
               {"state": DUE, "within": SOON_DAYS}, tone="warn"),
        Figure("due_30", _("Due within 30 days"), partial(_rows, state=DUE), "deadlines_board", {"state": DUE}),
        Figure("stayed", _("Effect held by a stay"), partial(_rows, state=STAYED), "deadlines_board",
               {"state": STAYED}),
    ]
    for rule_id in declared_rule_ids():
        found.append(Figure(f"rule:{rule_id}", f"s.{get_rule(rule_id).section} · {rule_id}",
                            partial(_rows, rule=rule_id), "deadlines_board", {"rule": rule_id},
                            group=_("Overdue or due within 30 days, per rule"), short=rule_id))
    return found


def aggregate(user, today: date, params) -> dict[str, int]:
    from registrar.clocks import declared
    from registrar.clocks.views import board_query, board_rows

    until = today + timedelta(days=DEFAULT_HORIZON_DAYS)
    soon = today + timedelta(days=SOON_DAYS)
    values = {"overdue": 0, "due_7": 0, "due_30": 0, "stayed": 0, **{f"rule:{r}": 0 for r in declared_rule_ids()}}
    for clock in declared():
        if clock.expiry is not None and clock.expiry.stayed_by is not None:
            # Whether a stay holds an order's effect is the stays' dating rule (orders.stays), not a column: these
            # few rows (orders whose effect is pending) are counted by the board's own filter.
            rows = list(board_rows(clock, user, today, DEFAULT_HORIZON_DAYS))
            for key, filters in (("overdue", {"state": OVERDUE}), ("due_7", {"state": DUE, "within": SOON_DAYS}),
                                 ("due_30", {"state": DUE}), ("stayed", {"state": STAYED})):
                values[key] += len(board_filter(rows, today, **filters))
            values[f"rule:{clock.rule_id}"] += len(rows)
            continue
        due = clock.due_field
        counts = board_query(clock, user, until).aggregate(
            overdue=Count("pk", filter=Q(**{f"{due}__lt": today})),
            due_7=Count("pk", filter=Q(**{f"{due}__gte": today, f"{due}__lte": soon})),
            due_30=Count("pk", filter=Q(**{f"{due}__gte": today})),
            total=Count("pk"))
        for key in ("overdue", "due_7", "due_30"):
            values[key] += counts[key]
        values[f"rule:{clock.rule_id}"] += counts["total"]
    return values


DEADLINES = register(Report(
    slug="deadlines", title=_("Deadlines"), group="reports",
    description=_("Statutory last days in your jurisdiction: overdue, and falling due within 7 and 30 days, with "
                  "the count for every rule. Each figure opens the deadlines board filtered to those rows."),
    figures=figures, aggregate=aggregate, chart_label=_("last days"),
))
