"""The statute of appeals as pure functions: which forum hears an appeal or review against an order, within what
limit counted from what trigger, and the service targets where the Act is silent. No database, no clock.

The forum and limit come from the order's kind (orders.kinds) and its windows (orders.windows.windows_for): this
module does not keep a second table of limits. It only names the forum each appeal rule sends the case to, as the
rule's section says (rules.yaml): the Registrar reviews his own order (s.111(2), registrar_review_60d); the
State Government hears an appeal on a question of law (s.111(3), appeal_state_government_60d) and the members'
appeal against a cancellation (s.94(5), cancellation_appeal_2m); the General Assembly hears the membership
appeals (s.20(3), s.23(2)); the Registrar hears the rest (s.111(1), s.36(5), s.61(3)).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from orders.windows import REVIEW, Window, windows_for

from .models import Forum, Route

FORUM_BY_RULE = {
    "registrar_review_60d": Forum.REGISTRAR,
    "appeal_state_government_60d": Forum.STATE_GOVERNMENT,
    "cancellation_appeal_2m": Forum.STATE_GOVERNMENT,
    "membership_refusal_appeal_60d": Forum.GENERAL_ASSEMBLY,
    "termination_appeal_30d": Forum.GENERAL_ASSEMBLY,
    "president_removal_appeal_30d": Forum.REGISTRAR,
    "mortgage_sale_appeal_30d": Forum.REGISTRAR,
    "appeal_to_registrar_no_limit": Forum.REGISTRAR,
}
# The Act is silent on the time to decide (lifecycles.md §15 item 13): configurable service targets, never an
# automatic decision. An appeal to the Registrar with no limit (s.111(1)) is served within the same target.
SERVICE_TARGET_DAYS = {Forum.REGISTRAR: 90, Forum.STATE_GOVERNMENT: 90, Forum.GENERAL_ASSEMBLY: 90}
DISPUTE_SERVICE_TARGET_DAYS = 90  # lifecycles.md §10 DEFAULT


@dataclass(frozen=True)
class RouteOption:
    route: str            # Route.REVIEW | Route.APPEAL
    forum: str            # Forum
    window: Window

    @property
    def rule_id(self):
        return self.window.rule_id

    @property
    def last_day(self):
        return self.window.last_day

    @property
    def trigger_on(self):
        return self.window.trigger_on


def routes_for(order, closed_days: frozenset = frozenset()) -> list[RouteOption]:
    """The review and appeal routes open in law against `order`: forum and window (limit and trigger)."""
    found = []
    for window in windows_for(order, closed_days):
        route = Route.REVIEW if window.what == REVIEW else Route.APPEAL
        found.append(RouteOption(route, FORUM_BY_RULE[window.rule_id], window))
    return found


def route_for(order, route: str, closed_days: frozenset = frozenset()) -> RouteOption | None:
    return next((r for r in routes_for(order, closed_days) if r.route == route), None)


def filed_in_time(option: RouteOption, filed_on: date) -> bool:
    """A filing on or before the window's last day (with holidays and outages rolled forward for the party's
    filing); always in time where the Act gives no period (s.111(1))."""
    return option.last_day is None or filed_on <= option.last_day


def review_order_allowed(option: RouteOption, decided_on: date) -> bool:
    """s.111(2) limits the Registrar's own power: a review ORDER after day 60 of communication is refused.
    Never moved by holidays or outages (the window's last day is the unrolled one)."""
    return option.route != Route.REVIEW or option.last_day is None or decided_on <= option.last_day


def service_target(forum: str, filed_on: date) -> date:
    return filed_on + timedelta(days=SERVICE_TARGET_DAYS[forum])


