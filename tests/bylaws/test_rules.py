"""The statute of amendments as pure functions: table-driven, no database."""

from datetime import date

import pytest

from societies.bylaws import rules


@pytest.mark.parametrize("resolution_on, meeting_on, last_day", [
    (date(2026, 6, 10), date(2026, 6, 10), date(2026, 7, 10)),   # a month = 30 days here
    (date(2026, 1, 31), date(2026, 1, 31), date(2026, 2, 28)),   # a month (28 Feb) is earlier than 30 days (2 Mar)
    (date(2026, 7, 31), date(2026, 7, 31), date(2026, 8, 30)),   # 30 days (30 Aug) is earlier than a month (31 Aug)
    (date(2028, 1, 31), date(2028, 1, 31), date(2028, 2, 29)),   # leap year
])
def test_amendment_filing_last_day_is_the_earlier_of_a_month_and_30_days(resolution_on, meeting_on, last_day):
    assert rules.filing_last_day(resolution_on, meeting_on) == last_day


@pytest.mark.parametrize("received_on, late", [
    (date(2026, 8, 30), False),   # the last day (30 days from 31 Jul)
    (date(2026, 8, 31), True),    # the day after: within "a month" but the earlier governs
])
def test_amendment_filing_late_warning_at_last_day_and_day_after(received_on, late):
    result = rules.lateness(date(2026, 7, 31), date(2026, 7, 31), received_on)
    assert result.late is late
    assert result.copy_late is late and result.forward_late is False


@pytest.mark.parametrize("received_on, credit, last_day", [
    (date(2026, 7, 12), False, date(2026, 9, 10)),   # rules.yaml: 12 Jul -> 10 Sep
    (date(2026, 7, 12), True, date(2026, 8, 11)),    # s.141: 30 days
])
def test_amendment_decision_last_day(received_on, credit, last_day):
    assert rules.decision_last_day(received_on, credit) == last_day


@pytest.mark.parametrize("reply_on, reconsider_by, last_day", [
    (date(2026, 8, 5), date(2026, 8, 20), date(2026, 9, 4)),   # 30 days from the reply
    (None, date(2026, 8, 20), date(2026, 9, 19)),              # 30 days from the end of the period
])
def test_amendment_decision_after_reconsideration_runs_from_reply_or_period_end(reply_on, reconsider_by, last_day):
    assert rules.decision_after_reconsideration_last_day(reply_on, reconsider_by) == last_day


@pytest.mark.parametrize("moved_on, registered_on, last_day", [
    (date(2026, 5, 1), date(2026, 6, 1), date(2026, 5, 31)),   # moved first: 30 days from the move
    (date(2026, 7, 1), date(2026, 6, 1), date(2026, 7, 1)),    # registered first
    (None, date(2026, 6, 1), date(2026, 7, 1)),
])
def test_amendment_address_notice_runs_from_the_earlier_of_move_and_registration(moved_on, registered_on, last_day):
    assert rules.address_notice_last_day(moved_on, registered_on) == last_day


def test_amendment_tally_excludes_employees_votes():
    count = rules.tally([1, 2, 3, 4], [5, 6, 7], list(range(1, 10)), employees={3, 4}, entitled=None)
    assert (count.counted_for, count.counted_against, count.excluded) == (2, 3, (3, 4))
    assert count.passed is False


def test_amendment_tally_with_register_counts_only_entitled_voters():
    count = rules.tally([1, 2, 3], [4], [1, 2, 3, 4], employees=set(), entitled=frozenset({1, 2, 4}))
    assert (count.counted_for, count.counted_against, count.excluded) == (2, 1, (3,))


@pytest.mark.parametrize("name, society_type, others, permission, problems", [
    ("Borbari Dairy Co-operative Society Limited", "dairy", [], False, []),
    ("Borbari Dairy Co-operative Society", "dairy", [], False, [rules.NAME_NOT_LIMITED]),
    ("Borbari Dairy Co-op Society Ltd.", "dairy", ["Borbari  Dairy Co-op Society Ltd"], False,
     [rules.NAME_IDENTICAL]),
    ("Borbari Krishi Bank Samabay Samity Limited", "gpss", [], False, [rules.NAME_BANK_IN_PACS]),
    ("Borbari Krishi Bank Samabay Samity Limited", "gpss", [], True, []),
])
def test_amendment_name_keeps_the_registration_rules(name, society_type, others, permission, problems):
    assert rules.name_problems(name, society_type=society_type, district_names=others,
                               has_banking_permission=permission) == problems
