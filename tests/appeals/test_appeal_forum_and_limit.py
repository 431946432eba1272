"""Forum and limit of every declared order kind (issue 23: 'from rules.yaml's worked examples rather than the
code's own table'). No database: Orders are unsaved.

The expected values are read from the statute texts, not from appeals.rules or orders.kinds:
- the limit: the rule's worked example in rules.yaml ("10 Apr 2026 -> 9 Jun 2026") when it has one, the trigger
  date of the example used as the order's date; otherwise the rule's `limit` counted by hand here;
- the forum: the words of the rule's quoted section in rules.yaml ("may appeal to the General Assembly").
"""

import calendar
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from appeals.models import Forum
from appeals.rules import routes_for
from orders import kinds
from orders.models import Order

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = re.compile(r"\((\d{1,2} \w{3} \d{4}) -> (\d{1,2} \w{3} \d{4})\)")
DEFAULT_TRIGGER = date(2026, 12, 31)  # a year end: month ends and February both matter


def _rules() -> dict:
    data = yaml.safe_load((ROOT / "registrar/statute/rules.yaml").read_text())
    items = data if isinstance(data, list) else data.get("rules", [])
    return {r["id"]: r for r in items}


FORUM_TEXT = re.compile(r"(?:appeal (?:shall lie )?to the|appeal to the) (General Assembly|State Government|Registrar)")
FORUM_OF = {"General Assembly": Forum.GENERAL_ASSEMBLY, "State Government": Forum.STATE_GOVERNMENT,
            "Registrar": Forum.REGISTRAR}


def _forum(rule_id: str) -> str:
    """The forum the rule's own words in rules.yaml name: the quoted section ("may appeal to the General
    Assembly"), the Registrar's own review ("The Registrar may review"), else the rule's id
    (appeal_state_government_60d: s.111(3)'s quote names no forum, its id does)."""
    rule = RULES[rule_id]
    for text in (rule.get("quote", ""), rule.get("anchor_rule", "")):
        match = FORUM_TEXT.search(str(text))
        if match:
            return FORUM_OF[match.group(1)]
    if str(rule.get("quote", "")).startswith("The Registrar may review"):
        return Forum.REGISTRAR
    return next(forum for words, forum in FORUM_OF.items() if words.lower().replace(" ", "_") in rule_id)


RULES = _rules()


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _expected(rule_id: str) -> tuple[date, date | None]:
    """(trigger, last day) for `rule_id` from rules.yaml: its worked example, else its limit from a year end."""
    rule = RULES[rule_id]
    match = EXAMPLE.search(str(rule.get("anchor_rule", "")))
    if match:
        parse = lambda text: date.fromisoformat(  # noqa: E731
            f"{text.split()[2]}-{list(calendar.month_abbr).index(text.split()[1]):02d}-{int(text.split()[0]):02d}")
        return parse(match.group(1)), parse(match.group(2))
    limit = rule["limit"]
    if limit.get("days"):
        return DEFAULT_TRIGGER, DEFAULT_TRIGGER + timedelta(days=limit["days"])
    if limit.get("months"):
        return DEFAULT_TRIGGER, _add_months(DEFAULT_TRIGGER, limit["months"])
    return DEFAULT_TRIGGER, None  # the Act gives no period (s.111(1))


def _windowed_kinds():
    return [k for k in kinds.declared_kinds() if k.decides and (k.reviewable or k.appealable)]


def _order(kind, trigger: str, on: date, monkeypatch) -> Order:
    monkeypatch.setattr(Order, "order_kind", property(lambda self: kind))
    dates = {"made_on": on, "communicated_on": on, "received_on": on, "published_on": on}
    return Order(kind=kind.code, decides=True, **dates)


CASES = [(k, route) for k in _windowed_kinds() for route in ("review", "appeal")
         if (route == "review" and k.reviewable) or (route == "appeal" and k.appealable)]


def test_appeal_every_windowed_kind_is_covered():
    assert {"registration.refusal", "membership.refusal", "membership.termination", "society.president_removal",
            "society.mortgage_sale", "liquidation.cancellation", "liquidation.liquidator_decision",
            "office.government_officer_decision"} <= {k.code for k, _route in CASES}


@pytest.mark.parametrize("kind, route", CASES, ids=[f"{k.code}-{r}" for k, r in CASES])
def test_appeal_and_review_petition_forum_and_limit_follow_rules_yaml(kind, route, monkeypatch):
    rule_id = kind.review_rule if route == "review" else (kind.appeal_rule or "appeal_to_registrar_no_limit")
    trigger, last_day = _expected(rule_id)
    found = next(r for r in routes_for(_order(kind, kind.appeal_trigger, trigger, monkeypatch)) if r.route == route)
    assert found.rule_id == rule_id
    assert found.forum == _forum(rule_id)
    assert found.trigger_on == trigger
    assert found.last_day == last_day or (
        # an appeal is filed at an office: a last day the office is closed on moves to the next open day
        route == "appeal" and last_day is not None and found.last_day > last_day
        and (found.last_day - last_day).days <= 3)
