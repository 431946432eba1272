"""Pure due-date arithmetic over the catalogue. No clock, no database: closed days come in as an argument."""

from dataclasses import dataclass
from datetime import date

from registrar.calendar import add_days, add_months, add_years, day_after, days_before, next_open_day

from .catalogue import Rule, get_rule
from .periods import Period


class NoPeriod(ValueError):
    """A catalogued duty without a number of days: there is no date to compute."""


class WindowNeeded(ValueError):
    """The rule runs to the later of its own period and a window whose trigger only the caller knows, and that
    window is missing or wrong (or a window was given to a rule that waits on none)."""


@dataclass(frozen=True)
class Due:
    rule: str
    trigger: date
    last_day: date | None  # None only for an earliest-day rule, which has no last day
    filing_last_day: date | None
    effective_on: date | None
    automatic: bool
    earliest_day: date | None = None  # set only for an earliest-day rule: the first day the act may be done


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


def _window_closes(rule_id: str, trigger: date, closed_days: frozenset[date]) -> date:
    """The first day on which an act under `rule_id` (an appeal, say) is out of time."""
    return day_after(due(rule_id, trigger, closed_days).filing_last_day)


def _waited_window(rule: Rule, window: tuple[str, date] | None) -> tuple[str, date] | None:
    if not rule.waits_on_one_of:
        if window is not None:
            raise WindowNeeded(f"{rule.id} waits on no other window: drop the window")
        return None
    choices = " or ".join(f"{rule_id}=YYYY-MM-DD" for rule_id in sorted(rule.waits_on_one_of))
    if window is None:
        raise WindowNeeded(f"{rule.id} runs to the later of its own period and the appeal window; "
                           f"name the window and its trigger: {choices}")
    if window[0] not in rule.waits_on_one_of:
        raise WindowNeeded(f"{rule.id} does not wait on {window[0]}; name one of: {choices}")
    return window


def _due(rule: Rule, trigger: date, closed_days: frozenset[date], window: tuple[str, date] | None) -> Due:
    period = rule.period
    if period is None:
        raise NoPeriod(f"{rule.id} has no period fixed by the Act ({rule.no_period}): no date to compute")
    waited = _waited_window(rule, window)
    if period.direction == "earliest":
        earliest_day = day_after(_forward(trigger, period))
        return Due(rule=rule.id, trigger=trigger, last_day=None, filing_last_day=None, effective_on=None,
                   automatic=rule.automatic, earliest_day=earliest_day)
    last_day = _forward(trigger, period) if period.direction == "after" else _backward(trigger, period)
    filing_last_day = next_open_day(last_day, closed_days) if rule.at_office else last_day
    effective_on = None
    if rule.automatic and period.direction == "after":
        effective_on = last_day if rule.effect_on_last_day else day_after(filing_last_day)
        if rule.waits_on:
            effective_on = later_of(effective_on, _window_closes(rule.waits_on, trigger, closed_days))
        if waited:
            effective_on = later_of(effective_on, _window_closes(waited[0], waited[1], closed_days))
    return Due(rule=rule.id, trigger=trigger, last_day=last_day, filing_last_day=filing_last_day,
               effective_on=effective_on, automatic=rule.automatic)


def due(rule_id: str, trigger: date, closed_days: frozenset[date] = frozenset(), *,
        window: tuple[str, date] | None = None) -> Due:
    """Last day, last day for a filing at an office, and the day an automatic effect arises.

    - last_day: trigger + N (after), or trigger - N (before / the start of a look-back window); None for an
      earliest-day rule (s.84(h)), whose `earliest_day` is the day after trigger + N
    - filing_last_day: next_open_day(last_day) when the act is done at an office by a society, citizen or
      member (General Clauses Act s.10); otherwise last_day
    - effective_on: for automatic 'after' rules, the day after filing_last_day (or last_day itself for the
      s.33(3)/s.43(3) cessations), no earlier than the close of any window it waits on; else None
    - window: (rule id, trigger) of the window a WAITS_ON_ONE_OF rule waits on, e.g. the member's appeal
      window for the s.24(2) deletion hold: ("termination_appeal_30d", date the member received the decision)

    Raises NoPeriod for a catalogued duty without a number of days, WindowNeeded when a rule that waits on a
    caller's window gets none (or the wrong one), and UnknownRule / NotCatalogued for other ids.
    """
    return _due(get_rule(rule_id), trigger, closed_days, window)
