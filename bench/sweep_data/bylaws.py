"""Bye-law amendments (societies/bylaws/clocks.py): one Amendment per bench society g, in blocks of `due`:

- block 0: filed, not a credit structure society, 60-day last day in 7 days (amendment_decision_reminders);
- block 1: filed, credit structure, 30-day last day in 7 days (credit_amendment_decision_reminders);
- block 2: directed to reconsider, period ending in 7 days (amendment_reconsideration_reminders), the final
  last day beyond the reminders' reach;
- block 3: reply received, final last day in 7 days (amendment_final_decision_reminders);
- block 4: a new address registered, the s.68 notice due in 7 days (address_change_notice_reminders);
- the rest: registered long ago (no clock open)."""

from datetime import date, timedelta

from django.db import connection

from .sql import _first_id, _people_ids, insert_series


def _fill_bylaw_amendments(n: int, due: int, today: date) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("societies.bylaws"):
        return {}
    from societies.bylaws.models import Amendment
    from societies.models import Society

    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    params = {"due": due, "society0": society0, "arcs": _people_ids(), "soon": today + timedelta(days=7),
              "far": today + timedelta(days=60), "received": today - timedelta(days=53),
              "directed": today - timedelta(days=23), "decided": today - timedelta(days=23),
              "old": today - timedelta(days=400), "old_due": today - timedelta(days=340),
              "old_decided": today - timedelta(days=350)}
    block = "(g - 1) / %(due)s::int"

    def by_block(default: str, **blocks: str) -> str:
        whens = " ".join(f"WHEN {block} = {b} THEN {sql}" for b, sql in blocks.items())
        return f"CASE {whens} ELSE {default} END"

    recent = f"{block} <= 4"
    return {Amendment._meta.db_table: insert_series(Amendment, n, {
        "society_id": "%(society0)s + g", "filed_by_id": "%(arcs)s",
        "kind": by_block("'clauses'", **{"4": "'address'"}),
        "state": by_block("'registered'", **{"0": "'filed'", "1": "'filed'", "2": "'reconsideration_directed'",
                                             "3": "'reply_received'"}),
        "credit_structure": f"{block} = 1",
        "received_on": f"CASE WHEN {recent} THEN %(received)s::date ELSE %(old)s::date END",
        "meeting_on": "%(old)s::date - 20", "resolution_on": "%(old)s::date - 20",
        "resolution_text": "'Bench resolution ' || g", "members_on_register": "100", "attended": "'1-60'",
        "voted_for": "'1-50'", "signing_directors": "'Bench Director'", "resolution_copy": "'bylaws/bench.pdf'",
        "filing_last_day": f"CASE WHEN {recent} THEN %(received)s::date ELSE %(old)s::date END",
        "decision_due_on": by_block("%(old_due)s::date", **{"0": "%(soon)s::date", "1": "%(soon)s::date",
                                                            "2": "%(far)s::date", "3": "%(far)s::date",
                                                            "4": "%(far)s::date"}),
        "directed_on": by_block("NULL", **{"2": "%(directed)s::date", "3": "%(directed)s::date"}),
        "reconsider_by": by_block("NULL", **{"2": "%(soon)s::date", "3": "%(today_minus)s::date"}),
        "final_due_on": by_block("NULL", **{"2": "%(far)s::date", "3": "%(soon)s::date"}),
        "reply_on": by_block("NULL", **{"3": "%(today_minus)s::date"}),
        "decided_on": by_block("%(old_decided)s::date", **{"0": "NULL", "1": "NULL", "2": "NULL", "3": "NULL",
                                                           "4": "%(decided)s::date"}),
        "decided_by_id": by_block("%(arcs)s", **{"0": "NULL", "1": "NULL", "2": "NULL", "3": "NULL"}),
        "new_address": by_block("''", **{"4": "'Bench new address ' || g"}),
        "address_notice_due_on": by_block("NULL", **{"4": "%(soon)s::date"}),
    }, {**params, "today_minus": today - timedelta(days=3)})}
