"""Cancellations of registration (liquidation/clocks.py, s.94(4)): `n` cancellation orders in the register, the
first `due` of them published 61 days ago with their appeal window ended yesterday and no appeal or stay
(cancellations_take_effect), each on its own society (SNT/BENCH-LQ/g, cancellation ordered) with its winding-up
case; the rest took effect long ago (outside order_effect_due_idx) and name no society."""

from datetime import date, timedelta

from django.db import connection

from .sql import _first_id, _people_ids, insert_series


def _fill_cancellations(n: int, due: int, today: date, district_id: int) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("liquidation"):
        return {}
    from liquidation.models import WindingUp
    from liquidation.orders import CANCELLATION
    from orders.models import Order
    from societies.models import Society

    counts = {Society._meta.db_table: insert_series(Society, due, {
        "registration_number": "'SNT/BENCH-LQ/' || lpad(g::text, 7, '0')",
        "name": "'Bench Liquidation ' || g || ' Co-operative Society Limited'",
        "name_normalised": "'bench liquidation ' || g || ' co operative society limited'",
        "name_search": "'bench liquidation ' || g", "society_type": "'gpss'", "district_id": "%(district)s",
        "address": "'Tezpur'", "public_token": "md5('bench-lq' || g)", "registered_on": "%(registered)s::date",
        "legal_status": "'cancellation_ordered'"}, {"district": district_id, "registered": date(2015, 4, 1)})}
    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH-LQ/%'")
    made = today - timedelta(days=70)
    published = today - timedelta(days=61)
    old_made, old_published = today - timedelta(days=800), today - timedelta(days=790)
    recent = "g <= %(due)s"
    params = {"due": due, "society0": society0, "district": district_id, "kind": CANCELLATION.code,
              "made": made, "published": published, "last": today - timedelta(days=1), "old_made": old_made,
              "old_published": old_published, "old_last": old_published + timedelta(days=61),
              "old_effect": old_published + timedelta(days=62)}
    counts[Order._meta.db_table] = insert_series(Order, n, {
        "number": "'BENCH/CAN/' || g", "series": "'CAN'", "kind": "%(kind)s", "decides": "true",
        "subject": "'Bench cancellation ' || g", "pdf": "''", "token": "md5('bench-can-' || g)",
        "district_id": "%(district)s", "reviewable": "true", "appealable": "true",
        "society_id": f"CASE WHEN {recent} THEN %(society0)s + g END",
        "made_on": f"CASE WHEN {recent} THEN %(made)s::date ELSE %(old_made)s::date END",
        "published_on": f"CASE WHEN {recent} THEN %(published)s::date ELSE %(old_published)s::date END",
        "takes_effect_after": f"CASE WHEN {recent} THEN %(last)s::date ELSE %(old_last)s::date END",
        "took_effect_on": f"CASE WHEN {recent} THEN NULL ELSE %(old_effect)s::date END"}, params)
    with connection.cursor() as cursor:
        order0 = _first_id(cursor, Order._meta.db_table, "number LIKE 'BENCH/CAN/%'")
    counts[WindingUp._meta.db_table] = insert_series(WindingUp, due, {
        "society_id": "%(society0)s + g", "district_id": "%(district)s", "route": "'voluntary'",
        "state": "'cancellation_ordered'", "opened_on": "%(made)s::date", "cancellation_order_id": "%(order0)s + g",
        "liquidator_id": "%(arcs)s", "liquidator_appointed_on": "%(made)s::date",
        "gazette_number": "'Bench Gazette ' || g", "gazette_published_on": "%(published)s::date"},
        {**params, "order0": order0, "arcs": _people_ids()})
    return counts
