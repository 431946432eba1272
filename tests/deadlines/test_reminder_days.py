"""reminder_days / reminder_due: hand-written dates, no database."""

from datetime import date

import pytest

from registrar.reminders import reminder_days, reminder_due


@pytest.mark.parametrize(("trigger", "last_day", "offsets", "expected"), [
    # The rules.yaml example: received 15 Jan 2026, day 60 = 16 Mar 2026.
    (date(2026, 1, 15), date(2026, 3, 16), (15, 7, 1), [date(2026, 3, 1), date(2026, 3, 9), date(2026, 3, 15)]),
    # Across a month end and 29 February.
    (date(2028, 1, 1), date(2028, 3, 1), (15, 7, 1), [date(2028, 2, 15), date(2028, 2, 23), date(2028, 2, 29)]),
    # A 10-day period: the 15-day reminder would fall before the trigger and is skipped.
    (date(2026, 3, 1), date(2026, 3, 11), (15, 7, 1), [date(2026, 3, 4), date(2026, 3, 10)]),
    # A reminder on the trigger day itself is kept; one a day earlier is not.
    (date(2026, 3, 4), date(2026, 3, 11), (15, 7, 1), [date(2026, 3, 4), date(2026, 3, 10)]),
    (date(2026, 3, 5), date(2026, 3, 11), (15, 7, 1), [date(2026, 3, 10)]),
    # Offsets in any order come back in date order.
    (date(2026, 1, 15), date(2026, 3, 16), (1, 15), [date(2026, 3, 1), date(2026, 3, 15)]),
    # A one-day period leaves no room for any reminder but the last.
    (date(2026, 3, 10), date(2026, 3, 11), (15, 7, 1), [date(2026, 3, 10)]),
])
def test_reminder_days_table(trigger, last_day, offsets, expected):
    assert reminder_days(trigger, last_day, offsets) == expected


@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 2, 28), None),   # before the first reminder
    (date(2026, 3, 1), 15),
    (date(2026, 3, 8), 15),
    (date(2026, 3, 9), 7),
    (date(2026, 3, 14), 7),      # a late run sends only the latest reminder that has arrived
    (date(2026, 3, 15), 1),
    (date(2026, 3, 16), 1),      # the last day itself: the office can still act in time
    (date(2026, 3, 17), None),   # the deadline has passed: no reminder
])
def test_reminder_due_picks_latest_arrived_reminder(today, expected):
    assert reminder_due(date(2026, 1, 15), date(2026, 3, 16), today) == expected
