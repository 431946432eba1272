"""Supersession cases (societies/supersession/clocks.py, S1): one Supersession per bench society g.

- the LAST `due` societies (g > n - due): the report forwarded and received 53 days ago, the society's 60-day
  last day in 7 days (supersession_action_reminders, on supersession_action_due_idx), each with the bench
  secretary (the reminder goes to the society's secretaries: supervision.py grants one only to its BLOCKS'
  societies, the first ones, so without this grant the reminder has no recipient and the sweeper does 0 rows);
- every other society: a case closed long ago (the society acted), so no clock is open and the table is full.
Only the due rows are open (one open case per society, one_open_supersession_per_society): other blocks that
need open cases (the administrators' clocks) update rows of societies outside the last `due`."""

from datetime import date, timedelta

from django.db import connection

from .sql import _first_id, _people_ids, insert_series
from .supervision import _grant_secretary


def _fill_supersessions(n: int, due: int, today: date, district_id: int) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("societies.supersession"):
        return {}
    from societies.models import Society
    from societies.supersession.models import Supersession

    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    received = today - timedelta(days=53)
    old = today - timedelta(days=400)
    params = {"n": n, "due": due, "society0": society0, "district": district_id, "arcs": _people_ids(),
              "received": received, "last": today + timedelta(days=7), "old": old,
              "old_last": old + timedelta(days=60)}
    recent = "g > %(n)s - %(due)s"
    _grant_secretary(society0 + n - due + 1, society0 + n)
    return {Supersession._meta.db_table: insert_series(Supersession, n, {
        "society_id": "%(society0)s + g", "district_id": "%(district)s", "ground": "'directions'",
        "opinion": "'Bench opinion ' || g", "opinion_on": "%(old)s::date", "recorded_by_id": "%(arcs)s",
        "state": f"CASE WHEN {recent} THEN 'forwarded' ELSE 'action_taken' END",
        "forwarded_on": f"CASE WHEN {recent} THEN %(received)s::date ELSE %(old)s::date END",
        "received_on": f"CASE WHEN {recent} THEN %(received)s::date ELSE %(old)s::date END",
        "meeting_kind": "'special'",
        "action_due_on": f"CASE WHEN {recent} THEN %(last)s::date ELSE %(old_last)s::date END",
        "action_taken_on": f"CASE WHEN {recent} THEN NULL ELSE %(old_last)s::date END"}, params)}
