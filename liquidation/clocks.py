"""The day a cancellation takes effect (s.94(4),(6); rules.yaml cancellation_takes_effect), declared once on the
register of orders (orders.clocks.order_effect_clock).

With no appeal recorded, the order takes effect when the members' appeal window has run out: the Gazette service
stamps `Order.takes_effect_after` with the appeal's last day (a filing, rolled past closed days), and the frame's
sweeper `cancellations_take_effect` moves the case to IN_LIQUIDATION and the society to in_liquidation dated on
that legal day however late it runs, one row at a time (a bad row becomes a sweep problem, the others go on),
idempotently (took_effect_on). A stay of the order holds the effect and it falls on the later of its legal date and
the day after the stay ends (stayed_by=ITSELF; liquidation_paused_during_stay, lifecycles.md §15 item 24). An
appeal recorded in time clears `takes_effect_after` (liquidation.services.appeal): the order then waits for the
State Government's decision (s.94(7)) and the sweeper never visits it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from orders.clocks import order_effect_clock
from registrar import activity
from societies.models import Society

from .actions import CancellationAction
from .models import WindingUp, WindingUpState
from .orders import CANCELLATION

NOT_PENDING = _("The winding-up case of order %(number)s is %(state)s: the effect cannot fall.")


def society_goes_into_liquidation(order, on):
    """The module's part of the effect, inside the row's savepoint after the register stamped took_effect_on."""
    case = WindingUp.objects.select_for_update(of=("self",)).filter(cancellation_order=order).first()
    if case is None:
        # An order entered in the register from the papers with no case (appeals' demo, say): the register alone.
        return f"{order.number}: no winding-up case recorded; the society's status is unchanged"
    if case.state != WindingUpState.CANCELLATION_ORDERED:
        raise ValidationError(NOT_PENDING % {"number": order.number, "state": case.get_state_display()})
    society = Society.objects.select_for_update().get(pk=case.society_id)
    society.cancellation_took_effect()
    society.save(update_fields=["legal_status"])
    case.take_effect()
    case.takes_effect_on = on
    case.save(update_fields=["state", "takes_effect_on"])
    activity.record(CancellationAction.TOOK_EFFECT, actor=None, society=society, target=case,
                    data={"number": order.number, "took_effect_on": on, "published_on": order.published_on})
    return f"{society.name}: in liquidation from {on:%d %b %Y}"


CANCELLATION_TAKES_EFFECT = order_effect_clock(
    name="cancellation_takes_effect", rule_id="cancellation_takes_effect", kinds=(CANCELLATION.code,),
    sweeper="cancellations_take_effect", order=70, effect=society_goes_into_liquidation,
    description="A cancellation with no appeal takes effect when the members' two months have run out, unless "
                "stayed (s.94(4),(6)); the society goes into liquidation on that day.")
