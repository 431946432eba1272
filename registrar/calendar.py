"""The legal calendar: pure date arithmetic for the Act's periods (statute/README.md § Conventions).

General Clauses Act, 1897 s.9 (and the Assam General Clauses Act, 1915): in "within N days from T" the day T
is excluded, so the last day to act is T + N. Months and years are calendar months, clamped to the month end
(31 Jan + 1 month = 28/29 Feb). s.10 lets an act due at an office on a closed day be done on the next open day;
that roll-forward is `next_open_day` and is applied only to acts a society or citizen does at an office.

Nothing here reads the clock or the database: closed days come in as an argument (`registrar.holidays`
builds that set from the Holiday table).
"""

import calendar as _cal
from collections.abc import Collection
from datetime import date, timedelta

SUNDAY = 6
SATURDAY = 5


def add_days(trigger: date, days: int) -> date:
    """Last day of a period of `days` days from `trigger` (trigger excluded): T + N."""
    return trigger + timedelta(days=days)


def add_months(trigger: date, months: int) -> date:
    """Same day-number `months` calendar months later, clamped to the month's last day. Negative goes back."""
    month_index = trigger.month - 1 + months
    year = trigger.year + month_index // 12
    month = month_index % 12 + 1
    last = _cal.monthrange(year, month)[1]
    return date(year, month, min(trigger.day, last))


def add_years(trigger: date, years: int) -> date:
    """Calendar years; 29 Feb + 1 year = 28 Feb."""
    return add_months(trigger, 12 * years)


def days_before(event: date, days: int) -> date:
    """"Before N days of X" (s.30(4)): X − N."""
    return event - timedelta(days=days)


def day_after(day: date) -> date:
    """The day a deemed outcome or cessation takes effect when the Act names no other date."""
    return day + timedelta(days=1)


def is_second_or_fourth_saturday(day: date) -> bool:
    return day.weekday() == SATURDAY and (day.day - 1) // 7 in (1, 3)


def is_office_closed(day: date, holidays: Collection[date] = ()) -> bool:
    """Offices close on Sundays, the second and fourth Saturdays, and the gazetted holidays given."""
    return day.weekday() == SUNDAY or is_second_or_fourth_saturday(day) or day in holidays


def next_open_day(day: date, holidays: Collection[date] = ()) -> date:
    """`day` itself if the office is open, else the next open day (General Clauses Act s.10).

    Only for acts done at an office by a society or a citizen; never for deemed outcomes against the Registrar.
    """
    while is_office_closed(day, holidays):
        day += timedelta(days=1)
    return day


def days_left(last_day: date, today: date) -> int:
    """Whole days from today to the last day (0 on the last day, negative once it has passed)."""
    return (last_day - today).days
