"""The catalogue: rules.yaml metadata joined with the explicit per-rule choices in `periods.py`.

Metadata (section, actor, kind, automatic) comes from the vendored `rules.yaml`; the choices a reviewer must
be able to read (period, direction, at_office, effect on the last day) are written in `periods.py`.
Loading checks that each period agrees with the YAML `limit`, so the two cannot drift apart silently.

Two sorts of entry: a clock (the Act fixes a number of days, months or years: `period` is set) and a duty with
no number of days (`period` is None and `no_period` says what fixes its day instead).
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .periods import EFFECT_ON_LAST_DAY, NO_PERIOD, PERIODS, WAITS_ON, WAITS_ON_ONE_OF, Direction, Period

RULES_YAML = Path(__file__).with_name("rules.yaml")
TIME_UNITS = ("days", "months", "years")


class UnknownRule(KeyError):
    """The id is not in rules.yaml at all."""


class NotCatalogued(KeyError):
    """The id is in rules.yaml but outside the catalogue (see docs/statute-coverage.md)."""


@dataclass(frozen=True)
class Rule:
    id: str
    section: str
    actor: str
    kind: str
    automatic: bool
    period: Period | None
    effect_on_last_day: bool = False
    waits_on: str | None = None
    waits_on_one_of: frozenset[str] = frozenset()
    no_period: str = ""  # for a duty without a number of days: what fixes its day instead

    @property
    def has_period(self) -> bool:
        return self.period is not None

    @property
    def at_office(self) -> bool:
        return self.period is not None and self.period.at_office

    @property
    def direction(self) -> Direction | None:
        return self.period.direction if self.period else None

    @property
    def timing(self) -> str:
        """The period in a few words, for `manage.py statute list`: "60 days", "15 days before",
        "2 years back" (look-back), "after 210 days" (an earliest day), or "no period"."""
        if self.period is None:
            return "no period"
        count, unit = self.period.count, self.period.unit
        amount = f"{count} {unit if count != 1 else unit[:-1]}"
        return {"after": amount, "before": f"{amount} before", "look_back": f"{amount} back",
                "earliest": f"after {amount}"}[self.period.direction]


@cache
def yaml_rules() -> dict[str, dict]:
    """Every rules.yaml entry, keyed by id, in file order."""
    with RULES_YAML.open(encoding="utf-8") as fh:
        entries = yaml.safe_load(fh)
    return {entry["id"]: entry for entry in entries}


def has_act_period(entry: dict) -> bool:
    """True when the Act itself fixes a number of days, months or years (not `set_by` an officer)."""
    limit = entry.get("limit") or {}
    return any(isinstance(limit.get(unit), int) for unit in TIME_UNITS)


def is_earliest_day(entry: dict) -> bool:
    """rules.yaml marks a period that gives the first day an act may be done, not a last day (s.84(h))."""
    return str(entry.get("anchor_rule") or "").startswith("EARLIEST day")


def _check(entry: dict, period: Period) -> None:
    limit = entry.get("limit") or {}
    if limit.get(period.unit) != period.count:
        raise ValueError(f"{entry['id']}: periods.py says {period.count} {period.unit}, rules.yaml says {limit}")
    yaml_direction = limit.get("direction")
    if yaml_direction == "before" and period.direction != "before":
        raise ValueError(f"{entry['id']}: rules.yaml marks the period 'before'")
    if is_earliest_day(entry) != (period.direction == "earliest"):
        raise ValueError(f"{entry['id']}: rules.yaml and periods.py disagree on whether this is an earliest day")


@cache
def catalogue() -> dict[str, Rule]:
    """The catalogue keyed by rules.yaml id, in rules.yaml order."""
    entries = yaml_rules()
    named = set(PERIODS) | set(NO_PERIOD) | set(WAITS_ON.values()) | set().union(*WAITS_ON_ONE_OF.values())
    missing = named - set(entries)
    if missing:
        raise ValueError(f"periods.py names ids not in rules.yaml: {sorted(missing)}")
    if set(PERIODS) & set(NO_PERIOD):
        raise ValueError(f"periods.py gives both a period and none: {sorted(set(PERIODS) & set(NO_PERIOD))}")
    rules: dict[str, Rule] = {}
    for rule_id, entry in entries.items():
        period = PERIODS.get(rule_id)
        if period is None and rule_id not in NO_PERIOD:
            continue
        if period is None and has_act_period(entry):
            raise ValueError(f"{rule_id}: periods.py says no period, rules.yaml says {entry.get('limit')}")
        if period is not None:
            _check(entry, period)
        rules[rule_id] = Rule(
            id=rule_id,
            section=str(entry["section"]),
            actor=entry["actor"],
            kind=entry["kind"],
            automatic=bool(entry["automatic"]),
            period=period,
            effect_on_last_day=rule_id in EFFECT_ON_LAST_DAY,
            waits_on=WAITS_ON.get(rule_id),
            waits_on_one_of=WAITS_ON_ONE_OF.get(rule_id, frozenset()),
            no_period=NO_PERIOD.get(rule_id, ""),
        )
    return rules


def get_rule(rule_id: str) -> Rule:
    """The catalogued rule, or UnknownRule / NotCatalogued with a one-line reason."""
    rules = catalogue()
    if rule_id in rules:
        return rules[rule_id]
    if rule_id in yaml_rules():
        raise NotCatalogued(f"{rule_id} is outside the catalogue (no period fixed by the Act, and not a "
                            "catalogued duty; see docs/statute-coverage.md)")
    raise UnknownRule(f"unknown rule id: {rule_id}")
