"""Voter lists (membership/voters/clocks.py): one year's VoterList per bench society g.

- g <= due: provisional lists due in 7 days, not affixed (voter_list_provisional_reminders: the 7-day reminder);
- due < g <= 2 due: provisional lists affixed, final lists due in 7 days (voter_list_final_reminders);
- the rest: final lists affixed long ago (closed: no clock open)."""

from datetime import date, timedelta

from django.db import connection

from .sql import _first_id, insert_series
from .supervision import _p


def _fill_voter_lists(n: int, due: int, today: date) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("membership"):
        return {}
    from membership.models import VoterList
    from membership.voters import rules
    from societies.models import Society

    remind = today + timedelta(days=7)
    close_1 = remind - timedelta(days=20)   # provisional_last_day(close_1) == remind
    close_2 = remind - timedelta(days=40)   # final_last_day(close_2) == remind
    close_3 = today - timedelta(days=400)
    assert rules.provisional_last_day(close_1) == remind == rules.final_last_day(close_2)
    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    params = {"due": due, "society0": society0}
    for key, close in (("1", close_1), ("2", close_2), ("3", close_3)):
        params[f"y{key}"] = close
        params[f"p{key}"] = rules.provisional_last_day(close)
        params[f"f{key}"] = rules.final_last_day(close)
        params[f"a{key}"] = close + timedelta(days=10)
        params[f"o{key}"] = rules.objection_last_day(close + timedelta(days=10))
    which = "CASE WHEN g <= %(due)s THEN {a} WHEN g <= 2 * %(due)s THEN {b} ELSE {c} END"

    def by_row(key: str, first="{k}1") -> str:
        return which.format(a=_p(first.format(k=key)), b=_p(f"{key}2"), c=_p(f"{key}3"))

    affixed = f"CASE WHEN g <= %(due)s THEN NULL ELSE {which.format(a=_p('a1'), b=_p('a2'), c=_p('a3'))} END"
    return {VoterList._meta.db_table: insert_series(VoterList, n, {
        "society_id": "%(society0)s + g", "year_ended_on": by_row("y"), "provisional_due_on": by_row("p"),
        "final_due_on": by_row("f"),
        "state": "CASE WHEN g <= %(due)s THEN 'due' WHEN g <= 2 * %(due)s THEN 'provisional' ELSE 'final' END",
        "provisional_affixed_on": affixed, "register_read_on": affixed,
        "objection_last_day": f"CASE WHEN g <= %(due)s THEN NULL ELSE {by_row('o')} END",
        "final_affixed_on": f"CASE WHEN g <= 2 * %(due)s THEN NULL ELSE {_p('f3')} END"}, params)}
