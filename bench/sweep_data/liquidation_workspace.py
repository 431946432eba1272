"""The liquidator's quarterly reports (liquidation/workspace_clocks.py): one WindingUp per bench society g, each
with a liquidator appointed 400 days ago and a cancellation order, and its QuarterlyReport rows:

- g <= due: in liquidation, no row for the quarter in progress (liquidation_reports_open opens it);
- due < g <= 2 * due: the quarter in progress filed, the previous quarter's report open with 7 days left
  (liquidation_reports_remind reminds the liquidator; the dates are the bench's, not a real quarter's);
- the rest: dissolved (no clock open), the quarter in progress filed."""

from datetime import date, timedelta

from django.db import connection

from .inquiry import bench_orders
from .sql import _first_id, _people_ids, insert_series


def _fill_liquidations(n: int, due: int, today: date, district_id: int) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("liquidation"):
        return {}
    from liquidation import workspace_rules as rules
    from liquidation.models import QuarterlyReport, WindingUp
    from societies.models import Society

    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    appointed = today - timedelta(days=400)
    order0 = bench_orders("liquidation.cancellation", "CANB", n, appointed, district_id)
    current = rules.quarter_end(today)
    previous = date(current.year, current.month - 2, 1) - timedelta(days=1)  # the day before the quarter began
    params = {"due": due, "society0": society0, "district": district_id, "order0": order0, "appointed": appointed,
              "arcs": _people_ids(), "current": current, "previous": previous,
              "current_due": rules.quarterly_report_due(current), "remind_due": today + timedelta(days=7),
              "today": today, "n": n}
    counts = {WindingUp._meta.db_table: insert_series(WindingUp, n, {
        # Counted from the last bench society down, so that the open cases of another winding-up fill (the
        # cancellation's, from the first society up) never meet these on one_open_winding_up_per_society.
        "society_id": "%(society0)s + %(n)s + 1 - g", "district_id": "%(district)s", "route": "'compulsory'",
        "state": "CASE WHEN g <= 2 * %(due)s THEN 'in_liquidation' ELSE 'dissolved' END",
        "opened_on": "%(appointed)s::date", "cancellation_order_id": "%(order0)s + g", "liquidator_id": "%(arcs)s",
        "liquidator_appointed_on": "%(appointed)s::date", "gazette_published_on": "%(appointed)s::date"}, params)}
    with connection.cursor() as cursor:
        case0 = _first_id(cursor, WindingUp._meta.db_table, f"cancellation_order_id > {order0}")
    params["case0"] = case0
    filed = insert_series(QuarterlyReport, n - due, {
        "winding_up_id": "%(case0)s + %(due)s + g", "quarter_ends_on": "%(current)s::date",
        "due_on": "%(current_due)s::date", "responsible_id": "%(arcs)s", "filed_on": "%(today)s::date",
        "progress": "'Bench report'", "pdf": "''"}, params)
    open_ = insert_series(QuarterlyReport, due, {
        "winding_up_id": "%(case0)s + %(due)s + g", "quarter_ends_on": "%(previous)s::date",
        "due_on": "%(remind_due)s::date", "responsible_id": "%(arcs)s", "pdf": "''"}, params)
    counts[QuarterlyReport._meta.db_table] = filed + open_
    return counts
