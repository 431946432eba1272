"""Contributories at the edges of the two-year (s.4(4), counted back from the s.94 order: §15 item 23) and the
five-year (s.28) windows: the day before, at and after each edge. Pure: no database."""

from datetime import date

import pytest

from liquidation import workspace_rules as rules

ORDER = date(2026, 3, 2)          # the cancellation order
TWO_YEARS_BACK = date(2024, 3, 2)  # s4_4_window_start: the first day of the two years
FIVE_YEARS_BACK = date(2021, 3, 2)  # ceased then: the s.28 liability ends on the order's day


@pytest.mark.parametrize(("ceased_on", "basis", "until"), [
    (None, rules.CURRENT, None),
    (date(2026, 3, 3), rules.CURRENT, None),          # ceased after the order: a member on its day
    (ORDER, rules.S4_4, None),                        # ceased on the order's day
    (date(2024, 3, 3), rules.S4_4, None),             # the day after the window opens
    (TWO_YEARS_BACK, rules.S4_4, None),               # at the edge: inside the two years
    (date(2024, 3, 1), rules.S28, date(2029, 3, 1)),  # the day before: s.28 only, five years from cessation
    (date(2021, 3, 3), rules.S28, date(2026, 3, 3)),  # five years end the day after the order
    (FIVE_YEARS_BACK, rules.S28, ORDER),              # five years end on the order's day: still liable
    (date(2021, 3, 1), None, None),                   # ended the day before the order: not a contributory
])
def test_contributory_liability_at_the_edges_of_the_two_and_five_year_windows(ceased_on, basis, until):
    liability = rules.contributory_liability(ceased_on, ORDER)
    if basis is None:
        assert liability is None
    else:
        assert (liability.basis, liability.until) == (basis, until)


def test_two_year_window_counts_back_from_the_order_on_29_february():
    assert rules.s4_4_window_start(date(2028, 2, 29)) == date(2026, 2, 28)
    assert rules.s28_liability_ends(date(2024, 2, 29)) == date(2029, 2, 28)


@pytest.mark.parametrize(("until", "called_on", "allowed"), [
    (None, date(2030, 1, 1), True), (date(2027, 5, 4), date(2027, 5, 4), True),
    (date(2027, 5, 4), date(2027, 5, 5), False)])
def test_contributory_call_refused_after_the_s28_liability_ends(until, called_on, allowed):
    assert rules.may_call_on(until, called_on) is allowed
