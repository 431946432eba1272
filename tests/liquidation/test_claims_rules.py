"""The claims window (s.94(3), liquidation_claims_2m): its last day, holiday roll-forward, and the late flag;
and the three-fourths compromise guard (s.115, creditor_compromise_three_fourths). Pure: no database."""

from datetime import date
from decimal import Decimal

import pytest

from liquidation import workspace_rules as rules


@pytest.mark.parametrize(("published", "last_day"), [
    (date(2026, 6, 1), date(2026, 8, 1)),      # the rules.yaml anchor (a Saturday, the first: open)
    (date(2026, 12, 31), date(2027, 3, 1)),    # clamped to 28 Feb 2027, a Sunday: rolls to Monday
    (date(2026, 3, 10), date(2026, 5, 11)),    # 10 May 2026 is a Sunday: the filing rolls to Monday
])
def test_claims_last_day_is_two_months_from_the_gazette(published, last_day):
    assert rules.claims_last_day(published) == last_day


def test_claims_last_day_rolls_past_a_holiday():
    assert rules.claims_last_day(date(2026, 6, 1), frozenset({date(2026, 8, 1)})) == date(2026, 8, 3)


@pytest.mark.parametrize(("received", "late"), [
    (date(2026, 7, 31), False), (date(2026, 8, 1), False), (date(2026, 8, 2), True)])
def test_claim_is_late_only_after_the_last_day(received, late):
    assert rules.claim_is_late(received, date(2026, 6, 1)) is late


def test_claim_is_never_late_before_the_gazette_prints_the_notice():
    assert rules.claim_is_late(date(2030, 1, 1), None) is False


@pytest.mark.parametrize(("assenting", "assenting_debts", "number", "value"), [
    (6, Decimal("75000"), True, True),     # majority, exactly three fourths: agreed
    (6, Decimal("74999.99"), True, False),  # majority, a paisa short
    (5, Decimal("90000"), False, True),    # half is not a majority
    (2, Decimal("100000"), False, True),   # the big creditors alone are not enough
])
def test_compromise_three_fourths_guard_counts_number_and_value(assenting, assenting_debts, number, value):
    count = rules.compromise_count(creditors=10, debts=Decimal("100000"), assenting=assenting,
                                   assenting_debts=assenting_debts)
    assert (count.majority_in_number, count.three_fourths_by_value, count.agreed) == (number, value, number and value)


def test_compromise_guard_refuses_more_assenting_than_creditors():
    with pytest.raises(ValueError):
        rules.compromise_count(creditors=3, debts=Decimal("10"), assenting=4, assenting_debts=Decimal("10"))


@pytest.mark.parametrize(("day", "end", "due"), [
    (date(2026, 5, 11), date(2026, 6, 30), date(2026, 7, 15)),
    (date(2026, 12, 31), date(2026, 12, 31), date(2027, 1, 15)),
    (date(2026, 1, 1), date(2026, 3, 31), date(2026, 4, 15))])
def test_quarterly_report_due_fifteen_days_after_the_quarter(day, end, due):
    assert rules.quarter_end(day) == end
    assert rules.quarterly_report_due(end) == due


def test_pro_rata_never_pays_more_than_admitted():
    assert rules.pro_rata(Decimal("100"), [Decimal("150"), Decimal("50")]) == [Decimal("75.00"), Decimal("25.00")]
    assert rules.pro_rata(Decimal("500"), [Decimal("150"), Decimal("50")]) == [Decimal("150"), Decimal("50")]
    assert sum(rules.pro_rata(Decimal("10"), [Decimal("3")] * 3)) == Decimal("9")
