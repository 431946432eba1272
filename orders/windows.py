"""Review and appeal windows of an order: pure functions over the statute engine, no database.

Each window runs from the trigger its rule names (orders.kinds): communication for most orders; receipt of
the decision for s.20(3) and s.23(2); publication for s.94(5); the resolution for s.36(5). The review window
(s.111(2), registrar_review_60d) limits the Registrar's own power, so it never rolls forward past a holiday;
an appeal is filed at an office and does (General Clauses Act s.10, the engine's `filing_last_day`).
"""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

from registrar.statute.catalogue import get_rule
from registrar.statute.engine import NoPeriod, due

from .kinds import COMMUNICATION, TRIGGER_LABELS, OrderKind

REVIEW = "review"
APPEAL = "appeal"
WINDOW_LABELS = {REVIEW: _("Review by this office"), APPEAL: _("Appeal")}


@dataclass(frozen=True)
class Window:
    what: str                  # REVIEW | APPEAL
    rule_id: str
    section: str
    trigger: str               # the Order field the window runs from
    trigger_on: date | None    # None: that date is not recorded yet, so the window has not started
    last_day: date | None      # None: not started, or the Act gives no period (s.111(1))
    forum: object = ""

    @property
    def label(self):
        return WINDOW_LABELS[self.what]

    @property
    def trigger_label(self):
        return TRIGGER_LABELS[self.trigger]

    def is_open(self, today: date) -> bool:
        """Open on `today`: started and not past its last day (a window with no period stays open)."""
        if self.trigger_on is None:
            return False
        return self.last_day is None or today <= self.last_day


def window_last_day(rule_id: str, trigger_on: date | None, closed_days: frozenset = frozenset()) -> date | None:
    """The last day of the window of `rule_id` opened on `trigger_on` (None: not started, or no period). The
    engine rolls a filing at an office past closed days and leaves an officer's own power alone."""
    if trigger_on is None:
        return None
    try:
        result = due(rule_id, trigger_on, closed_days)
    except NoPeriod:
        return None
    return result.filing_last_day


def review_window(kind: OrderKind, communicated_on: date | None) -> Window | None:
    """s.111(2): the office may review its order within 60 days of its communication (registrar_review_60d)."""
    if not kind.review_rule:
        return None
    return Window(REVIEW, kind.review_rule, get_rule(kind.review_rule).section, COMMUNICATION, communicated_on,
                  window_last_day(kind.review_rule, communicated_on))


def appeal_window(kind: OrderKind, trigger_on: date | None, closed_days: frozenset = frozenset()) -> Window | None:
    if not kind.appealable:
        return None
    if not kind.appeal_rule:  # an appeal the Act gives no period for (s.111(1)): open once it exists
        return Window(APPEAL, "appeal_to_registrar_no_limit", "111(1)", kind.appeal_trigger, trigger_on, None,
                      kind.appeal_forum)
    return Window(APPEAL, kind.appeal_rule, get_rule(kind.appeal_rule).section, kind.appeal_trigger, trigger_on,
                  window_last_day(kind.appeal_rule, trigger_on, closed_days), kind.appeal_forum)


def review_is_open(kind: OrderKind, communicated_on: date | None, today: date) -> bool:
    window = review_window(kind, communicated_on)
    return window is not None and window.is_open(today)


def trigger_date(order, trigger: str) -> date | None:
    """The date on `order` a window runs from. Communication: the recorded dispatch, or for a migrated order
    whose dispatch was never recorded, the date made (Order.effective_communication_date)."""
    if trigger == COMMUNICATION:
        return order.effective_communication_date
    return getattr(order, trigger)


def windows_for(order, closed_days: frozenset = frozenset()) -> list[Window]:
    """The review and appeal windows of one order (none for a letter, none for an order set aside; no appeal
    from an order made with the Reserve Bank's sanction, s.111(5)). `closed_days`: holidays and portal outages
    (appeals.outages), which move only the filings by a party, never the review (s.111(2))."""
    if not order.decides or not order.in_force:
        return []
    kind = order.order_kind
    found = [review_window(kind, trigger_date(order, COMMUNICATION)),
             None if getattr(order, "rbi_sanctioned", False) else
             appeal_window(kind, trigger_date(order, kind.appeal_trigger), closed_days)]
    return [window for window in found if window is not None]
