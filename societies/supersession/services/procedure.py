"""The supersession procedure of s.125, in the Act's order (lifecycles.md §9), one service per step:

1. supersession_open: the Registrar's opinion that a ground exists opens an inquiry (s.87) or inspection (s.88)
   through the inquiry module's own-motion route; the Reserve Bank routes (s.4A, s.146(1)) open none.
2. supersession_call_objections: on the report (the inquiry's findings or the inspection's result recorded), the
   society is given the opportunity to state its objections (letter; lifecycles.md §9 DEFAULT 15 days).
3. supersession_record_objections: what the society said (or that it said nothing by the day given).
4. supersession_forward_report: after considering them, the report goes to the society (letter).
5. supersession_record_receipt: the society's receipt: its 60 days to act start (supersession_report_action_60d,
   §15 item 12), before the AGM if one is due within them, else a special general meeting.
6. supersession_record_action: the society acted: the case closes without supersession.
Or supersession_drop. The order itself is services/order.py, whose guard is `supersede_refusal` below.
Nothing fires automatically: the clocks (clocks.py) remind and escalate only.
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from orders.services import order_issue
from registrar import activity, bounds
from registrar.calendar import add_days
from registrar.capabilities import Act, may
from registrar.statute import due
from societies.choices import GovernanceStatus, LegalStatus
from societies.models import Society

from .. import evidence as evidence_checks
from ..actions import SupersessionAction
from ..grounds import ground_error, is_pacs, skips_inquiry
from ..models import OPEN_STATES, Ground, Supersession, SupersessionState
from ..orders import OBJECTIONS_CALL, REPORT_FORWARDED

ACTION_RULE = "supersession_report_action_60d"
RBI_ADVICE_RULE = "rbi_advice_administrator_liquidator_1m"
OBJECTION_DAYS = 15  # lifecycles.md §9: the time for objections is SILENT; DEFAULT 15 days (the officer may change)
INQUIRY, INSPECTION = "inquiry", "inspection"
AGM, SPECIAL_GM = "agm", "special"

NOT_REGISTRAR = _("Only the Registrar, an Additional, Joint or Deputy Registrar may do this (s.125).")
NOT_ALLOWED = _("Only the ARCS of the district or an officer above may do this.")
OPINION_NEEDED = _("Record the opinion: what the Board did or failed to do, and why it is a ground of s.125.")
GROUND_NEEDED = _("Choose the ground.")
ROUTE_NEEDED = _("Choose whether the opinion opens an inquiry (s.87) or an inspection (s.88).")
SUBJECT_NEEDED = _("Give the subject of the inquiry or the scope of the inspection.")
OFFICER_NEEDED = _("Name the inquiry or inspecting officer: an officer of the department.")
NOT_REGISTERED = _("Only a registered society's Board can be superseded.")
ALREADY_OPEN = _("This society already has an open supersession case.")
ALREADY_SUPERSEDED = _("This society's Board is already superseded.")
ADVICE_RECEIPT_NEEDED = _("Give the date the Reserve Bank's advice was received: the administrator is to be "
                          "appointed within a month of it (s.146(1)).")
REPORT_NOT_READY = _("The report is not in yet: the objections are called on the inquiry's findings or the "
                     "inspection's result, once recorded.")
NO_INQUIRY_ROUTE = _("A case on the Reserve Bank's requisition or advice has no inquiry, objections or forwarding: "
                     "the order follows directly (s.4A, s.146(1)).")
WRONG_STATE = _("That cannot be done at this stage of the case: %(state)s.")
OBJECTIONS_DUE_AFTER_TODAY = _("The day for the objections must be after today.")
OBJECTIONS_NEEDED = _("Write the society's objections, or tick that none were received by the day given.")
NONE_BEFORE_DUE = _("The society has until %(day)s to object: 'none received' can be recorded only after that.")
NOT_BEFORE_OBJECTIONS = _("The report can be forwarded only after the society's objections are recorded and "
                          "considered (s.125).")
CONSIDERATION_NEEDED = _("Record how the objections were considered.")
RECEIPT_ALREADY = _("The society's receipt of the report is already recorded (%(day)s).")
RECEIPT_BEFORE_FORWARDING = _("The society cannot have received the report before it was forwarded (%(day)s).")
RECEIPT_NEEDED = _("Record the date the society received the report first: its 60 days run from it.")
ACTION_NEEDED = _("Describe the action the society took on the report, and at which meeting.")
ACTION_BEFORE_RECEIPT = _("The action cannot be before the society received the report (%(day)s).")
ACTION_TOO_LATE = _("The society's 60 days ran out on %(day)s (s.125): action taken after that does not close the "
                    "case; the Registrar decides whether to supersede the Board or drop the case.")
REASONS_NEEDED = _("Give the reasons for dropping the case.")
# The guard of the order (services/order.py).
NO_GROUND = _("No supersession without the Registrar's recorded opinion on a ground and the inquiry or inspection "
              "it opened (s.125).")
TIME_RUNNING = _("The society has until %(day)s to act on the report (s.125): the Board cannot be superseded "
                 "before that time has run out without action.")
SOCIETY_ACTED = _("The society acted on the report: the case is closed and the Board cannot be superseded on it.")
NOT_YET_FORWARDED = _("The Board can be superseded only after the report has been forwarded to the society, its "
                      "receipt recorded and its 60 days have run out without action (s.125).")


def lock(case_id: int) -> Supersession:
    return (Supersession.objects.select_for_update(of=("self",))
            .select_related("society", "district", "inquiry", "inspection").get(pk=case_id))


def require(actor, act: Act, district_id: int) -> None:
    if not may(actor, act, district_id):
        raise PermissionDenied(NOT_REGISTRAR if act == Act.SUPERSEDE_BOARD else NOT_ALLOWED)


def _state_error(case) -> ValidationError:
    return ValidationError(WRONG_STATE, params={"state": case.get_state_display()})


def _officer(officer_id):
    from registrar.selectors import officer_for

    user = get_user_model().objects.filter(pk=officer_id).first() if officer_id else None
    if user is None or officer_for(user) is None:
        raise ValidationError({"officer": OFFICER_NEEDED})
    return user


def _check_opinion(society, *, ground, opinion, route, subject, officer_id, rbi_reference, rbi_dated,
                   rbi_received_on, evidence_note) -> dict:
    errors = {}
    if not opinion.strip():
        errors["opinion"] = OPINION_NEEDED
    if ground not in Ground.values:
        errors["ground"] = GROUND_NEEDED
    elif (message := ground_error(society, ground, rbi_reference=rbi_reference, rbi_dated=rbi_dated)):
        errors["ground"] = message
    elif skips_inquiry(ground):
        if ground == Ground.RESERVE_BANK_ADVICE and rbi_received_on is None:
            errors["rbi_received_on"] = ADVICE_RECEIPT_NEEDED
    else:
        if route not in (INQUIRY, INSPECTION):
            errors["route"] = ROUTE_NEEDED
        if not subject.strip():
            errors["subject"] = SUBJECT_NEEDED
        if not officer_id:
            errors["officer"] = OFFICER_NEEDED
    if not errors and is_pacs(society):
        found = evidence_checks.check(society, ground)
        if found is not None and not found.shown and not evidence_note.strip():
            message = (evidence_checks.LOSSES_NOT_SHOWN if ground == Ground.PACS_LOSSES
                       else evidence_checks.QUORUM_NOT_SHOWN)
            errors["evidence"] = ValidationError(message, params={"found": found.summary})
        elif ground in (Ground.PACS_IRREGULARITIES, Ground.PACS_JUDICIAL) and not evidence_note.strip():
            errors["evidence"] = evidence_checks.NOTE_NEEDED
        elif found is not None:
            evidence_note = "\n".join(filter(None, [found.summary, evidence_note.strip()]))
    if errors:
        raise ValidationError(errors)
    return {"evidence": evidence_note.strip()}


def supersession_open(*, actor, society_id: int, ground: str, opinion: str, today: date, route: str = "",
                      subject: str = "", officer_id: int | None = None, rbi_reference: str = "",
                      rbi_dated: date | None = None, rbi_received_on: date | None = None,
                      rbi_period_ends_on: date | None = None, evidence_note: str = "") -> Supersession:
    """The Registrar records his opinion that a ground exists (s.125; PACS s.139(2); the State Co-operative Bank
    with the Reserve Bank's prior approval, s.139(1)). It opens the inquiry or inspection in the same
    transaction; on the Reserve Bank's requisition (s.4A) or advice (s.146(1)) it opens none."""
    with transaction.atomic():
        society = Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)
        require(actor, Act.SUPERSEDE_BOARD, society.district_id)
        if society.legal_status != LegalStatus.REGISTERED:
            raise ValidationError(NOT_REGISTERED)
        if society.governance_status == GovernanceStatus.SUPERSEDED:
            raise ValidationError(ALREADY_SUPERSEDED)
        if Supersession.objects.filter(society=society, state__in=OPEN_STATES).exists():
            raise ValidationError(ALREADY_OPEN)
        for value in (rbi_dated, rbi_received_on):
            if value is not None:
                bounds.check_act_date(value, today=today)
        checked = _check_opinion(society, ground=ground, opinion=opinion, route=route, subject=subject,
                                 officer_id=officer_id, rbi_reference=rbi_reference, rbi_dated=rbi_dated,
                                 rbi_received_on=rbi_received_on, evidence_note=evidence_note)
        case = Supersession(
            society=society, district=society.district, ground=ground, opinion=opinion.strip(), opinion_on=today,
            recorded_by=actor, rbi_reference=rbi_reference.strip(), rbi_dated=rbi_dated,
            rbi_received_on=rbi_received_on, rbi_period_ends_on=rbi_period_ends_on, evidence=checked["evidence"])
        if ground == Ground.RESERVE_BANK_ADVICE:
            case.rbi_advice_due_on = due(RBI_ADVICE_RULE, rbi_received_on).last_day
        if not skips_inquiry(ground):
            officer = _officer(officer_id)
            if route == INQUIRY:
                from audit.inquiry.models import Applicant
                from audit.inquiry.services.inquiry import inquiry_open_own_motion

                case.inquiry = inquiry_open_own_motion(
                    actor=actor, society_id=society.pk, basis=Applicant.REGISTRAR_S125, grounds=opinion,
                    subject=subject, officer_id=officer.pk, today=today)
            else:
                from audit.inquiry.services.inspection import inspection_order

                case.inspection = inspection_order(actor=actor, society_id=society.pk, scope=subject,
                                                   officer=officer, today=today)
        case.save()
        # The opinion's text stays out of the activity entry: the society's timeline is read more widely.
        activity.record(SupersessionAction.OPINION_RECORDED, actor=actor, society=society, target=case, data={
            "ground": ground, "inquiry": case.inquiry_id, "inspection": case.inspection_id,
            "rbi_reference": case.rbi_reference, "rbi_advice_due_on": case.rbi_advice_due_on})
    return case


def report_ready(case: Supersession) -> bool:
    """The inquiry's findings (completed or later) or the inspection's result (communicated or later) are in."""
    from audit.inquiry.models import InquiryState, InspectionState

    if case.inquiry_id:
        return case.inquiry.state in (InquiryState.COMPLETED, InquiryState.COMMUNICATED, InquiryState.PLACED)
    if case.inspection_id:
        return case.inspection.state in (InspectionState.RESULT_COMMUNICATED, InspectionState.PLACED)
    return False


def _letter(kind, case, *, actor, today):
    return order_issue(kind=kind.code, subject=f"{kind.label}: {case.society.name}", made_on=today, target=case,
                       society=case.society, district=case.district, officer=actor)


def supersession_call_objections(*, case_id: int, actor, today: date,
                                 objections_due_on: date | None = None) -> Supersession:
    """On the report, the society is given the opportunity to state its objections (s.125), by a letter."""
    with transaction.atomic():
        case = lock(case_id)
        require(actor, Act.CONDUCT_SUPERSESSION, case.district_id)
        if skips_inquiry(case.ground):
            raise ValidationError(NO_INQUIRY_ROUTE)
        if case.state != SupersessionState.OPINION:
            raise _state_error(case)
        if not report_ready(case):
            raise ValidationError(REPORT_NOT_READY)
        objections_due_on = objections_due_on or add_days(today, OBJECTION_DAYS)
        if objections_due_on <= today:
            raise ValidationError({"objections_due_on": OBJECTIONS_DUE_AFTER_TODAY})
        case.call_objections()
        case.objections_called_on, case.objections_due_on = today, objections_due_on
        case.save()
        letter = _letter(OBJECTIONS_CALL, case, actor=actor, today=today)
        activity.record(SupersessionAction.OBJECTIONS_CALLED, actor=actor, society=case.society, target=case,
                        data={"letter": letter.number, "objections_due_on": objections_due_on})
    return case


def supersession_record_objections(*, case_id: int, actor, today: date, objections: str = "",
                                   none_received: bool = False) -> Supersession:
    """What the society said on the report; or, after the day given, that it said nothing."""
    with transaction.atomic():
        case = lock(case_id)
        require(actor, Act.CONDUCT_SUPERSESSION, case.district_id)
        if case.state != SupersessionState.OBJECTIONS:
            raise _state_error(case)
        if none_received:
            if today <= case.objections_due_on:
                raise ValidationError(NONE_BEFORE_DUE, params={"day": bounds.long_date(case.objections_due_on)})
        elif not objections.strip():
            raise ValidationError({"objections": OBJECTIONS_NEEDED})
        case.objections = "" if none_received else objections.strip()
        case.objections_recorded_on = today
        case.save(update_fields=["objections", "objections_recorded_on"])
        activity.record(SupersessionAction.OBJECTIONS_RECORDED, actor=actor, society=case.society, target=case,
                        data={"none_received": none_received, "within_time": today <= case.objections_due_on})
    return case


def supersession_forward_report(*, case_id: int, actor, consideration: str, today: date) -> Supersession:
    """After considering the objections the Registrar forwards the report to the society (s.125), by a letter."""
    with transaction.atomic():
        case = lock(case_id)
        require(actor, Act.SUPERSEDE_BOARD, case.district_id)
        if case.state == SupersessionState.OPINION:
            raise ValidationError(NOT_BEFORE_OBJECTIONS)
        if case.state != SupersessionState.OBJECTIONS:
            raise _state_error(case)
        if case.objections_recorded_on is None:
            raise ValidationError(NOT_BEFORE_OBJECTIONS)
        if not consideration.strip():
            raise ValidationError({"consideration": CONSIDERATION_NEEDED})
        case.forward_report()
        case.consideration, case.forwarded_on = consideration.strip(), today
        case.save()
        letter = _letter(REPORT_FORWARDED, case, actor=actor, today=today)
        activity.record(SupersessionAction.REPORT_FORWARDED, actor=actor, society=case.society, target=case,
                        data={"letter": letter.number})
    return case


def next_agm_last_day(society, on: date) -> date | None:
    """The last day of the society's next AGM not yet held (supervision's s.39 clock, FinancialYear.agm_last_day)
    that falls on or after `on`."""
    from societies.governance.models import FinancialYear

    return (FinancialYear.objects.filter(society=society, agm_held_on__isnull=True, agm_last_day__gte=on)
            .order_by("agm_last_day").values_list("agm_last_day", flat=True).first())


def meeting_for(received_on: date, agm_last_day: date | None) -> tuple[str, date]:
    """(AGM or special GM, the society's last day to act). s.125: the AGM if it is due within 60 days of the
    society's receipt of the report, else a special general meeting; supersession_report_action_60d."""
    last_day = due(ACTION_RULE, received_on).last_day
    return (AGM if agm_last_day is not None and agm_last_day <= last_day else SPECIAL_GM), last_day


def supersession_record_receipt(*, case_id: int, actor, received_on: date, today: date) -> Supersession:
    """The society's receipt of the forwarded report: its 60 days to act start (a clock with reminders and
    escalation, never an automatic effect)."""
    with transaction.atomic():
        case = lock(case_id)
        require(actor, Act.CONDUCT_SUPERSESSION, case.district_id)
        if case.state != SupersessionState.FORWARDED:
            raise _state_error(case)
        if case.received_on is not None:
            raise ValidationError(RECEIPT_ALREADY, params={"day": bounds.long_date(case.received_on)})
        bounds.check_act_date(received_on, today=today)
        if received_on < case.forwarded_on:
            raise ValidationError({"received_on": ValidationError(
                RECEIPT_BEFORE_FORWARDING, params={"day": bounds.long_date(case.forwarded_on)})})
        agm = next_agm_last_day(case.society, received_on)
        case.meeting_kind, case.action_due_on = meeting_for(received_on, agm)
        case.received_on, case.agm_last_day = received_on, agm
        case.save(update_fields=["received_on", "meeting_kind", "agm_last_day", "action_due_on"])
        activity.record(SupersessionAction.RECEIPT_RECORDED, actor=actor, society=case.society, target=case,
                        data={"received_on": received_on, "meeting": case.meeting_kind,
                              "action_due_on": case.action_due_on})
    return case


def supersession_record_action(*, case_id: int, actor, action_taken: str, taken_on: date, today: date,
                               meeting_id: int | None = None) -> Supersession:
    """The society placed the report before its general meeting and acted on it within its 60 days: closed."""
    with transaction.atomic():
        case = lock(case_id)
        require(actor, Act.CONDUCT_SUPERSESSION, case.district_id)
        if case.state != SupersessionState.FORWARDED:
            raise _state_error(case)
        if case.received_on is None:
            raise ValidationError(RECEIPT_NEEDED)
        if not action_taken.strip():
            raise ValidationError({"action_taken": ACTION_NEEDED})
        bounds.check_act_date(taken_on, today=today)
        if taken_on < case.received_on:
            raise ValidationError({"taken_on": ValidationError(
                ACTION_BEFORE_RECEIPT, params={"day": bounds.long_date(case.received_on)})})
        if taken_on > case.action_due_on:
            raise ValidationError({"taken_on": ValidationError(
                ACTION_TOO_LATE, params={"day": bounds.long_date(case.action_due_on)})})
        meeting = None
        if meeting_id:
            from societies.governance.models import GeneralMeeting

            meeting = GeneralMeeting.objects.filter(pk=meeting_id, society=case.society).first()
        case.society_acted()
        case.action_taken, case.action_taken_on, case.action_meeting = action_taken.strip(), taken_on, meeting
        case.ended_on = taken_on
        case.save()
        activity.record(SupersessionAction.ACTION_RECORDED, actor=actor, society=case.society, target=case,
                        data={"taken_on": taken_on, "meeting": meeting.pk if meeting else None})
    return case


def supersession_drop(*, case_id: int, actor, reasons: str, today: date) -> Supersession:
    """The Registrar drops the matter (the report finds no ground, or the objections answer it)."""
    with transaction.atomic():
        case = lock(case_id)
        require(actor, Act.SUPERSEDE_BOARD, case.district_id)
        if case.state not in (SupersessionState.OPINION, SupersessionState.OBJECTIONS, SupersessionState.FORWARDED):
            raise _state_error(case)
        if not reasons.strip():
            raise ValidationError({"reasons": REASONS_NEEDED})
        case.drop()
        case.closing_note, case.ended_on = reasons.strip(), today
        case.save()
        activity.record(SupersessionAction.DROPPED, actor=actor, society=case.society, target=case, data={})
    return case


def supersede_refusal(case: Supersession, today: date):
    """Why the Board cannot be superseded on this case today (a ValidationError), or None. The Reserve Bank
    routes go straight from the opinion; every other case only once its 60 days ran out without action."""
    if skips_inquiry(case.ground):
        return None if case.state == SupersessionState.OPINION else _state_error(case)
    if case.state == SupersessionState.ACTION_TAKEN:
        return ValidationError(SOCIETY_ACTED)
    if not (case.inquiry_id or case.inspection_id):
        return ValidationError(NO_GROUND)
    if case.state != SupersessionState.FORWARDED or case.action_due_on is None:
        return ValidationError(NOT_YET_FORWARDED)
    if today <= case.action_due_on:
        return ValidationError(TIME_RUNNING, params={"day": bounds.long_date(case.action_due_on)})
    return None
