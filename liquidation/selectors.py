"""Reads of winding up (the cancellation part): the office's list, a case's two months, and the questions the
liquidator's workspace asks before acting (lifecycles.md §15 item 11: custody only until the order takes effect;
liquidation_paused_during_stay: no winding-up step while a stay is in force)."""

from datetime import date

from django.db.models import QuerySet

from orders.stays import is_stayed
from registrar.selectors import in_jurisdiction

from .models import WindingUp, WindingUpState


def in_effect(winding_up: WindingUp) -> bool:
    """The cancellation has taken effect: the society vests in the liquidator (s.94(4)), who may now distribute.
    Before it (cancellation_ordered, appeal pending) the liquidator has custody only."""
    return winding_up.state in (WindingUpState.IN_LIQUIDATION, WindingUpState.DISSOLVED) and \
        winding_up.takes_effect_on is not None


def is_paused(winding_up: WindingUp, today: date) -> bool:
    """s.95(2), liquidation_paused_during_stay: a stay of the cancellation order is in force today, so no
    winding-up step may be taken (custody of assets and records continues)."""
    return is_stayed(winding_up.cancellation_order, today) if winding_up.cancellation_order_id else False


def winding_up_list_for_officer(user) -> QuerySet:
    """Every winding-up case in the officer's jurisdiction, open ones first, with what the list shows."""
    qs = WindingUp.objects.select_related("society", "district", "cancellation_order", "liquidator")
    return in_jurisdiction(qs, user).order_by("-opened_on", "-pk")


def appeal_window(winding_up: WindingUp) -> tuple[date | None, date | None]:
    """(the members' appeal's last day, the day the order takes effect with no appeal); (None, None) before the
    Gazette publication."""
    if winding_up.gazette_published_on is None:
        return None, None
    from .services.gazette import two_months

    return two_months(winding_up.gazette_published_on)
