"""The one place that reads the system clock. Everything else receives `today` or `now` as an argument.

Dates are legal dates in Asia/Kolkata: a filing made at 23:30 IST on 30 September is made on 30 September.
"""

from datetime import date, datetime

from django.utils import timezone


def now() -> datetime:
    """The current instant, timezone-aware, in Asia/Kolkata."""
    return timezone.localtime(timezone.now())


def today() -> date:
    """Today's date in Asia/Kolkata (the office's legal day)."""
    return now().date()
