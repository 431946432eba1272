"""The one dating rule of the portal (orders.stays, ADR 0032-stays), table-driven, no database: when an effect
of an order held by its stays falls, and on which days a stay is in force (both ends included)."""

from datetime import date

import pytest

from orders.models import Order, Stay
from orders.stays import held_effect_date, is_stayed


def _order(*stays):
    """An order in memory whose stays are (granted_on, vacated_on or None)."""
    order = Order(pk=1, made_on=date(2026, 1, 5))
    order._prefetched_objects_cache = {"stays": [
        Stay(pk=n + 1, order=order, granted_on=granted, vacated_on=vacated) for n, (granted, vacated) in
        enumerate(stays)]}
    return order


D = date
CASES = [
    # (case, stays, legal date, the day the effect falls; None = held)
    ("no stay", [], D(2026, 3, 10), D(2026, 3, 10)),
    ("stay before, vacated before the legal date", [(D(2026, 3, 1), D(2026, 3, 5))], D(2026, 3, 10),
     D(2026, 3, 10)),
    ("stay vacated the day before the legal date", [(D(2026, 3, 1), D(2026, 3, 9))], D(2026, 3, 10),
     D(2026, 3, 10)),
    ("stay vacated on the legal date", [(D(2026, 3, 1), D(2026, 3, 10))], D(2026, 3, 10), D(2026, 3, 11)),
    ("stay vacated after the legal date", [(D(2026, 3, 1), D(2026, 4, 20))], D(2026, 3, 10), D(2026, 4, 21)),
    ("stay in force", [(D(2026, 3, 1), None)], D(2026, 3, 10), None),
    ("granted the day before the legal date", [(D(2026, 3, 9), D(2026, 3, 20))], D(2026, 3, 10), D(2026, 3, 21)),
    ("vacated on a month end", [(D(2027, 1, 2), D(2027, 1, 31))], D(2027, 1, 15), D(2027, 2, 1)),
    ("vacated on 30 April", [(D(2027, 4, 2), D(2027, 4, 30))], D(2027, 4, 15), D(2027, 5, 1)),
    ("vacated on 31 December", [(D(2026, 12, 1), D(2026, 12, 31))], D(2026, 12, 15), D(2027, 1, 1)),
    ("vacated on 28 Feb 2028: falls on 29 Feb", [(D(2028, 2, 1), D(2028, 2, 28))], D(2028, 2, 10), D(2028, 2, 29)),
    ("vacated on 29 Feb 2028: falls on 1 Mar", [(D(2028, 2, 1), D(2028, 2, 29))], D(2028, 2, 10), D(2028, 3, 1)),
    ("legal date 29 Feb 2028, stay ended before", [(D(2028, 1, 1), D(2028, 1, 31))], D(2028, 2, 29),
     D(2028, 2, 29)),
    ("two successive stays, the second holds", [(D(2026, 3, 1), D(2026, 3, 5)), (D(2026, 3, 8), D(2026, 3, 25))],
     D(2026, 3, 20), D(2026, 3, 26)),
    ("two successive stays, both hold (chained)", [(D(2026, 3, 1), D(2026, 3, 12)), (D(2026, 3, 12), D(2026, 3, 30))],
     D(2026, 3, 10), D(2026, 3, 31)),
    ("second stay granted on the day the moved effect falls: too late",
     [(D(2026, 3, 1), D(2026, 3, 12)), (D(2026, 3, 13), D(2026, 3, 30))], D(2026, 3, 10), D(2026, 3, 13)),
    ("second stay in force", [(D(2026, 3, 1), D(2026, 3, 5)), (D(2026, 3, 8), None)], D(2026, 3, 20), None),
    ("stay granted after the effect fell", [(D(2026, 3, 15), None)], D(2026, 3, 10), D(2026, 3, 10)),
    ("stay granted on the legal date: the effect fell first", [(D(2026, 3, 10), None)], D(2026, 3, 10),
     D(2026, 3, 10)),
]


@pytest.mark.parametrize(("case", "stays", "legal", "falls"), CASES, ids=[c[0] for c in CASES])
def test_held_effect_date_follows_the_one_dating_rule(case, stays, legal, falls):
    assert held_effect_date(_order(*stays), legal) == falls


def test_held_effect_date_of_no_order_is_the_legal_date():
    assert held_effect_date(None, date(2026, 3, 10)) == date(2026, 3, 10)


@pytest.mark.parametrize(("on", "stayed"), [
    (date(2026, 3, 4), False),   # the day before it was granted
    (date(2026, 3, 5), True),    # granted_on: in force
    (date(2026, 3, 12), True),
    (date(2026, 3, 20), True),   # vacated_on: still in force that day
    (date(2026, 3, 21), False),  # the day after it ended
])
def test_is_stayed_includes_both_ends(on, stayed):
    assert is_stayed(_order((date(2026, 3, 5), date(2026, 3, 20))), on) is stayed


def test_is_stayed_while_in_force_and_never_without_a_stay():
    assert is_stayed(_order((date(2026, 3, 5), None)), date(2030, 1, 1)) is True
    assert is_stayed(_order(), date(2026, 3, 5)) is False
    assert is_stayed(None, date(2026, 3, 5)) is False
