"""The auditor's work on an allotted audit (issue 18 point 3): start (allotted -> in_progress), the books produced
and the s.82 write-up, completion (in_progress -> completed) and the report (completed -> reported), each one
service: lock the audit, check the auditor, transition, save, one activity entry, notices on commit.

The report goes to the society and the Registrar (s.84): the society's secretaries and the district's ARCS are
told, with the signed PDF (audit report cover and the objections schedule). A suspected fraud or misappropriation
objection is flagged to the ARCS at once (its own notice, through the outbox), and a Director who has become
ineligible (s.83(2)(f)) raises a compliance flag for the Registrar: never a bar by itself.
"""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import activity
from registrar.l10n import display_date
from registrar.notify import notify
from registrar.selectors import district_arcs

from .. import rules, work_rules
from ..models import Audit, AuditClassBand, AuditReport, AuditStatus, AuditWork, Objection, Severity
from ..work_access import require_auditor, society_representatives
from ..work_actions import AuditWorkAction

NOT_ALLOTTED = _("The audit can be started only once it is allotted and not yet started (it is: %(status)s).")
NOT_IN_PROGRESS = _("This can be recorded only while the audit is in progress (it is: %(status)s).")
NOT_COMPLETED = _("The report can be filed only once the audit is recorded as completed (it is: %(status)s).")
IN_FUTURE = _("The date cannot be in the future.")
BEFORE_ALLOTMENT = _("The audit cannot start before it was allotted (%(day)s).")
BEFORE_START = _("The audit cannot be completed before it started (%(day)s).")
BEFORE_YEAR_END = _("The audit cannot start before the financial year it audits has ended (%(day)s).")
COST_WITHOUT_WRITE_UP = _("A cost of writing up is recorded only when the accounts were written up (s.82).")
WRITE_UP_NEEDS_COST = _("Enter the cost of writing up the accounts: it is recovered from the society with the "
                        "audit fee (s.82).")
UDIN_REQUIRED = _("A chartered accountant's report carries the signing partner's UDIN (18 characters).")
UDIN_INVALID = _("“%(udin)s” is not a UDIN: 18 characters, the year and the six-digit membership number, then "
                 "ten capital letters or digits.")
UDIN_NOT_PARTNER = _("The UDIN is not of the signing partner (membership number %(number)s).")
INELIGIBLE_NEEDS_DETAILS = _("Say which Director has become ineligible, and why (s.83(2)(f)).")
OBJECTION_INCOMPLETE = _("Item %(number)s: give the objection, its severity and the clause of the Act or bye-laws.")
NO_BANDS = _("The classification bands do not cover %(marks)s marks: the office must correct the bands first.")

REPORT_SUBJECT = _("Audit report of %(society)s for %(year)s")
REPORT_BODY = _("The audit report of %(society)s for the year %(year)s was issued on %(on)s by %(auditor)s: class "
                "%(class)s, %(count)s item(s) in the objections schedule. Each item is to be answered on the portal; "
                "the Registrar then directs the rectification of the defects (s.85(1)).")
FRAUD_SUBJECT = _("Suspected fraud in the audit of %(society)s")
FRAUD_BODY = _("The auditor of %(society)s (year %(year)s) reports a suspected fraud or misappropriation: item "
               "%(number)s, %(amount)s, %(clause)s. “%(text)s”")


def _lock(audit_id: int) -> Audit:
    return (Audit.objects.select_for_update(of=("self",))
            .select_related("society__district", "auditor_officer__user", "panel_firm", "panel_partner")
            .get(pk=audit_id))


def _not_future(day: date, today: date) -> None:
    if day > today:
        raise ValidationError(IN_FUTURE)


def _transition(audit: Audit, method: str, message, **kwargs) -> None:
    try:
        getattr(audit, method)(**kwargs)
    except TransitionNotAllowed:
        raise ValidationError(message, params={"status": audit.get_status_display()}) from None


@transaction.atomic
def audit_start(*, audit_id: int, actor, started_on: date, today: date) -> Audit:
    """s.81(2): the auditor records the start; the society must produce its books. allotted -> in_progress."""
    audit = _lock(audit_id)
    require_auditor(actor, audit)
    _not_future(started_on, today)
    if started_on <= audit.fy_end:
        raise ValidationError(BEFORE_YEAR_END, params={"day": display_date(audit.fy_end)})
    if audit.allotted_on and started_on < audit.allotted_on:
        raise ValidationError(BEFORE_ALLOTMENT, params={"day": display_date(audit.allotted_on)})
    _transition(audit, "start", NOT_ALLOTTED, on=started_on)
    audit.save(update_fields=["status", "started_on"])
    AuditWork.objects.get_or_create(audit=audit)
    activity.record(AuditWorkAction.STARTED, actor=actor, society=audit.society, target=audit,
                    data={"year": audit.fy_label, "started_on": started_on})
    return audit


@transaction.atomic
def audit_record_books(*, audit_id: int, actor, today: date, books_produced: str, books_produced_on: date | None,
                       accounts_written_up: bool, write_up_cost: Decimal | None = None,
                       write_up_note: str = "") -> AuditWork:
    """The books the society produced (s.81(2)) and, if the accounts were incomplete, their writing up at the
    society's cost (s.82: the cost is recovered with the audit fee)."""
    audit = _lock(audit_id)
    require_auditor(actor, audit)
    if audit.status != AuditStatus.IN_PROGRESS:
        raise ValidationError(NOT_IN_PROGRESS, params={"status": audit.get_status_display()})
    if books_produced_on is not None:
        _not_future(books_produced_on, today)
    if accounts_written_up and write_up_cost is None:
        raise ValidationError(WRITE_UP_NEEDS_COST)
    if not accounts_written_up and write_up_cost:
        raise ValidationError(COST_WITHOUT_WRITE_UP)
    work, _created = AuditWork.objects.select_for_update().get_or_create(audit=audit)
    work.books_produced, work.books_produced_on = books_produced.strip(), books_produced_on
    work.accounts_written_up, work.write_up_cost = accounts_written_up, write_up_cost if accounts_written_up else None
    work.write_up_note = write_up_note.strip() if accounts_written_up else ""
    work.full_clean(exclude=["audit"])
    work.save()
    activity.record(AuditWorkAction.BOOKS_RECORDED, actor=actor, society=audit.society, target=audit,
                    data={"books_produced_on": books_produced_on, "accounts_written_up": accounts_written_up,
                          "write_up_cost": work.write_up_cost})
    return work


@transaction.atomic
def audit_complete(*, audit_id: int, actor, completed_on: date, today: date) -> Audit:
    """The completion date, recorded explicitly (rules.yaml audit_report_fortnight notes): the report's
    fortnight runs from it (s.84). in_progress -> completed."""
    audit = _lock(audit_id)
    require_auditor(actor, audit)
    _not_future(completed_on, today)
    if audit.started_on and completed_on < audit.started_on:
        raise ValidationError(BEFORE_START, params={"day": display_date(audit.started_on)})
    _transition(audit, "complete", NOT_IN_PROGRESS, on=completed_on)
    audit.save(update_fields=["status", "completed_on", "report_due_on"])
    activity.record(AuditWorkAction.COMPLETED, actor=actor, society=audit.society, target=audit,
                    data={"completed_on": completed_on, "report_due_on": audit.report_due_on})
    return audit


def class_bands() -> list[tuple[str, int]]:
    """The office's bands (AuditClassBand), or the default A/B/C/D when the table is empty."""
    rows = list(AuditClassBand.objects.values_list("label", "min_marks"))
    return rows or list(work_rules.DEFAULT_CLASS_BANDS)


def _check_udin(audit: Audit, udin: str) -> str:
    udin = (udin or "").strip().upper()
    if audit.auditor_kind != "panel":
        return ""
    if not udin:
        raise ValidationError(UDIN_REQUIRED)
    if not rules.is_valid_udin(udin):
        raise ValidationError(UDIN_INVALID, params={"udin": udin[:30]})
    if audit.panel_partner_id and not rules.udin_matches_partner(udin, audit.panel_partner.icai_number):
        raise ValidationError(UDIN_NOT_PARTNER, params={"number": audit.panel_partner.icai_number})
    return udin


def _check_objections(objections: list[dict]) -> None:
    errors = []
    for number, item in enumerate(objections, start=1):
        if not (item.get("text", "").strip() and item.get("clause", "").strip()
                and item.get("severity") in Severity.values):
            errors.append(ValidationError(OBJECTION_INCOMPLETE, params={"number": number}))
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def audit_report_file(*, audit_id: int, actor, today: date, findings: dict, marks: int, opinion: str,
                      summary: dict, objections: list[dict], director_ineligible: bool = False,
                      director_ineligible_details: str = "", udin: str = "") -> AuditReport:
    """File the report (s.84) with its itemised objections: completed -> reported, on `today`. The class comes
    from the bands (the one source of the society's class from now on). `findings`: {"finding_a": text, ...};
    `summary`: the financial summary fields; `objections`: dicts of severity, text, amount, clause."""
    from ..documents import report_pdf  # WeasyPrint is imported only when a report is filed
    from .followup import flag_ineligible_director

    audit = _lock(audit_id)
    require_auditor(actor, audit)
    if audit.status != AuditStatus.COMPLETED:
        raise ValidationError(NOT_COMPLETED, params={"status": audit.get_status_display()})
    udin = _check_udin(audit, udin)
    if director_ineligible and not director_ineligible_details.strip():
        raise ValidationError(INELIGIBLE_NEEDS_DETAILS)
    _check_objections(objections)
    try:
        audit_class = work_rules.audit_class_for(marks, class_bands())
    except ValueError:
        raise ValidationError(NO_BANDS, params={"marks": marks}) from None
    report = AuditReport(
        audit=audit, marks=marks, audit_class=audit_class, opinion=opinion.strip(), filed_on=today, filed_by=actor,
        director_ineligible=director_ineligible, director_ineligible_details=director_ineligible_details.strip(),
        **{name: (findings.get(name) or "").strip() for name, _section, _label in AuditReport.CLAUSES},
        **{name: summary[name] for name in AuditReport.SUMMARY_FIELDS})
    report.full_clean(exclude=["audit", "filed_by", "pdf", "accepted_meeting"])
    report.save()
    items = [Objection(report=report, number=n, severity=item["severity"], text=item["text"].strip(),
                       amount=item.get("amount"), clause=item["clause"].strip())
             for n, item in enumerate(objections, start=1)]
    Objection.objects.bulk_create(items)
    audit.udin = udin
    audit.report(on=today)
    fields = ["status", "reported_on", "udin"]
    if not items:  # nothing to track: the auditor's access ends with the report
        audit.closed_on = today
        fields.append("closed_on")
    audit.save(update_fields=fields)
    activity.record(AuditWorkAction.REPORT_FILED, actor=actor, society=audit.society, target=audit,
                    data={"year": audit.fy_label, "class": audit_class, "marks": marks, "objections": len(items),
                          "suspected_fraud": sum(1 for i in items if i.severity == Severity.SUSPECTED_FRAUD),
                          "udin": udin, "director_ineligible": director_ineligible})
    report.pdf.save(f"audit-report-{audit.pk}.pdf", _content(report_pdf(report)), save=False)
    report.save(update_fields=["pdf"])
    _send_report(audit, report, items)
    for item in items:
        if item.severity == Severity.SUSPECTED_FRAUD:
            _flag_fraud(audit, item, actor=actor, today=today)
    if director_ineligible:
        flag_ineligible_director(report, today=today)
    return report


def _content(data: bytes):
    from django.core.files.base import ContentFile

    return ContentFile(data)


def _send_report(audit: Audit, report: AuditReport, items: list[Objection]) -> None:
    society = audit.society
    params = {"society": society.name, "year": audit.fy_label, "on": display_date(audit.reported_on),
              "auditor": audit.auditor_name, "class": report.audit_class, "count": len(items)}
    society_url = reverse("audit_society_audit", args=[audit.pk])
    office_url = reverse("audit_work_office", args=[audit.pk])

    def send():
        # The secretary, or the liquidator of a society in liquidation (audit.work_access.society_representatives).
        for user in society_representatives(society):
            notify(user, key=f"audit:report:{audit.pk}", subject=REPORT_SUBJECT, body=REPORT_BODY, params=params,
                   url=society_url)
        for user in district_arcs(society.district_id):
            notify(user, key=f"audit:report:{audit.pk}", subject=REPORT_SUBJECT, body=REPORT_BODY, params=params,
                   url=office_url)

    transaction.on_commit(send)


def _flag_fraud(audit: Audit, item: Objection, *, actor, today: date) -> None:
    """At once: in the report's own transaction, the notices written to the outbox with it (registrar.notify)."""
    from registrar.l10n import money

    item.fraud_flagged_on = today
    item.save(update_fields=["fraud_flagged_on"])
    params = {"society": audit.society.name, "year": audit.fy_label, "number": item.number,
              "amount": f"₹{money(item.amount)}" if item.amount is not None else "—", "clause": item.clause,
              "text": item.text[:300]}
    url = reverse("audit_work_office", args=[audit.pk])
    for user in district_arcs(audit.society.district_id):
        notify(user, key=f"audit:fraud:{item.pk}", subject=FRAUD_SUBJECT, body=FRAUD_BODY, params=params, url=url,
               sms=True)
    activity.record(AuditWorkAction.FRAUD_FLAGGED, actor=actor, society=audit.society, target=audit,
                    data={"item": item.number, "amount": item.amount, "clause": item.clause})
