"""Demand certificates (recovery/clocks.py, s.114): one Requisition, Certificate (with its order) and Due per
bench society g, the office recovering on its own motion:

- g <= due: served, the last day to pay was yesterday (demand_certificates_default);
- the rest: paid and closed long ago (no clock open)."""

from datetime import date, timedelta

from django.db import connection

from .inquiry import bench_orders
from .sql import _first_id, _people_ids, insert_series


def _fill_certificates(n: int, due: int, today: date, district_id: int) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("recovery"):
        return {}
    from dues.models import Due
    from recovery.models import Certificate, Requisition
    from recovery.orders import CERTIFICATE
    from societies.models import Society

    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    recent = "g <= %(due)s"
    granted, old = today - timedelta(days=45), today - timedelta(days=400)
    params = {"due": due, "society0": society0, "arcs": _people_ids(), "district": district_id,
              "granted": granted, "served": granted + timedelta(days=14), "pay_by": today - timedelta(days=1),
              "old": old, "old_served": old + timedelta(days=14), "old_pay_by": old + timedelta(days=44),
              "old_closed": old + timedelta(days=40)}
    on = f"CASE WHEN {recent} THEN %(granted)s::date ELSE %(old)s::date END"
    params["order0"] = bench_orders(CERTIFICATE.code, "CDC", n, old, district_id)
    counts = {Requisition._meta.db_table: insert_series(Requisition, n, {
        "number": "'BENCH/REQ/' || g", "district_id": "%(district)s", "source": "'own_motion'",
        "claimant_name": "'Registrar'", "debtor_name": "'Bench Debtor ' || g",
        "debtor_address": "'Bench address ' || g", "lender": "'Bench Society ' || g",
        "loan_account": "'BENCH-LOAN-' || g", "loan_key": "'bench-loan-' || g", "principal": "1000",
        "interest_to": on, "filed_on": on, "filed_by_id": "%(arcs)s", "state": "'certified'"}, params)}
    with connection.cursor() as cursor:
        params["requisition0"] = _first_id(cursor, Requisition._meta.db_table, "number LIKE 'BENCH/REQ/%'")
    counts[Due._meta.db_table] = insert_series(Due, n, {
        "society_id": "%(society0)s + g", "district_id": "%(district)s", "kind": "'other'",
        "order_id": "%(order0)s + g", "principal": "1000", "raised_on": on, "due_by": on,
        "note": "'bench-cdc-' || g"}, params)
    with connection.cursor() as cursor:
        params["due0"] = _first_id(cursor, Due._meta.db_table, "note LIKE 'bench-cdc-%'")
    counts[Certificate._meta.db_table] = insert_series(Certificate, n, {
        "requisition_id": "%(requisition0)s + g", "order_id": "%(order0)s + g", "district_id": "%(district)s",
        "loan_key": "'bench-loan-' || g", "principal": "1000", "granted_on": on, "signed_by_id": "%(arcs)s",
        "state": f"CASE WHEN {recent} THEN 'served' ELSE 'paid' END",
        "served_on": f"CASE WHEN {recent} THEN %(served)s::date ELSE %(old_served)s::date END",
        "pay_by": f"CASE WHEN {recent} THEN %(pay_by)s::date ELSE %(old_pay_by)s::date END",
        "closed_on": f"CASE WHEN {recent} THEN NULL ELSE %(old_closed)s::date END",
        "due_id": "%(due0)s + g"}, params)
    return counts
