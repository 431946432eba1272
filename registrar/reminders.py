"""Reminder dates for a statutory last day. Pure: no clock, no database."""

from datetime import date, timedelta

DEFAULT_OFFSETS = (15, 7, 1)


def reminder_schedule(trigger: date, last_day: date, offsets=DEFAULT_OFFSETS) -> list[tuple[int, date]]:
    """(offset, date) pairs, earliest first: `offset` days before `last_day`.

    A reminder that would fall before the trigger (a short period) is skipped, as is one on or after the
    last day (an offset of 0 or less is not a reminder).
    """
    pairs = {(offset, last_day - timedelta(days=offset)) for offset in offsets if offset > 0}
    return sorted(((o, d) for o, d in pairs if d >= trigger), key=lambda pair: pair[1])


def reminder_days(trigger: date, last_day: date, offsets=DEFAULT_OFFSETS) -> list[date]:
    """The reminder dates, earliest first. Trigger 15 Jan 2026, last day 16 Mar 2026 -> 1, 9 and 15 Mar 2026."""
    return [day for _offset, day in reminder_schedule(trigger, last_day, offsets)]


def reminder_due(trigger: date, last_day: date, today: date, offsets=DEFAULT_OFFSETS) -> int | None:
    """The offset of the reminder to send on `today`, or None.

    The latest reminder whose date has arrived, while the last day has not yet passed. A late run sends only
    that one (not every missed reminder), and nothing once the last day is over.
    """
    if today > last_day:
        return None
    arrived = [offset for offset, day in reminder_schedule(trigger, last_day, offsets) if day <= today]
    return arrived[-1] if arrived else None
