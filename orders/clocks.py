"""The clock of an order's own effect, declared once per effect rule by the module whose orders have one.

An order of cancellation takes effect two months after its publication (s.94(4), cancellation_takes_effect); a
supersession order and a demand certificate have effects of their own. The issuing module sets
`Order.takes_effect_after` (the last day before the effect: the effect falls the next day, like every clock's)
and declares, once, in its clocks.py:

    CANCELLATION_TAKES_EFFECT = order_effect_clock(
        name="cancellation_takes_effect", rule_id="cancellation_takes_effect", kinds=("liquidation.cancellation",),
        sweeper="cancellations_take_effect", order=70, effect=society_goes_into_liquidation,
        description="A cancellation takes effect two months after publication unless stayed (s.94(4)).")

The frame derives the sweeper, the board and the timeline from it (registrar.clocks). The clock is
`stayed_by=ITSELF`: while a stay of the order is in force its effect is held, and once vacated it falls on the
later of its legal date and the day after the stay ends (orders.stays, ADR 0032-stays). `effect(order, on)`
does the module's part (the society vests in the liquidator from `on`), inside the row's savepoint, after the
register has stamped `took_effect_on` and logged orders.took_effect.
"""

from collections.abc import Callable
from datetime import timedelta
from functools import partial

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.clocks import EFFECT, ITSELF, Clock, Expiry, declare

from .actions import OrderAction
from .models import Order

TAKES_EFFECT = _("Order %(number)s takes effect")


def _order_url(order) -> str:
    return reverse("order_detail", args=[order.pk])


def order_take_effect(order: Order, today, *, on, effect: Callable | None = None):
    """The order's own effect falls on `on` (the frame's effect date: the legal date, or the day after a stay
    ended). Row locked and re-checked by the frame; one activity entry."""
    legal_date = order.takes_effect_after + timedelta(days=1)
    order.took_effect_on = on
    order.save(update_fields=["took_effect_on"])
    activity.record(OrderAction.TOOK_EFFECT, actor=None, society=order.society, target=order,
                    data={"number": order.number, "legal_date": legal_date, "took_effect_on": on,
                          "held_by_stay": on != legal_date})
    lines = [f"{order.number}: took effect on {on:%d %b %Y}"
             + (f" (legal date {legal_date:%d %b %Y}, held by a stay)" if on != legal_date else "")]
    extra = effect(order, on) if effect is not None else None
    lines += [extra] if isinstance(extra, str) else list(extra or [])
    return lines


def order_effect_clock(*, name: str, rule_id: str, kinds: tuple[str, ...], sweeper: str, order: int,
                       description: str, effect: Callable | None = None) -> Clock:
    """Declare the clock of the own effect of orders of `kinds` (rules.yaml `rule_id`, an automatic effect)."""
    return declare(Clock(
        name=name, rule_id=rule_id, model=Order, due_field="takes_effect_after",
        # In force and not yet taken effect (order_effect_due_idx); an order set aside never takes effect.
        open=Q(kind__in=kinds, took_effect_on__isnull=True, takes_effect_after__isnull=False,
               set_aside_by__isnull=True, set_aside_on__isnull=True),
        district="district", society="society", related=("district", "society"),
        subject=lambda o: f"{o.number} · {o.subject}", url=_order_url,
        timeline_label=lambda o: gettext(TAKES_EFFECT) % {"number": o.number},
        met=Q(took_effect_on__isnull=False),
        expiry=Expiry(EFFECT, sweeper=sweeper, order=order, description=description, stayed_by=ITSELF,
                      apply=partial(order_take_effect, effect=effect), related=("district", "society")),
    ))
