"""The cancellation's dates and guards as pure functions: no database (liquidation.cancellation_rules)."""

from datetime import date

import pytest

from liquidation import cancellation_rules as rules


@pytest.mark.parametrize(("votes", "present", "ok"), [
    (30, 40, True),    # exactly three fourths
    (29, 40, False),   # one short
    (3, 4, True),
    (2, 3, False),     # two thirds is not three fourths
    (75, 100, True),
    (74, 100, False),
    (0, 0, False),     # no meeting, no resolution
])
def test_cancellation_three_fourths_of_members_present(votes, present, ok):
    assert rules.has_three_fourths(votes, present) is ok


def test_cancellation_resolution_errors_name_each_missing_condition():
    errors = rules.resolution_errors(members_present=40, votes_for=29, agenda_circulated=False, is_bank=True,
                                     bank_sanction_reference="", bank_sanction_on=None)
    assert str(errors["votes_for"]) == ("A resolution for dissolution needs three fourths of the members present "
                                        "(s.94(1)): 29 of 40 is less.")
    assert errors["agenda_circulated"] == rules.NOT_IN_AGENDA
    assert errors["bank_sanction_reference"] == rules.BANK_NEEDS_SANCTION
    assert rules.resolution_errors(members_present=40, votes_for=30, agenda_circulated=True, is_bank=False,
                                   bank_sanction_reference="", bank_sanction_on=None) == {}


SAT_1_AUG = date(2026, 8, 1)


@pytest.mark.parametrize(("label", "published", "closed", "appeal_last", "effect"), [
    ("rules.yaml's example", date(2026, 6, 1), frozenset(), date(2026, 8, 1), date(2026, 8, 2)),
    ("last day on a Sunday rolls to Monday", date(2026, 6, 2), frozenset(), date(2026, 8, 3), date(2026, 8, 4)),
    ("last day a holiday rolls past it and the Sunday", date(2026, 6, 1), frozenset({SAT_1_AUG}), date(2026, 8, 3),
     date(2026, 8, 4)),
    ("month end clamps (31 Dec -> 28 Feb)", date(2026, 12, 31), frozenset(), date(2027, 3, 1), date(2027, 3, 2)),
    ("leap year (31 Dec 2027 -> 29 Feb 2028)", date(2027, 12, 31), frozenset(), date(2028, 2, 29),
     date(2028, 3, 1)),
])
def test_cancellation_appeal_window_and_effect_from_publication(label, published, closed, appeal_last, effect):
    assert rules.appeal_last_day(published, closed) == appeal_last, label
    assert rules.effect_date(published, closed) == effect, label


def test_cancellation_gazette_target_is_seven_days_after_the_order():
    assert rules.gazette_target_day(date(2026, 5, 25)) == date(2026, 6, 1)
