"""One rule's due dates for a trigger date, with the office's holidays: what `manage.py statute due` prints and
what the public API's /api/v1/rules/<id>/due/ answers (issue 24 point 2). One computation, two doors."""

from datetime import date, timedelta

from registrar.holidays import holiday_dates

from .catalogue import get_rule
from .engine import due

HOLIDAY_SPAN_DAYS = 60  # any run of closed days a roll-forward can meet


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def due_payload(rule_id: str, trigger: date, window: tuple[str, date] | None = None) -> dict:
    """The due dates as a JSON-ready dict. Raises UnknownRule / NotCatalogued (the id), NoPeriod / WindowNeeded
    (the rule), OverflowError / ValueError (a date out of range)."""
    rule = get_rule(rule_id)
    rough = due(rule.id, trigger, frozenset(), window=window)
    days = [day for day in (trigger, window and window[1], rough.last_day, rough.earliest_day, rough.effective_on)
            if day]
    start, end = min(days), max(days) + timedelta(days=HOLIDAY_SPAN_DAYS)
    result = due(rule.id, trigger, holiday_dates(start, end), window=window)
    payload = {
        "rule": rule.id,
        "section": rule.section,
        "trigger": trigger.isoformat(),
        "last_day": iso(result.last_day),
        "filing_last_day": iso(result.filing_last_day),
        "earliest_day": iso(result.earliest_day),
        "effective_on": iso(result.effective_on),
        "automatic": rule.automatic,
    }
    if window is not None:
        payload["window"] = {"rule": window[0], "trigger": window[1].isoformat()}
    return payload
