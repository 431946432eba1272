"""Writing the register: issuing an order, recording its communication, setting it aside, staying it.

`order_issue` is called by the deciding module's own service, inside its transaction, after its transition: the
module's activity entry records the decision, so issuing writes none of its own. Every other function here is a
state change of the register and writes exactly one activity entry in its transaction.
"""

from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.capabilities import Act, may
from registrar.numbering import next_number
from registrar.selectors import officer_for

from .actions import OrderAction
from .kinds import get_kind
from .models import Order, Stay
from .naming import counter_series, format_order_number

COMMUNICATION_IN_FUTURE = _("The date of communication cannot be after today.")
COMMUNICATION_BEFORE_MADE = _("The date of communication cannot be before the order was made (%(made)s).")
COMMUNICATION_ALREADY = _("The date of communication of this order is already recorded (%(date)s).")
REFERENCE_NEEDED = _("Give the registered-post or delivery reference of the dispatch.")
NOT_ALLOWED = _("You may not do this for an order outside your jurisdiction or rank.")
STAY_NOT_DECISION = _("Only a decision can be stayed; this letter decides nothing.")
STAY_SET_ASIDE = _("This order has been set aside; there is nothing to stay.")
STAY_ALREADY = _("This order is already stayed (from %(date)s).")
STAY_IN_FUTURE = _("A stay cannot start after today.")
STAY_BEFORE_ORDER = _("A stay cannot start before the order was made (%(made)s).")
VACATE_BEFORE_STAY = _("A stay cannot be vacated before it was granted (%(date)s).")
VACATE_IN_FUTURE = _("A stay cannot be vacated after today.")
STAY_NOTHING_PENDING = _("This order can be neither reviewed nor appealed; there is nothing a stay could be "
                         "pending.")
STAY_OVERLAPS = _("A stay cannot start on or before the day the previous stay ended (%(date)s).")
STAY_AFTER_EFFECT = _("This order took effect on %(date)s; a stay from that day or earlier cannot hold an effect "
                      "that has already fallen.")
NO_STAY = _("This order is not stayed.")


def order_number(kind, district, year: int) -> str:
    """SERIES/DISTRICT/YEAR/NNNNNN, or SERIES/RCS/YEAR/NNNNNN for a statewide series; gap-free per series."""
    if kind.statewide or district is None:
        return format_order_number(kind.series, None, year, next_number(counter_series(kind.series), None, year))
    return format_order_number(kind.series, district.code, year,
                               next_number(counter_series(kind.series), district, year))


def order_issue(*, kind: str, subject: str, made_on: date, target=None, society=None, district=None, officer=None,
                number: str | None = None, communicated_on: date | None = None, reference: str = "",
                section: str | None = None, rule_id: str | None = None, pdf: bytes | None = None,
                received_on: date | None = None, token: str | None = None) -> Order:
    """Enter a decision or letter in the register (inside the caller's transaction). `number` only for a series
    numbered elsewhere (a certificate carries the society's registration number); `token` only for a record
    that already has one printed (a certificate's QR code keeps verifying)."""
    order_kind = get_kind(kind)
    district = district or (society.district if society is not None else None)
    profile = officer_for(officer) if officer is not None else None
    order = Order(
        number=number or order_number(order_kind, district, made_on.year), series=order_kind.series, kind=kind,
        issuer=order_kind.issuer, decides=order_kind.decides,
        section=order_kind.section if section is None else section,
        rule_id=order_kind.rule_id if rule_id is None else rule_id,
        subject=subject[:300], society=society, district=district, officer=officer,
        officer_rank=profile.rank if profile else "", made_on=made_on, communicated_on=communicated_on,
        communication_reference=reference, received_on=received_on,
        reviewable=order_kind.reviewable, appealable=order_kind.appealable,
    )
    if token:
        order.token = token
    if target is not None:
        order.target_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
        order.target_id = target.pk
    order.full_clean(exclude=["pdf", "target_type", "society", "district", "officer"])
    order.save()
    if pdf is not None:
        order.pdf.save(f"{order.pk}.pdf", ContentFile(pdf), save=False)
        order.save(update_fields=["pdf"])
    return order


def orders_for(target) -> list[Order]:
    """The register's entries about one record, oldest first."""
    content_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
    return list(Order.objects.filter(target_type=content_type, target_id=target.pk).order_by("made_on", "pk"))


def order_for(target, kind: str) -> Order | None:
    content_type = ContentType.objects.get_for_model(target, for_concrete_model=False)
    return Order.objects.filter(target_type=content_type, target_id=target.pk, kind=kind).first()


def _lock(order_id: int) -> Order:
    return Order.objects.select_for_update(of=("self",)).select_related("district", "society").get(pk=order_id)


def _check(actor, act: Act, order: Order) -> None:
    if not may(actor, act, order.district_id):
        raise PermissionDenied(NOT_ALLOWED)


def check_communication(order: Order, communicated_on: date, today: date) -> None:
    if communicated_on > today:
        raise ValidationError({"communicated_on": COMMUNICATION_IN_FUTURE})
    if communicated_on < order.made_on:
        raise ValidationError({"communicated_on": ValidationError(COMMUNICATION_BEFORE_MADE,
                                                                  params={"made": f"{order.made_on:%d %b %Y}"})})


def order_record_communication(*, order_id: int, actor, communicated_on: date, reference: str, today: date) -> Order:
    """The officer enters the dispatch date and the registered-post or delivery reference. Once recorded it is
    the start of the order's windows and is not changed here (a wrong date is corrected by rectification)."""
    with transaction.atomic():
        order = _lock(order_id)
        _check(actor, Act.RECORD_COMMUNICATION, order)
        if order.communicated_on is not None:
            raise ValidationError({"communicated_on": ValidationError(
                COMMUNICATION_ALREADY, params={"date": f"{order.communicated_on:%d %b %Y}"})})
        check_communication(order, communicated_on, today)
        reference = (reference or "").strip()
        if not reference:
            raise ValidationError({"reference": REFERENCE_NEEDED})
        order.communicated_on, order.communication_reference = communicated_on, reference[:80]
        order.communication_recorded = True
        order.save(update_fields=["communicated_on", "communication_reference", "communication_recorded"])
        activity.record(OrderAction.COMMUNICATION_RECORDED, actor=actor, society=order.society, target=order,
                        data={"number": order.number, "communicated_on": communicated_on, "reference": reference})
    return order


def order_set_aside(order: Order, *, by: Order | None, on: date, actor=None) -> Order:
    """Mark `order` set aside by the order `by` (a review, an appeal, a rectification). Inside the caller's
    transaction; one activity entry. `by=None` when the office's own review (s.111(2)) sets it aside without a
    numbered order of its own (a refused registration reopened on review): the entry names the actor."""
    order = _lock(order.pk)
    order.set_aside_by, order.set_aside_on = by, on
    order.save(update_fields=["set_aside_by", "set_aside_on"])
    activity.record(OrderAction.SET_ASIDE, actor=actor, society=order.society, target=order,
                    data={"number": order.number, "by": by.number if by is not None else "", "on": on})
    return order


def stay_grant(*, order_id: int, actor, granted_on: date, pending: str, reasons: str, today: date) -> Stay:
    """s.111(4): stay one order pending its review or appeal. The stay is in force from `granted_on` (today or
    earlier: the stay order may reach the office after it was made) until it is vacated."""
    with transaction.atomic():
        order = _lock(order_id)
        _check(actor, Act.STAY_ORDER, order)
        if not order.decides:
            raise ValidationError(STAY_NOT_DECISION)
        if not order.in_force:
            raise ValidationError(STAY_SET_ASIDE)
        if not (order.reviewable or order.appealable):
            raise ValidationError(STAY_NOTHING_PENDING)
        current = order.stays.filter(vacated_on__isnull=True).first()
        if current is not None:
            raise ValidationError(STAY_ALREADY, params={"date": f"{current.granted_on:%d %b %Y}"})
        if granted_on > today:
            raise ValidationError({"granted_on": STAY_IN_FUTURE})
        if granted_on < order.made_on:
            raise ValidationError({"granted_on": ValidationError(STAY_BEFORE_ORDER,
                                                                 params={"made": f"{order.made_on:%d %b %Y}"})})
        previous = order.stays.order_by("-vacated_on").first()
        if previous is not None and granted_on <= previous.vacated_on:
            raise ValidationError({"granted_on": ValidationError(
                STAY_OVERLAPS, params={"date": f"{previous.vacated_on:%d %b %Y}"})})
        # A backdated stay must not claim to have held an effect the sweeper already applied (ADR 0032-stays).
        if order.took_effect_on is not None and granted_on <= order.took_effect_on:
            raise ValidationError({"granted_on": ValidationError(
                STAY_AFTER_EFFECT, params={"date": f"{order.took_effect_on:%d %b %Y}"})})
        stay = Stay(order=order, granted_on=granted_on, granted_by=actor, pending=pending.strip(),
                    reasons=reasons.strip())
        stay.full_clean(exclude=["order", "granted_by"])
        stay.save()
        activity.record(OrderAction.STAY_GRANTED, actor=actor, society=order.society, target=order,
                        data={"number": order.number, "granted_on": granted_on, "pending": stay.pending})
    return stay


def stay_vacate(*, order_id: int, actor, vacated_on: date, today: date) -> Stay:
    """End the stay in force. Held effects then fall on the later of their legal date and the next day."""
    with transaction.atomic():
        order = _lock(order_id)
        _check(actor, Act.STAY_ORDER, order)
        stay = order.stays.select_for_update().filter(vacated_on__isnull=True).first()
        if stay is None:
            raise ValidationError(NO_STAY)
        if vacated_on > today:
            raise ValidationError({"vacated_on": VACATE_IN_FUTURE})
        if vacated_on < stay.granted_on:
            raise ValidationError({"vacated_on": ValidationError(
                VACATE_BEFORE_STAY, params={"date": f"{stay.granted_on:%d %b %Y}"})})
        stay.vacated_on, stay.vacated_by = vacated_on, actor
        stay.save(update_fields=["vacated_on", "vacated_by"])
        activity.record(OrderAction.STAY_VACATED, actor=actor, society=order.society, target=order,
                        data={"number": order.number, "vacated_on": vacated_on})
    return stay
