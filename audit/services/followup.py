"""After the report (issue 18 point 4): the AGM accepts it, the Board's follow-up report within three months
(s.85(2)), the flag when it is not filed, the Chief Auditor's re-audit (s.86), and the flag for a Director the
auditor reports ineligible (s.83(2)(f)).

Nothing here ends a Board. When the three months end the clock raises a compliance flag (kind FLAG, rules.yaml
audit_followup_report_3m: "not automatic"); only a Registrar-level officer's order confirming it ends the Board,
with effect from the day after the three months, the directors barred for five years (s.40(4)(f)) and the ARCS
asked to appoint an officer under s.41(6) (societies.governance.services.flags._apply -> effects.board_end).
"""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from orders.naming import order_subject
from orders.services import order_issue
from registrar import activity
from registrar.calendar import add_months
from registrar.capabilities import Act
from registrar.holidays import holiday_dates
from registrar.l10n import display_date
from societies.governance.models import ComplianceFlag, GeneralMeeting
from societies.governance.services.flags import flag_raise
from societies.uploads import check_pdf

from .. import work_rules
from ..models import Audit, AuditReport, AuditStatus, Reaudit
from ..work_access import require_office, require_secretary_of
from ..work_actions import AuditWorkAction
from ..work_orders import REAUDIT
from .objections import point_order_at

NOT_REPORTED = _("The audit report has not been issued: there is nothing for the AGM to accept yet.")
ALREADY_ACCEPTED = _("The AGM of %(day)s has already accepted this audit report.")
NOT_AN_AGM = _("Choose an AGM of the society that was held (with quorum, not adjourned).")
AGM_BEFORE_REPORT = _("The AGM of %(day)s was held before the report was issued (%(issued)s): it cannot have "
                      "accepted it.")
NOT_ACCEPTED = _("The follow-up report is filed after the AGM has accepted the audit report.")
ALREADY_FILED = _("The follow-up report was already filed on %(day)s.")
FOLLOWUP_TEXT_REQUIRED = _("Say what the Board has done on each defect the audit found.")
REAUDIT_BARRED = _("A re-audit can no longer be taken up: the AGM accepted the accounts on %(accepted)s and the "
                   "three years ended on %(last)s (s.86).")
REAUDIT_NOT_REPORTED = _("Only an audit whose report has been issued can be re-audited.")
REASONS_REQUIRED = _("Give the reasons for the re-audit (on appeal or on inquiry).")

FOLLOWUP_FLAG_FACTS = _(
    "The AGM of %(society)s accepted the audit report for %(year)s on %(accepted)s. The Board's report on the "
    "rectification of the defects was due by %(last)s and has not been filed. Under section 85(2) the Board in "
    "office stands disqualified after the three months, from %(on)s, and its directors may not be directors for "
    "five years (s.40(4)(f)) — if the Registrar confirms it by order.")
INELIGIBLE_FLAG_FACTS = _(
    "The auditor of %(society)s (year %(year)s) reports under section 83(2)(f) that a Director has become "
    "ineligible: %(details)s. This is a flag for the Registrar's finding, not a bar: section 40(4) bars attach "
    "only to the causes it lists.")


def _followup_closed_days(accepted_on: date) -> frozenset[date]:
    """Holidays around the three months' last day (a roll-forward can meet a run of closed days)."""
    last = add_months(accepted_on, 3)
    return holiday_dates(last - timedelta(days=1), last + timedelta(days=60))


@transaction.atomic
def audit_report_accept(*, audit_id: int, meeting_id: int, actor, today: date) -> AuditReport:
    """Record on supervision's AGM record that the AGM accepted the audit report (the secretary), and start the
    Board's three months (s.85(2); rules.yaml audit_followup_report_3m) and the re-audit bar (reaudit_bar_3y)."""
    audit = Audit.objects.select_for_update(of=("self",)).select_related("society").get(pk=audit_id)
    require_secretary_of(actor, audit)
    if audit.status != AuditStatus.REPORTED:
        raise ValidationError(NOT_REPORTED)
    report = AuditReport.objects.select_for_update().get(audit=audit)
    if report.accepted_on is not None:
        raise ValidationError(ALREADY_ACCEPTED, params={"day": display_date(report.accepted_on)})
    meeting = (GeneralMeeting.objects.select_for_update().filter(
        pk=meeting_id, society=audit.society, kind=GeneralMeeting.Kind.AGM, quorum_met=True,
        adjourned_to__isnull=True).first())
    if meeting is None:
        raise ValidationError(NOT_AN_AGM)
    if meeting.held_on < audit.reported_on:
        raise ValidationError(AGM_BEFORE_REPORT, params={"day": display_date(meeting.held_on),
                                                         "issued": display_date(audit.reported_on)})
    meeting.audit_report_accepted = True
    meeting.save(update_fields=["audit_report_accepted"])
    report.accepted_on, report.accepted_meeting = meeting.held_on, meeting
    report.followup_due_on = work_rules.followup_last_day(meeting.held_on, _followup_closed_days(meeting.held_on))
    # s.30(4), agm_accounts_ready_15d_before: the audited statements with the members 15 days before (shown).
    report.report_ready_for_agm = work_rules.report_ready_for_agm(audit.reported_on, meeting.held_on)
    report.save(update_fields=["accepted_on", "accepted_meeting", "followup_due_on", "report_ready_for_agm"])
    activity.record(AuditWorkAction.REPORT_ACCEPTED, actor=actor, society=audit.society, target=audit,
                    data={"meeting": meeting.pk, "accepted_on": meeting.held_on,
                          "followup_due_on": report.followup_due_on,
                          "reaudit_last_day": work_rules.reaudit_last_day(meeting.held_on),
                          "report_ready_for_agm": report.report_ready_for_agm})
    return report


@transaction.atomic
def audit_followup_file(*, audit_id: int, actor, text: str, document=None, today: date) -> AuditReport:
    """The Board's report on the rectification of the defects (s.85(2)). Filed late it is still received: the
    flag (if raised) stays for the Registrar, who weighs it."""
    audit = Audit.objects.select_for_update(of=("self",)).select_related("society").get(pk=audit_id)
    require_secretary_of(actor, audit)
    report = AuditReport.objects.select_for_update().filter(audit=audit).first()
    if report is None or report.accepted_on is None:
        raise ValidationError(NOT_ACCEPTED)
    if report.followup_filed_on is not None:
        raise ValidationError(ALREADY_FILED, params={"day": display_date(report.followup_filed_on)})
    if not text.strip():
        raise ValidationError(FOLLOWUP_TEXT_REQUIRED)
    fields = ["followup_filed_on", "followup_text"]
    if document:
        check_pdf(document)
        report.followup_document.save(f"followup-{report.pk}.pdf", document, save=False)
        fields.append("followup_document")
    report.followup_filed_on, report.followup_text = today, text.strip()
    report.save(update_fields=fields)
    activity.record(AuditWorkAction.FOLLOWUP_FILED, actor=actor, society=audit.society, target=audit,
                    data={"filed_on": today, "due_on": report.followup_due_on,
                          "late": today > report.followup_due_on})
    return report


def followup_flag(report: AuditReport, today: date) -> str:
    """The clock's expiry (audit.clocks FOLLOWUP, kind FLAG), on the row locked and re-checked by the frame: raise
    the flag once, dated the legal day (the day after the last day), whatever day the sweep ran."""
    audit = report.audit
    on = work_rules.followup_flag_on(report.followup_due_on)
    with translation.override("en"):
        facts = str(FOLLOWUP_FLAG_FACTS % {
            "society": audit.society.name, "year": audit.fy_label, "accepted": display_date(report.accepted_on),
            "last": display_date(report.followup_due_on), "on": display_date(on)})
    flag, created = flag_raise(audit.society, ComplianceFlag.Kind.AUDIT_FOLLOWUP_NOT_FILED,
                               "audit_followup_report_3m", f"auditreport:{report.pk}:{on.isoformat()}", facts, on)
    report.followup_flagged = True
    report.save(update_fields=["followup_flagged"])
    if created:
        activity.record(AuditWorkAction.FOLLOWUP_FLAGGED, society=audit.society, target=audit,
                        data={"flag": flag.pk, "due_on": report.followup_due_on, "flag_on": on})
    return f"flagged {audit.society.name} {audit.fy_label}: follow-up report due {report.followup_due_on}"


def flag_ineligible_director(report: AuditReport, *, today: date) -> None:
    audit = report.audit
    with translation.override("en"):
        facts = str(INELIGIBLE_FLAG_FACTS % {"society": audit.society.name, "year": audit.fy_label,
                                             "details": report.director_ineligible_details[:1500]})
    flag_raise(audit.society, ComplianceFlag.Kind.INELIGIBLE_DIRECTOR, "audit_report_fortnight",
               f"auditreport:{report.pk}", facts, today)


@transaction.atomic
def audit_reaudit_order(*, audit_id: int, actor, reasons: str, today: date) -> Reaudit:
    """s.86: the Chief Auditor orders a re-audit or recasting; refused after three years from the AGM's
    acceptance (rules.yaml reaudit_bar_3y). The audit's work record stays; the re-audit is an order in the
    register (RAU series) that the allotment module acts on."""
    audit = Audit.objects.select_for_update(of=("self",)).select_related("society__district").get(pk=audit_id)
    require_office(actor, Act.ORDER_REAUDIT, audit)
    if audit.status != AuditStatus.REPORTED:
        raise ValidationError(REAUDIT_NOT_REPORTED)
    if not reasons.strip():
        raise ValidationError(REASONS_REQUIRED)
    accepted_on = AuditReport.objects.filter(audit=audit).values_list("accepted_on", flat=True).first()
    if not work_rules.reaudit_allowed(accepted_on, today):
        raise ValidationError(REAUDIT_BARRED, params={
            "accepted": display_date(accepted_on), "last": display_date(work_rules.reaudit_last_day(accepted_on))})
    with translation.override("en"):
        subject = order_subject(audit.society.name, f"re-audit of the accounts {audit.fy_label} (s.86)")
    order = order_issue(kind=REAUDIT.code, subject=subject, made_on=today, society=audit.society, officer=actor)
    reaudit = Reaudit.objects.create(audit=audit, ordered_on=today, ordered_by=actor, reasons=reasons.strip(),
                                     order=order)
    point_order_at(order, reaudit)
    activity.record(AuditWorkAction.REAUDIT_ORDERED, actor=actor, society=audit.society, target=audit,
                    data={"order": order.number, "accepted_on": accepted_on})
    return reaudit
