"""The statute of inquiry and inspection as pure functions: table-driven, no database."""

from datetime import date

import pytest

from audit.inquiry import rules


@pytest.mark.parametrize(("fn", "trigger", "last_day"), [
    # rules.yaml anchor_rule examples, and month ends / a leap year.
    (rules.order_or_reject_last_day, date(2026, 3, 2), date(2026, 3, 12)),
    (rules.order_or_reject_last_day, date(2028, 2, 25), date(2028, 3, 6)),
    (rules.completion_last_day, date(2026, 3, 12), date(2026, 4, 11)),
    (rules.completion_last_day, date(2026, 1, 31), date(2026, 3, 2)),
    (rules.delay_letter_last_day, date(2026, 4, 11), date(2026, 4, 26)),
    (rules.report_communication_last_day, date(2026, 4, 11), date(2026, 5, 11)),
    (rules.inspection_target_last_day, date(2026, 6, 1), date(2026, 7, 1)),
    (rules.seizure_flag_day, date(2026, 6, 1), date(2026, 6, 8)),
])
def test_inquiry_periods_last_day(fn, trigger, last_day):
    assert fn(trigger) == last_day


@pytest.mark.parametrize(("signatories", "directors", "met"), [
    (3, 9, True), (2, 9, False),      # exactly one third meets it
    (4, 11, True), (3, 11, False),    # 11/3 = 3.67: four needed
    (1, 3, True), (0, 3, False), (5, 0, False),
])
def test_inquiry_threshold_one_third_of_directors(signatories, directors, met):
    assert rules.directors_threshold(signatories, directors).met is met


@pytest.mark.parametrize(("signatories", "members", "met"), [
    (10, 100, True), (9, 100, False),   # exactly one tenth meets it
    (11, 101, True), (10, 101, False),  # 10.1: eleven needed
    (1, 7, True), (0, 7, False),
])
def test_inquiry_threshold_one_tenth_of_members(signatories, members, met):
    assert rules.members_threshold(signatories, members).met is met


@pytest.mark.parametrize(("act_on", "report_on", "within"), [
    (date(2022, 6, 15), date(2026, 6, 15), True),    # the first day of the four years
    (date(2022, 6, 14), date(2026, 6, 15), False),   # the day before it
    (date(2026, 6, 15), date(2026, 6, 15), True),
    (date(2026, 6, 16), date(2026, 6, 15), False),   # after the report
    (date(2024, 2, 29), date(2028, 2, 29), True),
    (date(2024, 2, 28), date(2028, 2, 29), False),
])
def test_surcharge_four_year_window(act_on, report_on, within):
    assert rules.act_within_surcharge_window(act_on, report_on) is within


@pytest.mark.parametrize(("deposit", "demanded", "heard", "missing"), [
    (True, True, True, []),
    (False, True, True, ["deposit"]),
    (True, False, True, ["debt_demanded"]),
    (True, True, False, ["society_heard"]),
    (False, False, False, ["deposit", "debt_demanded", "society_heard"]),
])
def test_creditor_inspection_preconditions_missing(deposit, demanded, heard, missing):
    assert rules.creditor_preconditions_missing(deposit_paid=deposit, debt_due_and_demanded=demanded,
                                                society_heard=heard) == missing


@pytest.mark.parametrize(("holder", "witnesses", "signed"), [(True, 0, True), (False, 2, True), (False, 1, False)])
def test_seizure_inventory_signed_by_holder_or_two_witnesses(holder, witnesses, signed):
    assert rules.inventory_is_signed(holder_signed=holder, witnesses=witnesses) is signed
