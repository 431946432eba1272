"""The deadlines board's registry: every app that keeps a statutory clock contributes a *source*.

A source is `fn(user, today, horizon_days) -> iterable[Deadline]`, already restricted to the officer's
jurisdiction (it uses `registrar.selectors.in_jurisdiction`) and to rows whose last day is on or before
`today + horizon_days` (overdue rows included). Sources are named here by dotted path and imported lazily,
so the registrar does not import other apps at load time and no other app's AppConfig has to change.
Section, consequence and quote come from the statute catalogue (rules.yaml), never from the source.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from django.utils.module_loading import import_string

from .calendar import days_left
from .statute.catalogue import get_rule, yaml_rules

DEFAULT_HORIZON_DAYS = 30

# Dotted paths of the deadline sources, one per (app, clock). Add a line here when an app gains a clock.
SOURCES = [
    "societies.deadlines.application_deadlines",
]


@dataclass(frozen=True)
class Deadline:
    rule_id: str
    section: str
    last_day: date
    consequence: str
    subject_label: str
    district_name: str
    url: str = ""

    @property
    def quote(self) -> str:
        return str(yaml_rules().get(self.rule_id, {}).get("quote", ""))

    @property
    def tooltip(self) -> str:
        """Hover text naming the rule id and the Act's words."""
        return f"{self.rule_id}: “{self.quote}”" if self.quote else self.rule_id

    def days_left(self, today: date) -> int:
        return days_left(self.last_day, today)

    def is_overdue(self, today: date) -> bool:
        return self.last_day < today


def make_deadline(rule_id: str, last_day: date, *, subject_label: str, district_name: str,
                  url: str = "") -> Deadline:
    """A Deadline with section and consequence filled in from the statute catalogue (rules.yaml)."""
    rule = get_rule(rule_id)  # UnknownRule / NotCatalogued: a source naming a wrong id fails loudly
    consequence = str(yaml_rules()[rule_id].get("consequence") or "none stated")
    return Deadline(rule_id=rule.id, section=rule.section, last_day=last_day, consequence=consequence,
                    subject_label=subject_label, district_name=district_name, url=url)


Source = Callable[[object, date, int], Iterable[Deadline]]


@cache
def sources() -> tuple[Source, ...]:
    return tuple(import_string(path) for path in SOURCES)


def deadlines_for_officer(user, today: date, horizon: int = DEFAULT_HORIZON_DAYS) -> list[Deadline]:
    """Everything in the officer's jurisdiction that is overdue or falls due within `horizon` days,
    soonest last day first."""
    until = today + timedelta(days=horizon)
    found = [d for source in sources() for d in source(user, today, horizon) if d.last_day <= until]
    return sorted(found, key=lambda d: (d.last_day, d.rule_id, d.subject_label))
