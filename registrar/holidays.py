"""The database side of the calendar: which days the offices are closed."""

from datetime import date, timedelta

from .calendar import is_office_closed
from .models import Holiday


def holiday_dates(start: date, end: date) -> frozenset[date]:
    """Gazetted holidays (and sudden closures) between start and end inclusive."""
    return frozenset(Holiday.objects.filter(date__range=(start, end)).values_list("date", flat=True))


def holidays_around(day: date, span_days: int = 60) -> frozenset[date]:
    """Holidays in a window after `day`, enough for any run of closed days a roll-forward can meet."""
    return holiday_dates(day - timedelta(days=1), day + timedelta(days=span_days))


def office_closed_on(day: date) -> bool:
    return is_office_closed(day, holiday_dates(day, day))
