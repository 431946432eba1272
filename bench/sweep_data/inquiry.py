"""Seizures of records (audit/inquiry/clocks.py, s.126): one Seizure per bench society g, each with its order
(the list of records seized):

- g <= due: seized 8 days ago, no audit or inspection opened, not flagged (seizures_flag_no_audit). These
  societies (supervision block board_meeting_gap) have no ended year for audits_open to open, and their bench
  Audit (sweep_data/audit.py) is reported, so the flag's re-check finds no open audit and flags;
- the rest: an audit opened at once (no clock open)."""

from datetime import date, timedelta

from django.db import connection

from .sql import _first_id, _people_ids, insert_series


def bench_orders(kind: str, series: str, n: int, made_on: date, district_id: int) -> int:
    """`n` orders of `kind` (letters: no windows), numbered BENCH/<series>/g; returns the id before the first."""
    from orders.models import Order

    insert_series(Order, n, {
        "number": f"'BENCH/{series}/' || g", "series": "%(series)s", "kind": "%(kind)s", "decides": "false",
        "subject": "'Bench order ' || g", "made_on": "%(made_on)s::date", "pdf": "''",
        "token": "md5('bench-order-' || %(series)s || g)", "district_id": "%(district)s"},
        {"kind": kind, "series": series, "made_on": made_on, "district": district_id})
    with connection.cursor() as cursor:
        return _first_id(cursor, Order._meta.db_table, f"number LIKE 'BENCH/{series}/%'")


def _fill_seizures(n: int, due: int, today: date, district_id: int) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("audit.inquiry"):
        return {}
    from audit.inquiry.models import Seizure
    from audit.inquiry.orders import SEIZURE_LIST
    from societies.models import Society

    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    seized = today - timedelta(days=8)
    old = today - timedelta(days=400)
    order0 = bench_orders(SEIZURE_LIST.code, "SZR", n, old, district_id)
    params = {"due": due, "society0": society0, "arcs": _people_ids(), "district": district_id,
              "order0": order0, "seized": seized, "flag": seized + timedelta(days=7), "old": old,
              "old_flag": old + timedelta(days=7)}
    recent = "g <= %(due)s"
    return {Seizure._meta.db_table: insert_series(Seizure, n, {
        "society_id": "%(society0)s + g", "district_id": "%(district)s", "seized_by_id": "%(arcs)s",
        "seized_on": f"CASE WHEN {recent} THEN %(seized)s::date ELSE %(old)s::date END",
        "holder_name": "'Bench Secretary ' || g", "items": "'Cash book'", "holder_signed": "true",
        "copy_given_to": "'Bench President ' || g",
        "flag_due_on": f"CASE WHEN {recent} THEN %(flag)s::date ELSE %(old_flag)s::date END",
        "audit_opened": f"NOT ({recent})", "order_id": "%(order0)s + g"}, params)}
