"""The audit's statute as pure functions (audit.rules): table-driven, no database."""

from datetime import date
from decimal import Decimal

import pytest

from audit import rules

FIRST = date(2023, 3, 31)  # registered in 2022-23: its first year ends 31 Mar 2023


@pytest.mark.parametrize("year_end, departmental, required", [
    # year 2 (2023-24): only one earlier year since registration: never required
    (date(2024, 3, 31), [], False),
    # year 3 (2024-25): years 1 and 2 not departmental (unaudited counts as not departmental): required
    (date(2025, 3, 31), [], True),
    (date(2025, 3, 31), [date(2023, 3, 31)], False),
    (date(2025, 3, 31), [date(2024, 3, 31)], False),
    # year 4 (2025-26): years 2 and 3 decide; year 1's departmental audit is outside the three years
    (date(2026, 3, 31), [date(2023, 3, 31)], True),
    (date(2026, 3, 31), [date(2024, 3, 31)], False),
    (date(2026, 3, 31), [date(2025, 3, 31)], False),
])
def test_audit_departmental_rule_at_years_2_3_4(year_end, departmental, required):
    assert rules.departmental_audit_required(year_end, first_fy_end=FIRST, departmental_years=departmental) \
        is required


def test_audit_departmental_rule_never_binds_the_state_cooperative_bank():
    assert not rules.departmental_audit_required(date(2026, 3, 31), first_fy_end=FIRST, departmental_years=[],
                                                 is_state_bank=True)


def test_audit_first_year_counts_from_registration():
    assert rules.first_fy_end(date(2022, 6, 1)) == date(2023, 3, 31)
    assert rules.first_fy_end(date(2023, 3, 31)) == date(2023, 3, 31)
    assert rules.first_fy_end(date(2022, 6, 1), 12, 31) == date(2022, 12, 31)


@pytest.mark.parametrize("fy_end, last_day, target", [
    (date(2026, 3, 31), date(2026, 9, 30), date(2026, 8, 31)),
    (date(2025, 8, 31), date(2026, 2, 28), date(2026, 1, 31)),   # clamped to the month end
    (date(2027, 8, 31), date(2028, 2, 29), date(2028, 1, 31)),   # leap year
    (date(2025, 12, 31), date(2026, 6, 30), date(2026, 5, 31)),
])
def test_audit_within_6_months_last_day_and_internal_target(fy_end, last_day, target):
    assert rules.audit_last_day(fy_end) == last_day
    assert rules.audit_internal_target(fy_end) == target


@pytest.mark.parametrize("completed, last_day", [
    (date(2026, 8, 10), date(2026, 8, 24)),
    (date(2026, 12, 25), date(2027, 1, 8)),
    (date(2028, 2, 20), date(2028, 3, 5)),
])
def test_audit_report_fortnight_last_day(completed, last_day):
    assert rules.audit_report_last_day(completed) == last_day


def test_audit_report_to_government_from_day_211():
    assert rules.state_report_earliest_day(date(2026, 3, 31)) == date(2026, 10, 28)


@pytest.mark.parametrize("fy_end, year", [
    (date(2026, 3, 31), 2025), (date(2025, 4, 1), 2025), (date(2025, 12, 31), 2025), (date(2026, 4, 30), 2026)])
def test_audit_year_of_a_year_end(fy_end, year):
    assert rules.audit_year_of(fy_end) == year


def test_audit_consecutive_years_warns_from_the_fourth():
    years = {date(2023, 3, 31): "f1", date(2024, 3, 31): "f1", date(2025, 3, 31): "f1", date(2022, 3, 31): "o2"}
    assert rules.consecutive_years(date(2026, 3, 31), years, "f1") == 4
    assert rules.warns_consecutive(4) and not rules.warns_consecutive(3)
    assert rules.consecutive_years(date(2025, 3, 31), years, "f1") == 3
    assert rules.consecutive_years(date(2026, 3, 31), years, "o2") == 1


def test_audit_fee_by_the_scale_with_the_writing_up_cost():
    bands = [(Decimal(0), Decimal(500)), (Decimal(100000), Decimal(1500)), (Decimal(1000000), Decimal(5000))]
    assert rules.audit_fee(bands, Decimal(99999)) == Decimal(500)
    assert rules.audit_fee(bands, Decimal(100000), Decimal(250)) == Decimal(1750)
    assert rules.audit_fee([(Decimal(1000), Decimal(5))], Decimal(10)) is None


def test_audit_udin_shape_and_partner():
    assert rules.is_valid_udin("26054321BKAHCD1234")
    assert not rules.is_valid_udin("26054321bkahcd1234")
    assert rules.udin_matches_partner("26054321BKAHCD1234", "054321")
    assert rules.fy_label(date(2026, 3, 31)) == "2025-26"
