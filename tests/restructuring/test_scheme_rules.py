"""The statute of the scheme's option windows and the special majority, as pure functions: no database."""

from datetime import date
from fractions import Fraction

import pytest

from societies.restructuring import rules


@pytest.mark.parametrize(("kind", "served", "last_day"), [
    ("division", date(2026, 1, 5), date(2026, 2, 4)),        # served day excluded; day 30 is the last
    ("amalgamation", date(2026, 1, 31), date(2026, 3, 2)),   # across February 2026 (28 days)
    ("merger", date(2028, 1, 31), date(2028, 3, 1)),         # leap year: 29 February counts
    ("division", date(2026, 12, 15), date(2027, 1, 14)),     # across the year end
])
def test_option_last_day_is_the_30th_day_after_service(kind, served, last_day):
    assert rules.option_last_day(kind, served) == last_day


def test_option_last_day_ignores_closed_offices():
    # A member's option is a notice to the society, not an act at a public office: 4 Feb 2026 stands even when it
    # is a Sunday or a holiday (periods.py: at_office False).
    assert rules.division_option_last_day(date(2026, 1, 5)) == date(2026, 2, 4)


@pytest.mark.parametrize(("kind", "served", "deemed"), [
    ("division", date(2026, 1, 5), date(2026, 2, 5)),
    ("amalgamation", date(2026, 1, 31), date(2026, 3, 3)),
    ("merger", date(2026, 1, 5), None),   # merger_withdrawal_option_30d: not automatic
])
def test_deemed_assent_is_the_day_after_the_last_day_except_for_a_merger(kind, served, deemed):
    assert rules.deemed_assent_on(kind, served) == deemed
    assert rules.silence_is_assent(kind) is (deemed is not None)


@pytest.mark.parametrize(("votes_for", "present", "majority", "carried"), [
    (20, 30, Fraction(2, 3), True),
    (19, 30, Fraction(2, 3), False),
    (2, 3, Fraction(2, 3), True),
    (22, 30, Fraction(3, 4), False),
    (23, 30, Fraction(3, 4), True),
    (0, 0, Fraction(2, 3), False),
    (31, 30, Fraction(2, 3), False),
])
def test_special_majority_carried_counts_members_present_and_voting(votes_for, present, majority, carried):
    assert rules.special_majority_carried(votes_for, present, majority) is carried


@pytest.mark.parametrize(("text", "majority"), [
    (None, Fraction(2, 3)), ("", Fraction(2, 3)), ("3/4", Fraction(3, 4)), ("0.75", Fraction(3, 4)),
    ("1/2", Fraction(2, 3)), ("5/4", Fraction(2, 3)), ("two thirds", Fraction(2, 3)), ("1/0", Fraction(2, 3)),
])
def test_special_majority_setting_falls_back_to_two_thirds(text, majority):
    assert rules.parse_majority(text) == majority


def test_votes_needed_rounds_up():
    assert rules.votes_needed(30, Fraction(2, 3)) == 20
    assert rules.votes_needed(31, Fraction(2, 3)) == 21
    assert rules.votes_needed(4, Fraction(3, 4)) == 3


def test_bank_sanction_needed_only_for_a_cooperative_bank():
    assert rules.needs_bank_sanction("cooperative_bank") and not rules.needs_bank_sanction("dairy")
