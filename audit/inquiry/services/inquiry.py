"""The inquiry (s.87), lifecycles.md §9: application (online, paper) or the Registrar's own motion (s.125, s.126);
order or rejection within 10 days; completion within 30 days or reasons recorded; report within 30 days."""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from registrar import activity, bounds
from registrar.capabilities import Act, may
from registrar.selectors import officer_for
from societies.models import Society

from .. import rules
from ..actions import InquiryAction
from ..eligibility import check_applicant
from ..models import OWN_MOTION, Applicant, Channel, InquiryCase, InquiryState
from ..orders import DELAY_LETTER, INQUIRY_ORDER, INQUIRY_REJECTION, REPORT_COVER
from .common import (
    DATE_IN_FUTURE,
    OFFICER_NEEDED,
    REASONS_NEEDED,
    SUBJECT_NEEDED,
    WRONG_STATE,
    issue,
    require,
)

GROUNDS_NEEDED = _("State the violation of the Act, the rules or the bye-laws the inquiry is to look into.")
NAME_NEEDED = _("Give the applicant's name.")
NOT_YET_OVERDUE = _("The 30 days of the inquiry run until %(day)s: a delay letter is for an inquiry not completed "
                    "by then (s.87(4)(b)).")
EXPECTED_AFTER_TODAY = _("The expected date of completion must be after today.")
FINDINGS_NEEDED = _("Record the findings of the inquiry.")
NOT_OWN_MOTION = _("The Registrar opens an inquiry on his own motion only under s.125 or on a seizure (s.126).")
SOCIETY_NOT_FOUND = _("No registered society with that registration number.")


def _lock(case_id: int) -> InquiryCase:
    return InquiryCase.objects.select_for_update(of=("self",)).select_related("society", "district").get(pk=case_id)


def _may_conduct(actor, case: InquiryCase) -> bool:
    return (case.inquiry_officer_id is not None and actor is not None and actor.pk == case.inquiry_officer_id) \
        or may(actor, Act.CONDUCT_INQUIRY, case.district_id)


def inquiry_apply(*, actor, society_id: int, applicant_kind: str, applicant_name: str, grounds: str, today: date,
                  channel: str = Channel.ONLINE, received_on: date | None = None, signatories: str = "",
                  declared_total: int | None = None, applicant_address: str = "") -> InquiryCase:
    """Receive an application under s.87(1): online (the applicant's own account, received today) or a paper
    petition the office enters with its date of receipt. Who applies is checked here
    (inquiry_application_thresholds); a petition that is not maintainable is refused with the count."""
    with transaction.atomic():
        society = Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)
        if channel == Channel.PAPER:
            require(actor, Act.DECIDE_INQUIRY, society.district_id)
        else:
            channel, received_on = Channel.ONLINE, today
        if applicant_kind in OWN_MOTION or applicant_kind not in Applicant.values:
            raise ValidationError({"applicant_kind": NOT_OWN_MOTION})
        errors = {}
        if not grounds.strip():
            errors["grounds"] = GROUNDS_NEEDED
        if not applicant_name.strip():
            errors["applicant_name"] = NAME_NEEDED
        try:
            bounds.check_act_date(received_on, today=today)
        except ValidationError as exc:
            errors["received_on"] = exc
        if errors:
            raise ValidationError(errors)
        check = check_applicant(society, applicant_kind, signatories, received_on, declared_total)
        if check.error:
            raise ValidationError({"signatories": [check.error, *check.problems[:20]]})
        case = InquiryCase(
            society=society, district=society.district, applicant_kind=applicant_kind, channel=channel,
            applicant_name=applicant_name.strip(), applicant_address=applicant_address.strip(),
            applicant_user=actor if channel == Channel.ONLINE else None, grounds=grounds.strip(),
            signatories=signatories.strip(), signatories_valid=check.valid, register_total=check.total,
            eligibility_note="\n".join(filter(None, [check.note, *check.problems])), received_on=received_on,
            received_by=actor, order_due_on=rules.order_or_reject_last_day(received_on))
        case.save()
        # The grounds stay out of the activity entry: the society's timeline is read more widely than the case.
        activity.record(InquiryAction.APPLICATION_RECEIVED, actor=actor, society=society, target=case, data={
            "applicant": applicant_kind, "channel": channel, "received_on": received_on,
            "valid_signatories": check.valid, "total": check.total, "order_due_on": case.order_due_on})
    return case


def _officer(officer_id, district_id):
    user = get_user_model().objects.filter(pk=officer_id).first() if officer_id else None
    profile = officer_for(user) if user is not None else None
    if profile is None or not (profile.districts.filter(pk=district_id).exists()
                               or may(user, Act.DECIDE_INQUIRY, district_id)):
        raise ValidationError({"officer": OFFICER_NEEDED})
    return user


def inquiry_order(*, case_id: int, actor, subject: str, officer_id: int, today: date) -> InquiryCase:
    """s.87(2): order the inquiry, naming its subject and the inquiry officer; the 30 days start (s.87(3))."""
    with transaction.atomic():
        case = _lock(case_id)
        require(actor, Act.DECIDE_INQUIRY, case.district_id)
        if case.state != InquiryState.RECEIVED:
            raise ValidationError(WRONG_STATE)
        if not subject.strip():
            raise ValidationError({"subject": SUBJECT_NEEDED})
        officer = _officer(officer_id, case.district_id)
        case.order(on=today, subject=subject.strip(), officer=officer)
        case.save()
        order = issue(INQUIRY_ORDER, case, actor=actor, today=today,
                      subject=f"{INQUIRY_ORDER.label}: {case.society.name} ({case.reference})")
        activity.record(InquiryAction.ORDERED, actor=actor, society=case.society, target=case, data={
            "order": order.number, "officer": officer.pk, "complete_due_on": case.complete_due_on,
            "within_10_days": today <= case.order_due_on})
    return case


def inquiry_open_own_motion(*, actor, society_id: int, basis: str, grounds: str, subject: str, officer_id: int,
                            today: date) -> InquiryCase:
    """The Registrar's own inquiry: on forming the s.125 opinion (a ground of supersession exists) or on a
    seizure (s.126). Opened and ordered in one step: there is no application to decide on."""
    if basis not in OWN_MOTION:
        raise ValidationError(NOT_OWN_MOTION)
    with transaction.atomic():
        society = Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)
        require(actor, Act.DECIDE_INQUIRY, society.district_id)
        if not grounds.strip():
            raise ValidationError({"grounds": GROUNDS_NEEDED})
        profile = officer_for(actor)
        case = InquiryCase.objects.create(
            society=society, district=society.district, applicant_kind=basis, channel=Channel.OWN_MOTION,
            applicant_name=f"{actor.get_full_name() or actor.username} ({profile.get_rank_display()})",
            grounds=grounds.strip(), received_on=today, received_by=actor,
            order_due_on=rules.order_or_reject_last_day(today))
        activity.record(InquiryAction.OPENED_OWN_MOTION, actor=actor, society=society, target=case,
                        data={"basis": basis})
    return inquiry_order(case_id=case.pk, actor=actor, subject=subject, officer_id=officer_id, today=today)


def inquiry_reject(*, case_id: int, actor, reasons: str, today: date) -> InquiryCase:
    """s.87(2): reject the application with reasons. The order is reviewable and appealable (s.111)."""
    with transaction.atomic():
        case = _lock(case_id)
        require(actor, Act.DECIDE_INQUIRY, case.district_id)
        if case.state != InquiryState.RECEIVED:
            raise ValidationError(WRONG_STATE)
        if not reasons.strip():
            raise ValidationError({"reasons": REASONS_NEEDED})
        case.reject(on=today, reasons=reasons.strip())
        case.save()
        order = issue(INQUIRY_REJECTION, case, actor=actor, today=today,
                      subject=f"{INQUIRY_REJECTION.label}: {case.society.name} ({case.reference})")
        activity.record(InquiryAction.REJECTED, actor=actor, society=case.society, target=case, data={
            "order": order.number, "within_10_days": today <= case.order_due_on})
    return case


def inquiry_record_delay(*, case_id: int, actor, reasons: str, expected_on: date, today: date) -> InquiryCase:
    """s.87(4)(b): the 30 days have passed; the reasons for the delay and the expected date of completion are
    recorded and sent to the society and the applicant (delay letter), within 15 days of the expiry."""
    with transaction.atomic():
        case = _lock(case_id)
        if not _may_conduct(actor, case):
            raise PermissionDenied(WRONG_STATE)
        if case.state != InquiryState.ORDERED or case.delay_letter_on is not None:
            raise ValidationError(WRONG_STATE)
        if today <= case.complete_due_on:
            raise ValidationError(NOT_YET_OVERDUE, params={"day": bounds.long_date(case.complete_due_on)})
        if not reasons.strip():
            raise ValidationError({"reasons": REASONS_NEEDED})
        if expected_on is None or expected_on <= today:
            raise ValidationError({"expected_on": EXPECTED_AFTER_TODAY})
        case.record_delay(on=today, reasons=reasons.strip(), expected_on=expected_on)
        case.save()
        order = issue(DELAY_LETTER, case, actor=actor, today=today,
                      subject=f"{DELAY_LETTER.label}: {case.society.name} ({case.reference})")
        activity.record(InquiryAction.DELAY_RECORDED, actor=actor, society=case.society, target=case, data={
            "letter": order.number, "expected_on": expected_on, "within_15_days": today <= case.delay_due_on})
    return case


def inquiry_complete(*, case_id: int, actor, findings: str, completed_on: date, today: date) -> InquiryCase:
    """s.87(3): the inquiry officer records the findings; the 30 days to communicate the report start."""
    with transaction.atomic():
        case = _lock(case_id)
        if not _may_conduct(actor, case):
            raise PermissionDenied(WRONG_STATE)
        if case.state != InquiryState.ORDERED:
            raise ValidationError(WRONG_STATE)
        if not findings.strip():
            raise ValidationError({"findings": FINDINGS_NEEDED})
        if completed_on > today:
            raise ValidationError({"completed_on": DATE_IN_FUTURE})
        if completed_on < case.ordered_on:
            raise ValidationError({"completed_on": WRONG_STATE})
        case.complete(on=completed_on, findings=findings.strip())
        case.save()
        activity.record(InquiryAction.COMPLETED, actor=actor, society=case.society, target=case, data={
            "completed_on": completed_on, "report_due_on": case.report_due_on,
            "within_30_days": completed_on <= case.complete_due_on})
    return case


def inquiry_communicate_report(*, case_id: int, actor, today: date) -> InquiryCase:
    """s.87(4)(a): the report goes to the society and the applicant with a covering letter. From now the society
    must place it before its next general meeting (s.87(5)), and members may have a copy on a fee (s.87(6))."""
    with transaction.atomic():
        case = _lock(case_id)
        if not _may_conduct(actor, case):
            raise PermissionDenied(WRONG_STATE)
        if case.state != InquiryState.COMPLETED:
            raise ValidationError(WRONG_STATE)
        case.communicate(on=today)
        case.save()
        order = issue(REPORT_COVER, case, actor=actor, today=today,
                      subject=f"{REPORT_COVER.label}: {case.society.name} ({case.reference})")
        activity.record(InquiryAction.REPORT_COMMUNICATED, actor=actor, society=case.society, target=case, data={
            "letter": order.number, "within_30_days": today <= case.report_due_on})
    return case


def inquiry_report_place(case: InquiryCase, meeting, actor, today: date) -> None:
    """Inside general_meeting_record's transaction (governance agenda source): s.87(5) met at this meeting."""
    case = _lock(case.pk)
    if case.state != InquiryState.COMMUNICATED:
        return
    case.place(meeting=meeting)
    case.save()
    activity.record(InquiryAction.REPORT_PLACED, actor=actor, society=case.society, target=case,
                    data={"meeting": meeting.pk, "held_on": meeting.held_on, "report": case.reference})
