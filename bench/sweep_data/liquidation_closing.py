"""The eight years of s.100(5) (liquidation/clocks_closing.py, liquidations_remind_eight_years): one Closing per
winding-up case of the liquidator's-workspace fill (liquidation_workspace.py), opened as the receiver would have:

- the first `due` cases in liquidation: the liquidator appointed eight years less 30 days ago, so their last date
  is in 30 days (the 30-day reminder is due today);
- the other cases in liquidation: appointed 400 days ago (last date seven years off, outside the reminders);
- the dissolved cases: stage dissolved (outside closing_dissolve_by_idx).
Must run after _fill_liquidations."""

from datetime import date, timedelta

from django.db import connection

from registrar.calendar import add_years


def _fill_closings(n: int, due: int, today: date) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("liquidation"):
        return {}
    from liquidation.models import Closing, WindingUp

    closings, cases = Closing._meta.db_table, WindingUp._meta.db_table
    near_last = today + timedelta(days=30)
    params = {"due": due, "near_appointed": add_years(near_last, -8), "near_last": near_last,
              "appointed": today - timedelta(days=400), "last": add_years(today - timedelta(days=400), 8)}
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {closings} (winding_up_id, stage, appointed_on, dissolve_by, liquidator_address, "
            "bank_name, bank_account, report_summary, surplus_amount, bye_law_object, records_custody, "
            "closing_gazette_number, members_object, registrar_object, surplus_basis, created_at) "
            "SELECT w.id, CASE WHEN w.state = 'dissolved' THEN 'dissolved' ELSE 'running' END, "
            "CASE WHEN w.rank <= %(due)s THEN %(near_appointed)s::date ELSE %(appointed)s::date END, "
            "CASE WHEN w.rank <= %(due)s THEN %(near_last)s::date ELSE %(last)s::date END, "
            "'District Office, Tezpur', '', '', '', 0, '', '', '', '', '', '', now() "
            f"FROM (SELECT id, state, ROW_NUMBER() OVER (ORDER BY state = 'dissolved', id) AS rank FROM {cases} "
            f"WHERE NOT EXISTS (SELECT 1 FROM {closings} c WHERE c.winding_up_id = {cases}.id)) AS w", params)
        inserted = cursor.rowcount
    return {closings: inserted}
