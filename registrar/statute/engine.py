"""Pure due-date arithmetic over the catalogue. No clock, no database: closed days come in as an argument."""

from dataclasses import dataclass
from datetime import date

from registrar.calendar import add_days, add_months, add_years, day_after, days_before, next_open_day

from .catalogue import Rule, get_rule
from .periods import Period


@dataclass(frozen=True)
class Due:
    rule: str
    trigger: date
    last_day: date
    filing_last_day: date
    effective_on: date | None
    automatic: bool


def later_of(*dates: date | None) -> date | None:
    """The latest of the dates given, ignoring None (None if all are None).

    For an effect that must wait on another window, e.g. cancellation_takes_effect waits until the
    cancellation_appeal_2m window has closed.
    """
    present = [day for day in dates if day is not None]
    return max(present) if present else None


def _forward(trigger: date, period: Period) -> date:
    if period.unit == "days":
        return add_days(trigger, period.count)
    if period.unit == "months":
        return add_months(trigger, period.count)
    return add_years(trigger, period.count)


def _backward(trigger: date, period: Period) -> date:
    if period.unit == "days":
        return days_before(trigger, period.count)
    if period.unit == "months":
        return add_months(trigger, -period.count)
    return add_years(trigger, -period.count)


def _due(rule: Rule, trigger: date, closed_days: frozenset[date]) -> Due:
    period = rule.period
    last_day = _forward(trigger, period) if period.direction == "after" else _backward(trigger, period)
    filing_last_day = next_open_day(last_day, closed_days) if rule.at_office else last_day
    effective_on = None
    if rule.automatic and period.direction == "after":
        effective_on = last_day if rule.effect_on_last_day else day_after(filing_last_day)
        if rule.waits_on:
            effective_on = later_of(effective_on, due(rule.waits_on, trigger, closed_days).effective_on)
    return Due(rule=rule.id, trigger=trigger, last_day=last_day, filing_last_day=filing_last_day,
               effective_on=effective_on, automatic=rule.automatic)


def due(rule_id: str, trigger: date, closed_days: frozenset[date] = frozenset()) -> Due:
    """Last day, last day for a filing at an office, and the day an automatic effect arises.

    - last_day: trigger + N (after), or trigger - N (before / the start of a look-back window)
    - filing_last_day: next_open_day(last_day) when the act is done at an office by a society, citizen or
      member (General Clauses Act s.10); otherwise last_day
    - effective_on: for automatic 'after' rules, the day after filing_last_day (or last_day itself for the
      s.33(3)/s.43(3) cessations), no earlier than the end of any window it waits on; else None
    """
    return _due(get_rule(rule_id), trigger, closed_days)
