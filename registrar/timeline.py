"""Each society's statutory timeline: past and upcoming dates, each with the rule behind it.

Last days come from the declared clocks (registrar.clocks: each clock's rows of this society, met or not), so
a clock declared once is on the timeline with no wiring. What has *happened* (a Board took office, an AGM was
held, an effect applied) comes from *history sources*, which give events only (`event_item`)::

    from registrar.timeline import TimelineItem, deadline_item, event_item, timeline_source

    @timeline_source("supervision")
    def supervision_history(society, today: date) -> list[TimelineItem]:
        return [event_item(board.took_office_on, _("Board took office"), today, rule_id="board_term_5y")]

A source is `fn(society, today) -> list[TimelineItem]`, registered under a unique name in a module the app's
AppConfig.ready() imports. `TimelineItem(day, rule_id, label, kind, url="")`: `rule_id` is a rules.yaml id (or
"" for a date no rule sets, like a rectification order), `kind` is "past" | "upcoming" | "overdue" | "met".
`event_item` makes a dated happening (past once the day has come); `deadline_item` a last day (met when met
before it has come, past when met and gone, overdue when passed unmet, else upcoming). `timeline_for(society, today)` merges the clocks' items and every source's, by day. A history source that
returns a last day (`deadline_item`) is an error: declare a clock instead (tests/clocks checks it).

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
    deadline: bool = False  # a last day (from a clock), not an event

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
    return TimelineItem(day, rule_id, str(label), kind, url, deadline=True)


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
    """The clocks' last days and every history source's events for this society, oldest first (same day: by
    label)."""
    from .clocks.views import timeline

    items = [*timeline(society, today), *(item for source in registered().values() for item in source(society, today))]
    return sorted(items, key=lambda i: (i.day, i.label))
