"""The members' appeal against a cancellation (s.94(5),(7)), through the register of appeals (appeals/): one
register, no copy here.

- Recorded: an appeal in time against the cancellation order, filed online or entered from the paper in the
  register of appeals, moves the case to APPEAL_PENDING and the society to cancellation_appeal_pending in the
  filing's own transaction (a post_save receiver on appeals.Appeal: the register does not know liquidation), and
  clears the order's `takes_effect_after`: the order now waits for the Government (the effect sweeper never
  visits it).
- Allowed (or remanded): appeals.reversals.order_reverse calls this module's `@reversal_for`: the case is set aside
  and the society is registered again.
- Dismissed or modified (the order stands): once the State Government's order (appeals.state_government_order)
  has been communicated, the officer records the confirmation: in liquidation from that communication (s.94(7)).
- Recorded late, after the sweeper applied the effect (a paper appeal filed in time but entered afterwards): a
  Registrar's rectification order (ADR 0007, registrar.rectification) sets the effect aside on the real filing
  date; this module's `@rectifier` undoes it on its rows.
"""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from appeals.models import Appeal, CaseState, Outcome, Route
from appeals.reversals import reversal_for
from orders.models import Order
from registrar import activity
from registrar.rectification import rectifier
from societies.choices import LegalStatus
from societies.models import Society

from ..actions import CancellationAction
from ..models import WindingUp, WindingUpState
from ..orders import CANCELLATION
from .common import WRONG_STATE, check, d, lock

STILL_PENDING = _("An appeal against the order is still pending (%(number)s): the Government has not decided.")
NOT_CONFIRMED = _("No order of the State Government confirming the cancellation is recorded yet.")
NOT_COMMUNICATED = _("Record the communication of the State Government's order %(number)s to the society first: "
                     "the cancellation takes effect from it (s.94(7)).")
SET_ASIDE_SUMMARY = _("The cancellation is set aside; the society is registered again.")
# An order in the register with no winding-up case (entered from the papers): only the register changes.
NO_CASE_SUMMARY = _("The cancellation had not taken effect; set aside, it never will, and the society stays "
                    "registered.")
DISSOLVED = _("The society was dissolved on %(date)s; the cancellation can no longer be set aside here.")
RECT_NOT_IN_LIQUIDATION = _("The case is no longer in liquidation by this effect: nothing to set aside.")
RECT_LATE = _("The appeal's last day was %(last)s; an appeal filed on %(real)s was out of time and does not hold "
              "the order.")
RECT_NO_APPEAL = _("Record the members' appeal in the register of appeals first (filed on %(real)s): the "
                   "rectification rests on it.")
RECT_SUMMARY = _("The cancellation had not taken effect on %(on)s: a member's appeal was filed in time on "
                 "%(real)s. The order now waits for the State Government's decision.")
CONFIRMING = (Outcome.DISMISSED, Outcome.MODIFIED)


def _case_for_order(order_id: int) -> WindingUp | None:
    return (WindingUp.objects.select_for_update(of=("self",)).select_related("society")
            .filter(cancellation_order_id=order_id).first())


@receiver(post_save, sender=Appeal, dispatch_uid="liquidation_cancellation_appeal")
def _appeal_saved(sender, instance: Appeal, created: bool, raw: bool = False, **kwargs):
    if raw or not created or instance.route != Route.APPEAL or not instance.in_time:
        return
    if not Order.objects.filter(pk=instance.order_id, kind=CANCELLATION.code).exists():
        return
    cancellation_appeal_recorded(appeal=instance)


def cancellation_appeal_recorded(*, appeal: Appeal):
    """Inside the appeal's filing transaction. A case already in liquidation is left alone: that is the late
    appeal of the rectifier below. Further appeals against the same order change nothing more."""
    case = _case_for_order(appeal.order_id)
    if case is None or case.state != WindingUpState.CANCELLATION_ORDERED:
        return None
    society = Society.objects.select_for_update().get(pk=case.society_id)
    society.cancellation_appealed()
    society.save(update_fields=["legal_status"])
    case.appeal_recorded()
    case.save(update_fields=["state"])
    Order.objects.filter(pk=appeal.order_id).update(takes_effect_after=None)
    activity.record(CancellationAction.APPEAL_RECORDED, actor=appeal.entered_by or appeal.appellant,
                    society=society, target=case, data={"appeal": appeal.number, "filed_on": appeal.filed_on})
    return case


@transaction.atomic
def cancellation_confirm(*, winding_up_id: int, actor, today: date) -> WindingUp:
    """s.94(7): the State Government confirmed the order (appeal dismissed, or modified so far as the order
    stands) and its order was communicated to the society: the cancellation takes effect from that date."""
    case = lock(winding_up_id)
    check(actor, case.district_id)
    if case.state != WindingUpState.APPEAL_PENDING:
        raise ValidationError(WRONG_STATE, params={"state": case.get_state_display()})
    appeals = list(Appeal.objects.filter(order_id=case.cancellation_order_id, route=Route.APPEAL)
                   .select_related("decision_order").order_by("pk"))
    pending = [a for a in appeals if a.state in (CaseState.PENDING, CaseState.AWAITING_DELAY_ORDER)]
    if pending:
        raise ValidationError(STILL_PENDING, params={"number": pending[0].number})
    confirming = [a for a in appeals if a.state == CaseState.DECIDED and a.outcome in CONFIRMING]
    if not confirming:
        raise ValidationError(NOT_CONFIRMED)
    decision = confirming[-1].decision_order
    if decision.communicated_on is None:
        raise ValidationError(NOT_COMMUNICATED, params={"number": decision.number})
    on = decision.communicated_on
    order = Order.objects.select_for_update(of=("self",)).get(pk=case.cancellation_order_id)
    order.takes_effect_after, order.took_effect_on = on - timedelta(days=1), on
    order.save(update_fields=["takes_effect_after", "took_effect_on"])
    case.cancellation_order = order
    society = Society.objects.select_for_update().get(pk=case.society_id)
    society.cancellation_took_effect()
    society.save(update_fields=["legal_status"])
    case.take_effect()
    case.takes_effect_on = on
    case.save(update_fields=["state", "takes_effect_on"])
    activity.record(CancellationAction.CONFIRMED, actor=actor, society=society, target=case,
                    data={"number": order.number, "by": decision.number, "took_effect_on": on})
    return case


@reversal_for(CANCELLATION.code, description=_("The cancellation is set aside: the winding-up case closes and the "
                                               "society is registered again."))
def cancellation_reversed(order, *, by, actor, today) -> str:
    """appeals.reversals: the State Government allowed the appeal (or a review set the order aside)."""
    case = _case_for_order(order.pk)
    if case is None:
        return str(NO_CASE_SUMMARY)
    if case.state == WindingUpState.DISSOLVED:
        raise ValidationError(DISSOLVED, params={"date": d(case.dissolved_on)})
    society = Society.objects.select_for_update().get(pk=case.society_id)
    society.cancellation_set_aside()
    society.save(update_fields=["legal_status"])
    case.set_aside()
    case.save(update_fields=["state"])
    return str(SET_ASIDE_SUMMARY)


@rectifier(CancellationAction.TOOK_EFFECT,
           description=_("A cancellation took effect although a member's appeal was filed in time (s.94(5),(7)) "
                         "and recorded only afterwards: the order waits for the State Government again."))
def cancellation_effect_rectified(entry, *, real_date, order, actor, today) -> str:
    from .gazette import two_months

    case = (WindingUp.objects.select_for_update(of=("self",)).select_related("cancellation_order")
            .get(pk=int(entry.target.rsplit(":", 1)[1])))
    cancellation = case.cancellation_order
    if case.state != WindingUpState.IN_LIQUIDATION or cancellation.took_effect_on is None:
        raise ValidationError(RECT_NOT_IN_LIQUIDATION)
    last_day, _effect = two_months(case.gazette_published_on)
    if real_date > last_day:
        raise ValidationError(RECT_LATE, params={"last": d(last_day), "real": d(real_date)})
    if not Appeal.objects.filter(order=cancellation, route=Route.APPEAL, filed_on=real_date).exists():
        raise ValidationError(RECT_NO_APPEAL, params={"real": d(real_date)})
    took_effect_on = case.takes_effect_on
    # No model transition goes back from in_liquidation: only this order may (ADR 0007), on the locked rows.
    WindingUp.objects.filter(pk=case.pk).update(state=WindingUpState.APPEAL_PENDING, takes_effect_on=None)
    Order.objects.filter(pk=cancellation.pk).update(took_effect_on=None, takes_effect_after=None)
    Society.objects.filter(pk=case.society_id).update(legal_status=LegalStatus.CANCELLATION_APPEAL_PENDING)
    return str(RECT_SUMMARY) % {"on": d(took_effect_on), "real": d(real_date)}
