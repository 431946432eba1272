"""The Gazette notice's two journeys (s.94(3), cancellation_gazette_forthwith): by registered post to the society
and to any affiliating society (each dispatch and its post reference recorded), and to the Government Press, whose
printing the officer records with the Gazette's number and DATE OF PUBLICATION. The two months of s.94(3)-(5) run
from that date, not from the portal's draft: the order's `published_on` (the members' appeal window, orders.windows)
and its `takes_effect_after` (the effect clock, liquidation.clocks) are stamped here.
"""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from appeals.outages import closed_days_between
from orders.models import Order
from orders.services import order_record_communication
from registrar import activity

from .. import cancellation_rules as rules
from ..actions import CancellationAction
from ..models import NoticePosting, WindingUpState
from .common import WRONG_STATE, check, d, lock

POSTED_IN_FUTURE = _("The date of posting cannot be after today.")
POSTED_BEFORE_ORDER = _("The notice cannot be posted before the order was made (%(date)s).")
REFERENCE_NEEDED = _("Give the registered-post reference.")
ADDRESSEE_NEEDED = _("Give the addressee's name and address.")
REFERENCE_TWICE = _("This registered-post reference is already recorded for this case.")
GAZETTE_NUMBER_NEEDED = _("Give the number of the Gazette that printed the notice.")
PUBLISHED_IN_FUTURE = _("The date of publication cannot be after today.")
PUBLISHED_BEFORE_ORDER = _("The Gazette cannot have published the notice before the order was made (%(date)s).")
ALREADY_PUBLISHED = _("The publication is already recorded: Gazette %(number)s of %(date)s.")

# How far ahead the closed days are read for the two months (with room for a run of holidays at the end).
SPAN_DAYS = 100


def claims_last_day(published_on: date) -> date:
    """s.94(3), liquidation_claims_2m: the claims' last day, rolled past the same closed days as the appeal's
    (a claim is a creditor's filing)."""
    from ..workspace_rules import claims_last_day as last_day

    return last_day(published_on, closed_days_between(published_on, published_on + timedelta(days=SPAN_DAYS)))


def two_months(published_on: date) -> tuple[date, date]:
    """(the members' appeal's last day, the day the order takes effect) for a publication date, with the office's
    holidays and portal outages (appeals.outages: the same closed days the register of appeals counts)."""
    closed = closed_days_between(published_on, published_on + timedelta(days=SPAN_DAYS))
    return rules.appeal_last_day(published_on, closed), rules.effect_date(published_on, closed)


@transaction.atomic
def notice_post_record(*, winding_up_id: int, actor, to: str, addressee: str, posted_on: date, reference: str,
                       today: date) -> NoticePosting:
    """One registered-post dispatch of the notice. The first to the society is also the order's communication
    (s.111: the review window runs from it), entered in the register of orders."""
    case = lock(winding_up_id)
    check(actor, case.district_id)
    if case.cancellation_order_id is None or case.state in (WindingUpState.DROPPED,):
        raise ValidationError(WRONG_STATE, params={"state": case.get_state_display()})
    order = case.cancellation_order
    reference, addressee = (reference or "").strip(), (addressee or "").strip()
    errors = {}
    if posted_on > today:
        errors["posted_on"] = POSTED_IN_FUTURE
    elif posted_on < order.made_on:
        errors["posted_on"] = ValidationError(POSTED_BEFORE_ORDER, params={"date": d(order.made_on)})
    if not reference:
        errors["reference"] = REFERENCE_NEEDED
    elif case.postings.filter(reference=reference).exists():
        errors["reference"] = REFERENCE_TWICE
    if not addressee:
        errors["addressee"] = ADDRESSEE_NEEDED
    if errors:
        raise ValidationError(errors)
    posting = NoticePosting.objects.create(winding_up=case, to=to, addressee=addressee[:300], posted_on=posted_on,
                                           reference=reference[:80], recorded_by=actor)
    if to == NoticePosting.To.SOCIETY and order.communicated_on is None:
        order_record_communication(order_id=order.pk, actor=actor, communicated_on=posted_on, reference=reference,
                                   today=today)
    activity.record(CancellationAction.NOTICE_POSTED, actor=actor, society=case.society, target=case,
                    data={"to": to, "posted_on": posted_on, "reference": reference})
    return posting


@transaction.atomic
def gazette_publication_record(*, winding_up_id: int, actor, gazette_number: str, published_on: date,
                               today: date):
    """The Official Gazette printed the notice on `published_on`: the two months start (s.94(3)-(5))."""
    case = lock(winding_up_id)
    check(actor, case.district_id)
    if case.state != WindingUpState.CANCELLATION_ORDERED:
        raise ValidationError(WRONG_STATE, params={"state": case.get_state_display()})
    if case.gazette_published_on is not None:
        raise ValidationError(ALREADY_PUBLISHED, params={"number": case.gazette_number,
                                                         "date": d(case.gazette_published_on)})
    gazette_number = (gazette_number or "").strip()
    order = Order.objects.select_for_update(of=("self",)).get(pk=case.cancellation_order_id)
    errors = {}
    if not gazette_number:
        errors["gazette_number"] = GAZETTE_NUMBER_NEEDED
    if published_on > today:
        errors["published_on"] = PUBLISHED_IN_FUTURE
    elif published_on < order.made_on:
        errors["published_on"] = ValidationError(PUBLISHED_BEFORE_ORDER, params={"date": d(order.made_on)})
    if errors:
        raise ValidationError(errors)
    appeal_last_day, effect_on = two_months(published_on)
    case.gazette_number, case.gazette_published_on = gazette_number[:60], published_on
    case.save(update_fields=["gazette_number", "gazette_published_on"])
    # The effect clock reads the order's last day before the effect (orders.clocks.order_effect_clock).
    order.published_on, order.takes_effect_after = published_on, effect_on - timedelta(days=1)
    order.save(update_fields=["published_on", "takes_effect_after"])
    case.cancellation_order = order
    activity.record(CancellationAction.GAZETTE_PUBLISHED, actor=actor, society=case.society, target=case,
                    data={"number": order.number, "gazette_number": gazette_number, "published_on": published_on,
                          "appeal_last_day": appeal_last_day, "takes_effect_on": effect_on})
    return case
