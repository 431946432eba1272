"""Each society's statutory timeline: past and upcoming dates, each with the rule behind it.

Every app that keeps dates about a society contributes a *source*::

    from registrar.timeline import TimelineItem, deadline_item, event_item, timeline_source

    @timeline_source("supervision")
    def supervision_dates(society, today: date) -> list[TimelineItem]:
        return [deadline_item(board.term_ends_on, _("Board's term ends"), today, rule_id="board_term_5y",
                              met=board.is_replaced)]

A source is `fn(society, today) -> list[TimelineItem]`, registered under a unique name in a module the app's
AppConfig.ready() imports. `TimelineItem(day, rule_id, label, kind, url="")`: `rule_id` is a rules.yaml id (or
"" for a date no rule sets, like a rectification order), `kind` is "past" | "upcoming" | "overdue" | "met".
`event_item` makes a dated happening (past once the day has come); `deadline_item` a last day (met when met
before it has come, past when met and gone, overdue when passed unmet, else upcoming). `timeline_for(society, today)` merges every source, by day.

Templates render it with `{% include "partials/statutory_timeline.html" with items=timeline %}`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

PAST = "past"
UPCOMING = "upcoming"
OVERDUE = "overdue"
# A last day still ahead whose duty is already done (the AGM held before its last day): not "past" - the day
# has not come - and not "upcoming" - nothing is left to do.
MET = "met"
KINDS = (PAST, UPCOMING, OVERDUE, MET)


@dataclass(frozen=True)
class TimelineItem:
    day: date
    rule_id: str
    label: str
    kind: str
    url: str = ""

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"timeline kind must be one of {KINDS}, not {self.kind!r}")

    @property
    def section(self) -> str:
        """'s.43(1)' for the item's rule, shown to readers instead of the rules.yaml id ('' without a rule)."""
        from registrar.statute.catalogue import yaml_rules

        return f"s.{yaml_rules()[self.rule_id]['section']}" if self.rule_id else ""


def event_item(day: date, label, today: date, *, rule_id: str = "", url: str = "") -> TimelineItem:
    """Something that happens on `day`: past once the day has come, upcoming before."""
    return TimelineItem(day, rule_id, str(label), PAST if day <= today else UPCOMING, url)


def deadline_item(day: date, label, today: date, *, rule_id: str = "", met: bool = False,
                  url: str = "") -> TimelineItem:
    """A last day: met when met and `day` is today or ahead, past when met and gone; overdue once `day` has
    ended unmet; otherwise upcoming (today included)."""
    if met:
        kind = PAST if day < today else MET
    else:
        kind = OVERDUE if day < today else UPCOMING
    return TimelineItem(day, rule_id, str(label), kind, url)


Source = Callable[[object, date], list[TimelineItem]]

_REGISTRY: dict[str, Source] = {}


def timeline_source(name: str):
    def decorate(func: Source) -> Source:
        if name in _REGISTRY and _REGISTRY[name] is not func:
            raise ValueError(f"a timeline source named {name!r} is already registered")
        _REGISTRY[name] = func
        return func

    return decorate


def registered() -> dict[str, Source]:
    return dict(sorted(_REGISTRY.items()))


def timeline_for(society, today: date) -> list[TimelineItem]:
    """Every source's items for this society, oldest first (same day: by label)."""
    items = [item for source in registered().values() for item in source(society, today)]
    return sorted(items, key=lambda i: (i.day, i.label))
