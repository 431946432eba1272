"""The deadlines board: every declared clock's open rows (registrar.clocks), in the officer's jurisdiction.

Rows come from the clock declarations only (registrar/clocks/views.py): a clock declared once is on the board
and in its CSV with no further wiring. Section, consequence and quote come from the statute catalogue
(rules.yaml), never from the declaration; `period` says who fixed the last day (the Act, an officer's order or
the office's service target).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext_lazy as _

from .calendar import days_left
from .statute.catalogue import get_rule, yaml_rules

DEFAULT_HORIZON_DAYS = 30
PERIOD_LABELS = {"statute": _("fixed by the Act"), "officer": _("fixed by an officer's order"),
                 "service": _("the office's service target")}


@dataclass(frozen=True)
class Deadline:
    rule_id: str
    section: str
    last_day: date
    consequence: str
    subject_label: str
    district_name: str
    url: str = ""
    period: str = "statute"
    clock: str = ""
    # A stay holds the effect (s.111(4)): the day it now falls, date.max while the stay is in force. Such a row
    # is neither overdue nor due: the board says it is stayed (registrar.clocks.views._held).
    held_until: date | None = None

    @property
    def stayed(self) -> bool:
        return self.held_until is not None

    @property
    def stay_in_force(self) -> bool:
        return self.held_until == date.max

    @property
    def period_label(self) -> str:
        """Who fixed the last day: the Act, an officer's order, or the office's service target."""
        return str(PERIOD_LABELS.get(self.period, self.period))

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
        return self.last_day < today and not self.stayed


def make_deadline(rule_id: str, last_day: date, *, subject_label: str, district_name: str,
                  url: str = "", period: str = "statute", clock: str = "",
                  held_until: date | None = None) -> Deadline:
    """A Deadline with section and consequence filled in from the statute catalogue (rules.yaml)."""
    rule = get_rule(rule_id)  # UnknownRule / NotCatalogued: a source naming a wrong id fails loudly
    consequence = str(yaml_rules()[rule_id].get("consequence") or "none stated")
    return Deadline(rule_id=rule.id, section=rule.section, last_day=last_day, consequence=consequence,
                    subject_label=subject_label, district_name=district_name, url=url,
                    period=period, clock=clock, held_until=held_until)


def deadlines_for_officer(user, today: date, horizon: int = DEFAULT_HORIZON_DAYS) -> list[Deadline]:
    """Everything in the officer's jurisdiction that is overdue or falls due within `horizon` days,
    soonest last day first."""
    until = today + timedelta(days=horizon)
    from .clocks.views import deadlines

    found = [d for d in deadlines(user, today, horizon) if d.last_day <= until]
    return sorted(found, key=lambda d: (d.last_day, d.rule_id, d.subject_label))


OVERDUE, DUE, STAYED = "overdue", "due", "stayed"


def declared_rule_ids() -> list[str]:
    """The rule ids of every declared clock: the board's rule filter accepts any of them, with rows or not."""
    from .clocks import declared

    return sorted({clock.rule_id for clock in declared()})


def board_list(user, today: date, *, rule: str = "", state: str = "", within: int | None = None,
               descending: bool = False) -> list[Deadline]:
    """The deadlines board's rows for its filters (the page, its CSV and the deadlines report's figures read
    this one function): `rule` a declared rule id, `state` overdue, due or stayed (a stay holds the effect),
    `within` days from today (the last day on or before today + within)."""
    return board_filter(deadlines_for_officer(user, today, DEFAULT_HORIZON_DAYS), today, rule=rule, state=state,
                        within=within, descending=descending)


def board_filter(found: list[Deadline], today: date, *, rule: str = "", state: str = "", within: int | None = None,
                 descending: bool = False) -> list[Deadline]:
    if rule:
        found = [d for d in found if d.rule_id == rule]
    if state == OVERDUE:
        found = [d for d in found if d.is_overdue(today)]
    elif state == DUE:
        found = [d for d in found if not d.is_overdue(today) and not d.stayed]
    elif state == STAYED:
        found = [d for d in found if d.stayed]
    if within is not None:
        found = [d for d in found if d.last_day <= today + timedelta(days=within)]
    return sorted(found, key=lambda d: (d.last_day, d.subject_label), reverse=descending)
