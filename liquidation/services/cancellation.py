"""From the resolution or the show-cause notice to the cancellation order (s.94(1)-(2), s.95(1)).

Voluntary: the secretary files the general meeting's resolution (three fourths of the members present, dissolution
in the circulated agenda; a bank with the RBI/NABARD sanction, s.116) and the case waits for the Registrar.
Compulsory: the Registrar, only after an inquiry (s.87) or inspection (s.88) whose report is in, on a ground of
s.94(2) — or where s.116 or s.147 makes winding up mandatory (then no inquiry is needed: lifecycles.md §11
DEFAULT) — issues a show-cause notice; the society's reply (or its silence by the date fixed) precedes the order.
The order names the liquidator, is entered in the register of orders, and its Gazette notice is ready at once
(liquidation.documents, liquidation.gazette.jsonld).
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from audit.inquiry.models import InquiryCase, InquiryState, Inspection, InspectionState
from orders.naming import order_subject
from orders.services import order_issue
from registrar import activity
from societies.choices import LegalStatus
from societies.governance.permissions import is_secretary
from societies.models import Society

from .. import cancellation_rules as rules
from ..actions import CancellationAction
from ..models import CancellationRecord, Ground, WindingUp, WindingUpRoute, WindingUpState
from ..models.cancellation import MANDATORY_GROUNDS
from ..models.case import OPEN_STATES
from ..orders import APPOINTMENT, CANCELLATION, SHOW_CAUSE
from .common import WRONG_STATE, check, d, lock
from .order_notices import notify_cancellation_order

NOT_SECRETARY = _("Only the society's secretary may file its resolution.")
NOT_REGISTERED = _("Only a registered society can be wound up; this one is: %(status)s.")
ALREADY_OPEN = _("A winding-up case is already open for this society.")
MEETING_IN_FUTURE = _("The meeting cannot be after today.")
NO_INQUIRY = _("A compulsory cancellation needs an inquiry (s.87) or an inspection (s.88) held first (s.94(2)): "
               "link one.")
NO_REPORT = _("The inquiry or inspection linked has no report yet: the order must follow its report (s.94(2)).")
OTHER_SOCIETY = _("The inquiry or inspection linked is about another society.")
GROUND_NEEDED = _("Choose the ground of s.94(2), or the section that makes winding up mandatory.")
REPLY_BY_PAST = _("The date for the society's reply must be after today.")
REPLY_IN_FUTURE = _("The reply cannot be received after today.")
REPLY_BEFORE_NOTICE = _("The reply cannot be received before the notice was issued (%(date)s).")
REPLY_NEEDED = _("Write what the society replied, or record that no reply came.")
SILENCE_TOO_EARLY = _("The society has until %(date)s to reply; its silence can be recorded only after that day.")
NO_REPLY_YET = _("The society's reply to the show-cause notice (or its silence after %(date)s) must be recorded "
                 "before a compulsory order.")
LIQUIDATOR_NEEDED = _("Name the liquidator (s.95(1)).")
ORDER_BEFORE_REPORT = _("The order cannot be dated before the report it rests on (%(date)s).")
REASONS_NEEDED = _("State the grounds of the order.")

REPORT_STATES = {"inquiry": (InquiryState.COMPLETED, InquiryState.COMMUNICATED, InquiryState.PLACED),
                 "inspection": (InspectionState.RESULT_COMMUNICATED, InspectionState.PLACED)}
ROUTE_FOR_GROUND = {Ground.BANK_LICENCE: WindingUpRoute.BANK_SANCTION, Ground.RESERVE_BANK: WindingUpRoute.RESERVE_BANK}


def _society_for_case(society_id: int) -> Society:
    society = Society.objects.select_for_update().select_related("district").get(pk=society_id)
    if society.legal_status != LegalStatus.REGISTERED:
        raise ValidationError(NOT_REGISTERED, params={"status": society.get_legal_status_display()})
    if WindingUp.objects.filter(society=society, state__in=OPEN_STATES).exists():
        raise ValidationError(ALREADY_OPEN)
    return society


def is_bank(society) -> bool:
    return society.society_type == "cooperative_bank"


@transaction.atomic
def resolution_file(*, society_id: int, actor, meeting_on: date, members_present: int, votes_for: int,
                    agenda_circulated: bool, resolution_text: str, today: date, bank_sanction_reference: str = "",
                    bank_sanction_on: date | None = None) -> WindingUp:
    """s.94(1): the society applies for its dissolution on its general meeting's resolution."""
    society = Society.objects.select_related("district").get(pk=society_id)
    if not is_secretary(actor, society):
        raise PermissionDenied(NOT_SECRETARY)
    society = _society_for_case(society_id)
    errors = rules.resolution_errors(members_present=members_present, votes_for=votes_for,
                                     agenda_circulated=agenda_circulated, is_bank=is_bank(society),
                                     bank_sanction_reference=bank_sanction_reference or "",
                                     bank_sanction_on=bank_sanction_on)
    if meeting_on > today:
        errors["meeting_on"] = MEETING_IN_FUTURE
    if errors:
        raise ValidationError(errors)
    case = WindingUp(society=society, district=society.district, route=WindingUpRoute.VOLUNTARY,
                     state=WindingUpState.RESOLUTION_FILED, opened_on=today, grounds=resolution_text.strip())
    case.save()
    CancellationRecord.objects.create(
        winding_up=case, meeting_on=meeting_on, members_present=members_present, votes_for=votes_for,
        agenda_circulated=True, resolution_text=resolution_text.strip(), filed_by=actor,
        bank_sanction_reference=(bank_sanction_reference or "").strip(), bank_sanction_on=bank_sanction_on)
    activity.record(CancellationAction.RESOLUTION_FILED, actor=actor, society=society, target=case,
                    data={"meeting_on": meeting_on, "members_present": members_present, "votes_for": votes_for})
    return case


def _check_report(society, *, inquiry_id, inspection_id):
    """The inquiry or inspection the compulsory order rests on, with its report date (compulsory_cancellation_
    after_inquiry: 'order date must follow the inquiry/inspection report')."""
    if inquiry_id:
        inquiry = InquiryCase.objects.get(pk=inquiry_id)
        if inquiry.society_id != society.pk:
            raise ValidationError({"inquiry": OTHER_SOCIETY})
        if inquiry.state not in REPORT_STATES["inquiry"] or inquiry.completed_on is None:
            raise ValidationError({"inquiry": NO_REPORT})
        return inquiry, None
    if inspection_id:
        inspection = Inspection.objects.get(pk=inspection_id)
        if inspection.society_id != society.pk:
            raise ValidationError({"inspection": OTHER_SOCIETY})
        if inspection.state not in REPORT_STATES["inspection"] or inspection.result_communicated_on is None:
            raise ValidationError({"inspection": NO_REPORT})
        return None, inspection
    return None, None


def report_date(case: WindingUp) -> date | None:
    if case.inquiry_id:
        return case.inquiry.completed_on
    if case.inspection_id:
        return case.inspection.result_communicated_on
    return None


@transaction.atomic
def show_cause_issue(*, society_id: int, actor, ground: str, grounds: str, reply_by: date, today: date,
                     inquiry_id: int | None = None, inspection_id: int | None = None) -> WindingUp:
    """s.94(2): the notice to show cause why the registration should not be cancelled."""
    society = Society.objects.select_related("district").get(pk=society_id)
    check(actor, society.district_id)
    society = _society_for_case(society_id)
    if ground not in Ground.values:
        raise ValidationError({"ground": GROUND_NEEDED})
    if not (grounds or "").strip():
        raise ValidationError({"grounds": REASONS_NEEDED})
    inquiry, inspection = _check_report(society, inquiry_id=inquiry_id, inspection_id=inspection_id)
    if ground not in MANDATORY_GROUNDS and inquiry is None and inspection is None:
        raise ValidationError({"inquiry": NO_INQUIRY})
    if reply_by <= today:
        raise ValidationError({"reply_by": REPLY_BY_PAST})
    case = WindingUp(society=society, district=society.district,
                     route=ROUTE_FOR_GROUND.get(ground, WindingUpRoute.COMPULSORY),
                     state=WindingUpState.RESOLUTION_FILED, opened_on=today, inquiry=inquiry, inspection=inspection,
                     grounds=grounds.strip())
    case.save()  # saved first: the transition log (django-fsm-log) needs the row
    case.show_cause()
    case.save(update_fields=["state"])
    notice = order_issue(kind=SHOW_CAUSE.code, made_on=today, target=case, society=society, officer=actor,
                         subject=order_subject(society.name, "show cause against cancellation"))
    CancellationRecord.objects.create(winding_up=case, ground=ground, show_cause=notice, reply_by=reply_by)
    activity.record(CancellationAction.SHOW_CAUSE_ISSUED, actor=actor, society=society, target=case,
                    data={"number": notice.number, "ground": ground, "reply_by": reply_by,
                          "inquiry": inquiry.pk if inquiry else None,
                          "inspection": inspection.pk if inspection else None})
    return case


@transaction.atomic
def reply_record(*, winding_up_id: int, actor, today: date, reply_on: date | None = None, reply_text: str = "",
                 no_reply: bool = False) -> WindingUp:
    """The society's reply to the show-cause notice, or its silence once the date fixed has passed."""
    case = lock(winding_up_id)
    check(actor, case.district_id)
    if case.state != WindingUpState.SHOW_CAUSE:
        raise ValidationError(WRONG_STATE, params={"state": case.get_state_display()})
    record = CancellationRecord.objects.select_for_update(of=("self",)).select_related("show_cause").get(winding_up=case)
    if no_reply:
        if today <= record.reply_by:
            raise ValidationError(SILENCE_TOO_EARLY, params={"date": d(record.reply_by)})
        record.no_reply, record.reply_on, record.reply_text = True, None, ""
    else:
        if reply_on is None or not (reply_text or "").strip():
            raise ValidationError({"reply_text": REPLY_NEEDED})
        if reply_on > today:
            raise ValidationError({"reply_on": REPLY_IN_FUTURE})
        if reply_on < record.show_cause.made_on:
            raise ValidationError({"reply_on": ValidationError(REPLY_BEFORE_NOTICE,
                                                               params={"date": d(record.show_cause.made_on)})})
        record.no_reply, record.reply_on, record.reply_text = False, reply_on, reply_text.strip()
    record.save(update_fields=["no_reply", "reply_on", "reply_text"])
    activity.record(CancellationAction.REPLY_RECORDED, actor=actor, society=case.society, target=case,
                    data={"reply_on": record.reply_on, "no_reply": record.no_reply})
    return case


@transaction.atomic
def cancellation_drop(*, winding_up_id: int, actor, reasons: str, today: date) -> WindingUp:
    """The Registrar accepts the society's reply, or refuses the society's application: no order."""
    case = lock(winding_up_id)
    check(actor, case.district_id)
    if not (reasons or "").strip():
        raise ValidationError({"reasons": REASONS_NEEDED})
    case.drop()
    case.save()
    activity.record(CancellationAction.DROPPED, actor=actor, society=case.society, target=case,
                    data={"reasons": reasons.strip(), "on": today})
    return case


@transaction.atomic
def cancellation_order(*, winding_up_id: int, actor, liquidator_id: int | None, grounds: str, today: date,
                       affiliating_society_id: int | None = None) -> WindingUp:
    """s.94(1)-(2), s.95(1): the order cancelling the registration, naming the liquidator. The society is
    `cancellation_ordered` at once; the order takes effect only later (s.94(4): liquidation.clocks)."""
    case = lock(winding_up_id)
    check(actor, case.district_id)
    if case.state not in (WindingUpState.RESOLUTION_FILED, WindingUpState.SHOW_CAUSE):
        raise ValidationError(WRONG_STATE, params={"state": case.get_state_display()})
    record = CancellationRecord.objects.select_for_update().get(winding_up=case)
    if not (grounds or "").strip():
        raise ValidationError({"grounds": REASONS_NEEDED})
    if case.state == WindingUpState.SHOW_CAUSE and not (record.no_reply or record.reply_on):
        raise ValidationError(NO_REPLY_YET, params={"date": d(record.reply_by)})
    if case.route == WindingUpRoute.COMPULSORY:
        if case.inquiry_id is None and case.inspection_id is None:
            raise ValidationError(NO_INQUIRY)
        reported = report_date(case)
        if reported is None:
            raise ValidationError(NO_REPORT)
        if today < reported:
            raise ValidationError(ORDER_BEFORE_REPORT, params={"date": d(reported)})
    liquidator = get_user_model().objects.filter(pk=liquidator_id, is_active=True).first() if liquidator_id else None
    if liquidator is None:
        raise ValidationError({"liquidator": LIQUIDATOR_NEEDED})
    society = Society.objects.select_for_update().get(pk=case.society_id)
    society.cancellation_ordered()
    society.save(update_fields=["legal_status"])
    case.order_cancellation()
    case.liquidator, case.liquidator_appointed_on = liquidator, today
    case.grounds = grounds.strip()
    order = order_issue(kind=CANCELLATION.code, made_on=today, target=case, society=society, officer=actor,
                        subject=order_subject(society.name, "cancellation of registration"))
    # s.111(5): a bank wound up with the Reserve Bank's sanction has no appeal (orders.windows).
    if case.route in (WindingUpRoute.BANK_SANCTION, WindingUpRoute.RESERVE_BANK) or record.bank_sanction_reference:
        order.rbi_sanctioned = True
        order.save(update_fields=["rbi_sanctioned"])
    case.cancellation_order = order
    case.save()
    record.appointment = order_issue(kind=APPOINTMENT.code, made_on=today, target=case, society=society,
                                     officer=actor, subject=order_subject(society.name, "appointment of the liquidator"))
    if affiliating_society_id:
        record.affiliating_society = Society.objects.get(pk=affiliating_society_id)
    record.save(update_fields=["appointment", "affiliating_society"])
    activity.record(CancellationAction.CANCELLATION_ORDERED, actor=actor, society=society, target=case,
                    data={"number": order.number, "route": case.route, "liquidator": liquidator.get_full_name()
                          or liquidator.username, "gazette_by": rules.gazette_target_day(today)})
    notify_cancellation_order(case, order, gazette_by=rules.gazette_target_day(today))
    return case
