"""The legal calendar (statute/README.md § Conventions). Dates are written by hand, never computed."""

from datetime import date

import pytest

from registrar.calendar import (
    add_days,
    add_months,
    add_years,
    day_after,
    days_before,
    is_office_closed,
    next_open_day,
)


@pytest.mark.parametrize(("trigger", "days", "last_day"), [
    (date(2026, 1, 15), 60, date(2026, 3, 16)),   # README worked example: day 60 is Mon 16 Mar, not 15 Mar
    (date(2024, 1, 15), 60, date(2024, 3, 15)),   # leap year: February has 29 days
    (date(2026, 9, 20), 15, date(2026, 10, 5)),   # AGM 20 Sep -> proceedings by 5 Oct (example 5)
    (date(2026, 10, 3), 15, date(2026, 10, 18)),  # received 3 Oct -> Registrar by 18 Oct
    (date(2026, 12, 31), 1, date(2027, 1, 1)),    # over the year end
    (date(2026, 1, 5), 30, date(2026, 2, 4)),     # demand certificate served 5 Jan -> pay by 4 Feb
    (date(2026, 2, 1), 90, date(2026, 5, 2)),     # membership: refusal by 2 May
])
def test_add_days_excludes_the_trigger_day(trigger, days, last_day):
    assert add_days(trigger, days) == last_day


@pytest.mark.parametrize(("trigger", "months", "last_day"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),    # clamped to February's end
    (date(2024, 1, 31), 1, date(2024, 2, 29)),    # leap February
    (date(2026, 3, 31), 6, date(2026, 9, 30)),    # FY end 31 Mar -> AGM by 30 Sep
    (date(2026, 6, 30), 6, date(2026, 12, 30)),   # 30 Jun + 6 months = 30 Dec, not 31 Dec
    (date(2026, 8, 31), 6, date(2027, 2, 28)),
    (date(2026, 9, 25), 3, date(2026, 12, 25)),   # audit follow-up: accepted 25 Sep -> 25 Dec
    (date(2026, 6, 1), 2, date(2026, 8, 1)),      # Gazette 1 Jun -> claims by 1 Aug
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),   # counting back clamps too
])
def test_add_months_clamps_to_month_end(trigger, months, last_day):
    assert add_months(trigger, months) == last_day


@pytest.mark.parametrize(("trigger", "years", "last_day"), [
    (date(2024, 2, 29), 1, date(2025, 2, 28)),    # 29 Feb + 1 year
    (date(2024, 2, 29), 4, date(2028, 2, 29)),
    (date(2021, 8, 10), 5, date(2026, 8, 10)),    # Board elected 10 Aug 2021 -> term ends 10 Aug 2026
    (date(2026, 6, 1), 8, date(2034, 6, 1)),      # liquidation at most 8 years
])
def test_add_years(trigger, years, last_day):
    assert add_years(trigger, years) == last_day


def test_days_before_and_day_after():
    assert days_before(date(2026, 9, 20), 15) == date(2026, 9, 5)
    assert days_before(date(2026, 3, 1), 1) == date(2026, 2, 28)
    assert day_after(date(2026, 3, 16)) == date(2026, 3, 17)
    assert day_after(date(2024, 2, 28)) == date(2024, 2, 29)
    assert day_after(date(2026, 12, 31)) == date(2027, 1, 1)


@pytest.mark.parametrize(("day", "closed"), [
    (date(2026, 11, 14), True),    # second Saturday of November 2026
    (date(2026, 11, 28), True),    # fourth Saturday
    (date(2026, 11, 7), False),    # first Saturday
    (date(2026, 11, 21), False),   # third Saturday
    (date(2026, 10, 31), False),   # fifth Saturday
    (date(2026, 11, 22), True),    # Sunday
    (date(2026, 11, 23), False),   # Monday
])
def test_weekly_closures(day, closed):
    assert is_office_closed(day) is closed


HOLIDAYS = {date(2026, 10, 2), date(2026, 10, 19), date(2026, 10, 20)}


@pytest.mark.parametrize(("last_day", "holidays", "filing_day"), [
    (date(2026, 9, 12), set(), date(2026, 9, 14)),        # second Saturday -> Sunday -> Monday 14 Sep
    (date(2026, 9, 26), set(), date(2026, 9, 28)),        # fourth Saturday 26 Sep -> Monday 28 Sep
    (date(2026, 10, 4), set(), date(2026, 10, 5)),        # Sunday -> Monday
    (date(2026, 10, 2), HOLIDAYS, date(2026, 10, 3)),     # Gandhi Jayanti (Fri) -> Sat 3 Oct (first Sat, open)
    (date(2026, 10, 18), HOLIDAYS, date(2026, 10, 21)),   # Sunday, then two Puja holidays -> Wed 21 Oct
    (date(2026, 10, 5), HOLIDAYS, date(2026, 10, 5)),     # an open day stays put
    (date(2026, 10, 2), set(), date(2026, 10, 2)),        # a fresh database knows no holidays
])
def test_next_open_day_rolls_forward_past_closed_days(last_day, holidays, filing_day):
    assert next_open_day(last_day, holidays) == filing_day
