"""Bakijai dates as pure functions (no database): table-driven."""

from datetime import date
from decimal import Decimal

import pytest

from recovery import rules


@pytest.mark.parametrize(("served", "extension", "last"), [
    (date(2026, 1, 5), 0, date(2026, 2, 4)),      # rules.yaml anchor: 5 Jan -> 4 Feb
    (date(2026, 1, 5), 30, date(2026, 3, 6)),     # with the whole extension -> 6 Mar
    (date(2026, 1, 5), 10, date(2026, 2, 16)),    # 14 Feb is the 2nd Saturday, 15 Feb a Sunday: next open day
    (date(2028, 1, 30), 0, date(2028, 2, 29)),    # leap year
])
def test_demand_certificate_last_day_counts_30_days_and_extensions(served, extension, last):
    assert rules.payment_last_day(served, extension) == last


def test_demand_certificate_extension_beyond_30_days_in_all_is_refused():
    with pytest.raises(ValueError):
        rules.payment_last_day(date(2026, 1, 5), 31)
    assert rules.extension_room(20) == 10 and rules.extension_room(30) == 0


@pytest.mark.parametrize(("due_on", "first", "last"), [
    (date(2026, 1, 1), date(2026, 2, 1), date(2027, 1, 1)),
    (date(2027, 2, 28), date(2027, 3, 31), date(2028, 2, 28)),
])
def test_distraint_window_runs_from_day_31_to_twelve_months(due_on, first, last):
    assert rules.distraint_first_day(due_on) == first
    assert rules.distraint_last_day(due_on) == last


def test_prosecution_last_day_is_five_years_from_default():
    assert rules.prosecution_last_day(date(2026, 2, 5)) == date(2031, 2, 5)


def test_interest_to_realisation_runs_at_the_certificate_rate():
    # ₹1,00,000 at 12% a year from 1 Jan 2026: 181 days to 1 Jul 2026 = 100000 * 0.12 * 181 / 365 = 5950.68
    assert rules.interest_to(Decimal("100000"), Decimal("12"), date(2026, 1, 1), date(2026, 7, 1)) == \
        Decimal("5950.68")


def test_loan_key_ignores_case_spaces_and_punctuation():
    assert rules.loan_key("S.B.I., Tezpur", "00-123 45") == rules.loan_key("sbi tezpur", "0012345")
