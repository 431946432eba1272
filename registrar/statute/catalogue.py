"""The catalogue: rules.yaml metadata joined with the explicit per-rule choices in `periods.py`.

Metadata (section, actor, kind, automatic) comes from the vendored `rules.yaml`; the choices a reviewer must
be able to read (period, direction, at_office, effect on the last day) are written in `periods.py`.
Loading checks that each period agrees with the YAML `limit`, so the two cannot drift apart silently.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .periods import EFFECT_ON_LAST_DAY, PERIODS, WAITS_ON, Direction, Period

RULES_YAML = Path(__file__).with_name("rules.yaml")
TIME_UNITS = ("days", "months", "years")


class UnknownRule(KeyError):
    """The id is not in rules.yaml at all."""


class NotCatalogued(KeyError):
    """The id is in rules.yaml but has no period fixed by the Act (see docs/statute-coverage.md)."""


@dataclass(frozen=True)
class Rule:
    id: str
    section: str
    actor: str
    kind: str
    automatic: bool
    period: Period
    effect_on_last_day: bool = False
    waits_on: str | None = None

    @property
    def at_office(self) -> bool:
        return self.period.at_office

    @property
    def direction(self) -> Direction:
        return self.period.direction


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


def _check(entry: dict, period: Period) -> None:
    limit = entry.get("limit") or {}
    if limit.get(period.unit) != period.count:
        raise ValueError(f"{entry['id']}: periods.py says {period.count} {period.unit}, rules.yaml says {limit}")
    yaml_direction = limit.get("direction")
    if yaml_direction == "before" and period.direction != "before":
        raise ValueError(f"{entry['id']}: rules.yaml marks the period 'before'")


@cache
def catalogue() -> dict[str, Rule]:
    """The catalogue keyed by rules.yaml id, in rules.yaml order."""
    entries = yaml_rules()
    missing = set(PERIODS) - set(entries)
    if missing:
        raise ValueError(f"periods.py names ids not in rules.yaml: {sorted(missing)}")
    rules: dict[str, Rule] = {}
    for rule_id, entry in entries.items():
        period = PERIODS.get(rule_id)
        if period is None:
            continue
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
        )
    return rules


def get_rule(rule_id: str) -> Rule:
    """The catalogued rule, or UnknownRule / NotCatalogued with a one-line reason."""
    rules = catalogue()
    if rule_id in rules:
        return rules[rule_id]
    if rule_id in yaml_rules():
        raise NotCatalogued(f"{rule_id} is outside the catalogue (no period fixed by the Act; "
                            "see docs/statute-coverage.md)")
    raise UnknownRule(f"unknown rule id: {rule_id}")
