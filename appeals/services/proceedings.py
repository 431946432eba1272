"""Between filing and outcome: the forum's order on a delay, hearings (notice, adjournment with reasons, record)
and stays of the order appealed (s.111(4), through orders.services.stay_grant / stay_vacate, so the stayed
order's effects wait and then follow ADR 0032-stays' one dating rule; a deemed outcome against the Registrar is
never held: registrar.clocks.DEEMED_AGAINST_REGISTRAR)."""

from datetime import date, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from orders.naming import order_subject
from orders.services import order_issue, stay_grant, stay_vacate
from registrar import activity

from .. import orders as kinds
from ..actions import AppealAction
from ..models import Appeal, CaseState, Hearing
from .common import check, lock, notify_parties

REASONS_NEEDED = _("Record the reasons for the order.")
NOT_AWAITING_DELAY = _("This filing is not waiting for an order on delay.")
NOT_PENDING = _("Only a pending appeal can be heard (this one is: %(state)s).")
HEARING_IN_PAST = _("A hearing cannot be fixed for a day before today.")
PLACE_NEEDED = _("Say where the hearing is held.")
NOT_FIXED = _("Only a hearing that is fixed can be adjourned or held.")
HELD_IN_FUTURE = _("A hearing cannot be recorded as held before its day.")
RECORD_NEEDED = _("Write the record of the hearing: who appeared and what was heard.")
ADJOURN_REASON = _("Give the reason for the adjournment.")
NEXT_AFTER = _("The next hearing must be after %(day)s.")

DELAY_SUBJECT = _("%(number)s: order on the delay")
DELAY_BODY_PROCEED = _("The forum has ordered that %(number)s, filed out of time, proceeds: %(reasons)s")
DELAY_BODY_REFUSED = _("The forum has ordered that %(number)s, filed out of time, does not proceed: %(reasons)s")
HEARING_SUBJECT = _("%(number)s: hearing on %(on)s")
HEARING_BODY = _("%(number)s will be heard on %(on)s at %(at)s, %(place)s. %(video)s")
VIDEO_LINE = _("You may join by video: %(link)s")
ADJOURNED_SUBJECT = _("%(number)s: hearing adjourned to %(on)s")
ADJOURNED_BODY = _("The hearing of %(number)s is adjourned to %(on)s at %(at)s, %(place)s. Reason: %(reason)s")


def _d(day):
    return f"{day:%d %b %Y}"


def appeal_delay_decide(*, appeal_id: int, actor, proceed: bool, reasons: str, today: date):
    """The forum's recorded order on a filing out of time: it proceeds, or it does not. A numbered order."""
    reasons = (reasons or "").strip()
    with transaction.atomic():
        appeal = lock(appeal_id)
        check(actor, appeal)
        if appeal.state != CaseState.AWAITING_DELAY_ORDER:
            raise ValidationError(NOT_AWAITING_DELAY)
        if not reasons:
            raise ValidationError({"reasons": REASONS_NEEDED})
        order = order_issue(kind=kinds.DELAY_ORDER.code, made_on=today, target=appeal, society=appeal.society,
                            district=appeal.district, officer=actor, communicated_on=today,
                            subject=order_subject(appeal.appellant_name, f"{appeal.number}: delay"))
        if proceed:
            appeal.proceed_despite_delay(order=order, reasons=reasons)
        else:
            appeal.refuse_for_delay(order=order, reasons=reasons, on=today, by=actor)
        appeal.save()
        activity.record(AppealAction.DELAY_DECIDED, actor=actor, society=appeal.society, target=appeal,
                        data={"number": appeal.number, "order": order.number, "proceeds": proceed,
                              "reasons": reasons})
        notify_parties(appeal, key=f"appeal:{appeal.pk}:delay", subject=DELAY_SUBJECT,
                       body=DELAY_BODY_PROCEED if proceed else DELAY_BODY_REFUSED,
                       params={"number": appeal.number, "reasons": reasons})
    return appeal


def _notice(appeal, hearing, *, actor, today, key, subject, body, extra=None):
    notice = order_issue(kind=kinds.HEARING_NOTICE.code, made_on=today, target=hearing, society=appeal.society,
                         district=appeal.district, officer=actor, communicated_on=today,
                         subject=order_subject(appeal.appellant_name, f"{appeal.number}: hearing {_d(hearing.on)}"))
    hearing.notice = notice
    hearing.save(update_fields=["notice"])
    params = {"number": appeal.number, "on": _d(hearing.on), "at": f"{hearing.at:%H:%M}", "place": hearing.place,
              "video": gettext(VIDEO_LINE) % {"link": hearing.video_link} if hearing.video_link else "",
              **(extra or {})}
    notify_parties(appeal, key=key, subject=subject, body=body, params=params, sms=True)
    return notice


def hearing_fix(*, appeal_id: int, actor, on: date, at: time, place: str, today: date, video_link: str = ""
                ) -> Hearing:
    """Fix a dated hearing and send the notice (register letter, inbox, e-mail and SMS through the outbox)."""
    place = (place or "").strip()
    with transaction.atomic():
        appeal = lock(appeal_id)
        check(actor, appeal)
        if appeal.state != CaseState.PENDING:
            raise ValidationError(NOT_PENDING, params={"state": appeal.get_state_display()})
        if on < today:
            raise ValidationError({"on": HEARING_IN_PAST})
        if not place:
            raise ValidationError({"place": PLACE_NEEDED})
        hearing = Hearing(appeal=appeal, officer=actor, forum=appeal.forum, district=appeal.district, on=on, at=at,
                          place=place[:200], video_link=(video_link or "").strip())
        hearing.full_clean(exclude=["appeal", "dispute", "officer", "district", "notice"])
        hearing.save()
        _notice(appeal, hearing, actor=actor, today=today, key=f"hearing:{hearing.pk}:notice",
                subject=HEARING_SUBJECT, body=HEARING_BODY)
        activity.record(AppealAction.HEARING_FIXED, actor=actor, society=appeal.society, target=appeal,
                        data={"number": appeal.number, "on": on, "at": f"{at:%H:%M}", "place": hearing.place,
                              "video": bool(hearing.video_link)})
    return hearing


def _lock_hearing(hearing_id: int, actor) -> tuple[Hearing, object]:
    hearing = Hearing.objects.select_for_update(of=("self",)).get(pk=hearing_id)
    appeal = lock(hearing.appeal_id)
    check(actor, appeal)
    if hearing.state != Hearing.State.FIXED:
        raise ValidationError(NOT_FIXED)
    return hearing, appeal


def hearing_adjourn(*, hearing_id: int, actor, reason: str, next_on: date, next_at: time, today: date) -> Hearing:
    """Adjourn with reasons to a new dated hearing (a new row, with its own notice)."""
    reason = (reason or "").strip()
    with transaction.atomic():
        hearing, appeal = _lock_hearing(hearing_id, actor)
        if not reason:
            raise ValidationError({"reason": ADJOURN_REASON})
        if next_on <= hearing.on or next_on < today:
            raise ValidationError({"next_on": ValidationError(NEXT_AFTER, params={"day": _d(hearing.on)})})
        hearing.state, hearing.adjourned_reason = Hearing.State.ADJOURNED, reason
        hearing.save(update_fields=["state", "adjourned_reason"])
        following = Hearing.objects.create(appeal=appeal, officer=actor, forum=hearing.forum,
                                           district=hearing.district, on=next_on, at=next_at, place=hearing.place,
                                           video_link=hearing.video_link)
        _notice(appeal, following, actor=actor, today=today, key=f"hearing:{following.pk}:notice",
                subject=ADJOURNED_SUBJECT, body=ADJOURNED_BODY, extra={"reason": reason})
        activity.record(AppealAction.HEARING_ADJOURNED, actor=actor, society=appeal.society, target=appeal,
                        data={"number": appeal.number, "from": hearing.on, "to": next_on, "reason": reason})
    return following


def hearing_hold(*, hearing_id: int, actor, record: str, today: date) -> Hearing:
    record = (record or "").strip()
    with transaction.atomic():
        hearing, appeal = _lock_hearing(hearing_id, actor)
        if hearing.on > today:
            raise ValidationError(HELD_IN_FUTURE)
        if not record:
            raise ValidationError({"record": RECORD_NEEDED})
        hearing.state, hearing.record = Hearing.State.HELD, record
        hearing.save(update_fields=["state", "record"])
        activity.record(AppealAction.HEARING_HELD, actor=actor, society=appeal.society, target=appeal,
                        data={"number": appeal.number, "on": hearing.on})
    return hearing


def appeal_stay(*, appeal_id: int, actor, reasons: str, granted_on: date, today: date):
    """s.111(4): stay the order appealed while the appeal is pending (orders.services.stay_grant does the rest:
    one stay in force, not before the order, not after its effect fell)."""
    appeal = Appeal.objects.select_related("order").get(pk=appeal_id)
    check(actor, appeal)
    if not appeal.is_open:
        raise ValidationError(NOT_PENDING, params={"state": appeal.get_state_display()})
    return stay_grant(order_id=appeal.order_id, actor=actor, granted_on=granted_on, today=today,
                      pending=f"{appeal.get_route_display()} {appeal.number}"[:200], reasons=reasons)


def appeal_stay_vacate(*, appeal_id: int, actor, vacated_on: date, today: date):
    appeal = Appeal.objects.get(pk=appeal_id)
    check(actor, appeal)
    return stay_vacate(order_id=appeal.order_id, actor=actor, vacated_on=vacated_on, today=today)
