"""Builders for the audit-work tests: an audit allotted through the allotment service, worked and reported through
the work services, dated by hand."""

import io
from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from audit.models import Audit, AuditReport, Objection
from audit.services import objections as objection_services
from audit.services import work
from societies.governance.models import GeneralMeeting
from tests.audit.allotment_support import FY, allot, opened, society
from tests.gov_sweepers.helpers import elect_board

ALLOTTED_ON = date(2026, 5, 4)
STARTED_ON = date(2026, 5, 11)
COMPLETED_ON = date(2026, 8, 10)
REPORTED_ON = date(2026, 8, 20)
AGM_ON = date(2026, 9, 25)          # accepts the report: the follow-up is due 25 Dec 2026

SUMMARY = {"share_capital": Decimal("250000"), "deposits": Decimal("1200000"), "borrowings": Decimal("300000"),
           "loans_outstanding": Decimal("900000"), "working_capital": Decimal("1800000"),
           "turnover": Decimal("6400000"), "profit_or_loss": Decimal("-12000"), "reserves": Decimal("80000")}
TWO_ITEMS = [
    {"severity": "objection", "text": "Cash book not balanced for March 2026.", "amount": Decimal("18500"),
     "clause": "s.80(1), bye-law 42"},
    {"severity": "suspected_fraud", "text": "Loan to a non-member without Board approval.",
     "amount": Decimal("150000"), "clause": "s.66, bye-law 30"},
]


def pdf_upload(name="evidence.pdf") -> SimpleUploadedFile:
    """A small real PDF (pypdf writes it), as a secretary's upload."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return SimpleUploadedFile(name, out.getvalue(), content_type="application/pdf")


def allotted(arcs, auditor_user, *, district=None, number="SNT/REG/2020/0101", secretary=None, via_service=False):
    """An allotted audit: through the allotment service (its order and letter) when `via_service`, else as a
    record (the allotment's own tests cover its service; these build fast)."""
    row = society(district, number=number)
    if secretary is not None:
        from guardian.shortcuts import assign_perm

        assign_perm("societies.act_as_secretary", secretary, row)
    if via_service:
        return allot(arcs, opened(row, today=ALLOTTED_ON), auditor=auditor_user, today=ALLOTTED_ON)
    audit = Audit.objects.create(society=row, fy_end=FY, opened_on=ALLOTTED_ON, due_on=date(2026, 9, 30))
    audit.allot(on=ALLOTTED_ON, officer=auditor_user.officer)
    audit.save()
    return audit


def completed(arcs, auditor_user, **kwargs):
    audit = allotted(arcs, auditor_user, **kwargs)
    work.audit_start(audit_id=audit.pk, actor=auditor_user, started_on=STARTED_ON, today=STARTED_ON)
    work.audit_complete(audit_id=audit.pk, actor=auditor_user, completed_on=COMPLETED_ON, today=COMPLETED_ON)
    return audit


def reported(arcs, auditor_user, *, items=TWO_ITEMS, marks=68, today=REPORTED_ON, via_service=True, **kwargs):
    """A reported audit: filed through audit_report_file (its PDF, notices, flags) when `via_service`, else the
    report and its items as records (for the tests of what comes after)."""
    audit = completed(arcs, auditor_user, **kwargs)
    if via_service:
        report = work.audit_report_file(
            audit_id=audit.pk, actor=auditor_user, today=today, findings={"finding_a": "Loan rules not followed."},
            marks=marks, opinion="The accounts give a true and fair view, subject to the objections.",
            summary=SUMMARY, objections=list(items))
        return Audit.objects.get(pk=audit.pk), report
    audit = Audit.objects.get(pk=audit.pk)
    report = AuditReport.objects.create(audit=audit, marks=marks, audit_class="B", opinion="True and fair.",
                                        filed_on=today, filed_by=auditor_user, **SUMMARY)
    for n, item in enumerate(items, start=1):
        Objection.objects.create(report=report, number=n, **item)
    audit.report(on=today)
    audit.save(update_fields=["status", "reported_on"])
    return audit, report


def agm(society_row, held_on=AGM_ON, *, recorder) -> GeneralMeeting:
    from societies.governance.services.supervision import financial_year_open

    year = financial_year_open(society_row, FY)
    return GeneralMeeting.objects.create(
        society=society_row, kind=GeneralMeeting.Kind.AGM, financial_year=year, held_on=held_on,
        members_eligible=100, members_present=40, quorum_required=10, quorum_met=True, recorded_on=held_on,
        recorded_by=recorder)


def board_for(society_row):
    return elect_board(society_row, date(2024, 6, 1))


def explain(item, secretary, today=date(2026, 8, 25)):
    return objection_services.objection_explain(objection_id=item.pk, actor=secretary, text="Balanced on 2 April.",
                                                today=today)
