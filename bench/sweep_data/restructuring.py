"""Schemes of division, amalgamation and merger (societies/restructuring/clocks.py): one Scheme per bench society
g, with its transferor row and one notice (to a creditor), in blocks of `due`:

- block 0: a division at its notices, the notice served 40 days ago and its window ended 10 days ago, no option
  (division_options_deem_assent), so the scheme's last window has ended too (schemes_close_windows, after it);
- block 1: the same for an amalgamation (amalgamation_options_deem_assent, then schemes_close_windows);
- block 2: a merger, its window ended 10 days ago: never deemed (merger_withdrawal_option_30d is not automatic),
  but its scheme moves to its conditions (schemes_close_windows);
- the rest: schemes in effect long ago, their notices assented."""

from datetime import date, timedelta

from django.db import connection

from .sql import _first_id, _people_ids, insert_series


def _fill_schemes(n: int, due: int, today: date, district_id: int) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("societies.restructuring"):
        return {}
    from societies.models import Society
    from societies.restructuring.models import Scheme, SchemeNotice, SchemeSociety

    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    block = "(g - 1) / %(due)s::int"
    recent = f"{block} <= 2"
    params = {"due": due, "society0": society0, "arcs": _people_ids(), "district": district_id,
              "resolved": today - timedelta(days=45), "served": today - timedelta(days=40),
              "ended": today - timedelta(days=10), "old": today - timedelta(days=800),
              "old_served": today - timedelta(days=790), "old_ended": today - timedelta(days=760)}
    counts = {Scheme._meta.db_table: insert_series(Scheme, n, {
        "kind": f"CASE {block} WHEN 1 THEN 'amalgamation' WHEN 2 THEN 'merger' ELSE 'division' END",
        "society_id": "%(society0)s + g", "district_id": "%(district)s", "filed_by_id": "%(arcs)s",
        "state": f"CASE WHEN {recent} THEN 'notices' ELSE 'effective' END",
        "resolution_on": f"CASE WHEN {recent} THEN %(resolved)s::date ELSE %(old)s::date END",
        "members_present": "30", "votes_for": "25", "scheme_text": "'Bench scheme ' || g", "majority_applied": "'2/3'",
        "windows_close_on": f"CASE WHEN {recent} THEN %(ended)s::date ELSE %(old_ended)s::date END",
        "effective_on": f"CASE WHEN {recent} THEN NULL ELSE %(old)s::date + 90 END"}, params)}
    with connection.cursor() as cursor:
        params["scheme0"] = _first_id(cursor, Scheme._meta.db_table, "scheme_text LIKE 'Bench scheme %'")
    counts[SchemeSociety._meta.db_table] = insert_series(SchemeSociety, n, {
        "scheme_id": "%(scheme0)s + g", "role": "'transferor'", "society_id": "%(society0)s + g"}, params)
    with connection.cursor() as cursor:
        params["party0"] = _first_id(cursor, SchemeSociety._meta.db_table,
                                     f"scheme_id > {params['scheme0']} AND role = 'transferor'")
    counts[SchemeNotice._meta.db_table] = insert_series(SchemeNotice, n, {
        "scheme_id": "%(scheme0)s + g", "transferor_id": "%(party0)s + g", "recipient": "'creditor'",
        "name": "'Bench Creditor ' || g", "amount": "1000", "service_method": "'hand'",
        "served_on": f"CASE WHEN {recent} THEN %(served)s::date ELSE %(old_served)s::date END",
        "window_ends_on": f"CASE WHEN {recent} THEN %(ended)s::date ELSE %(old_ended)s::date END",
        "option": f"CASE WHEN {recent} THEN 'open' ELSE 'assented' END",
        "option_on": f"CASE WHEN {recent} THEN NULL ELSE %(old_served)s::date + 5 END"}, params)
    return counts
