"""The audit work's services: the report with its objections, and each objection through every status to closure
(issue 18 points 3 and 5)."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from pypdf import PdfReader

from audit.models import Audit, AuditClassBand, AuditStatus, Objection, ObjectionState
from audit.services import objections as svc
from audit.services import work
from orders.models import Order
from registrar.models import ActivityEntry, Notification
from societies.governance.models import ComplianceFlag
from tests.audit import work_support as ws
from tests.conftest import make_officer

DIRECTED_ON = date(2026, 9, 1)
RECTIFY_BY = date(2026, 10, 31)


def _text(field) -> str:
    with field.open("rb") as handle:
        return "\n".join(page.extract_text() or "" for page in PdfReader(handle).pages)


@pytest.fixture
def reported(arcs_officer, auditor, secretary):
    return ws.reported(arcs_officer, auditor, secretary=secretary, via_service=False)


def test_audit_work_start_books_complete_report_move_the_audit(arcs_officer, auditor, django_capture_on_commit_callbacks):
    audit = ws.allotted(arcs_officer, auditor)
    work.audit_start(audit_id=audit.pk, actor=auditor, started_on=ws.STARTED_ON, today=ws.STARTED_ON)
    books = work.audit_record_books(audit_id=audit.pk, actor=auditor, today=ws.STARTED_ON,
                                    books_produced="Cash book, ledgers, vouchers", books_produced_on=ws.STARTED_ON,
                                    accounts_written_up=True, write_up_cost=2500)
    assert books.write_up_cost == 2500
    done = work.audit_complete(audit_id=audit.pk, actor=auditor, completed_on=ws.COMPLETED_ON, today=ws.COMPLETED_ON)
    assert (done.status, done.report_due_on) == (AuditStatus.COMPLETED, date(2026, 8, 24))
    with django_capture_on_commit_callbacks(execute=True):
        report = work.audit_report_file(
            audit_id=audit.pk, actor=auditor, today=ws.REPORTED_ON, findings={}, marks=68, opinion="True and fair.",
            summary=ws.SUMMARY, objections=ws.TWO_ITEMS)
    audit = Audit.objects.get(pk=audit.pk)
    assert audit.status == AuditStatus.REPORTED and audit.reported_on == ws.REPORTED_ON
    assert report.audit_class == "B" and report.objections.count() == 2
    text = _text(report.pdf)
    assert "Audit Report" in text and "Schedule of objections" in text and "Loan to a non-member" in text
    # A suspected fraud is flagged to the district's ARCS at once (an outbox-backed notice)
    assert Notification.objects.filter(recipient=arcs_officer, key__startswith="audit:fraud:").count() == 1
    assert report.objections.get(number=2).fraud_flagged_on == ws.REPORTED_ON


def test_audit_work_write_up_needs_its_cost_and_the_auditor_of_another_audit_is_refused(arcs_officer, auditor):
    audit = ws.allotted(arcs_officer, auditor)
    other = make_officer("auditor.two", "auditor", ["SNT"])
    with pytest.raises(PermissionDenied):
        work.audit_start(audit_id=audit.pk, actor=other, started_on=ws.STARTED_ON, today=ws.STARTED_ON)
    work.audit_start(audit_id=audit.pk, actor=auditor, started_on=ws.STARTED_ON, today=ws.STARTED_ON)
    with pytest.raises(ValidationError) as error:
        work.audit_record_books(audit_id=audit.pk, actor=auditor, today=ws.STARTED_ON, books_produced="",
                                books_produced_on=None, accounts_written_up=True)
    assert error.value.messages == [str(work.WRITE_UP_NEEDS_COST)]


def test_audit_report_class_follows_the_configured_bands(arcs_officer, auditor):
    AuditClassBand.objects.all().delete()   # the office's own table replaces the migration's defaults
    AuditClassBand.objects.bulk_create([AuditClassBand(label=label, min_marks=m)
                                        for label, m in (("A", 65), ("B", 50), ("C", 30), ("D", 0))])
    _audit, report = ws.reported(arcs_officer, auditor, marks=68, items=[])
    assert report.audit_class == "A"
    _audit = Audit.objects.get(pk=_audit.pk)
    assert _audit.closed_on == ws.REPORTED_ON   # nothing to track: the auditor's access ends with the report


def test_audit_report_ineligible_director_is_a_flag_never_a_bar(arcs_officer, auditor):
    audit = ws.completed(arcs_officer, auditor)
    work.audit_report_file(audit_id=audit.pk, actor=auditor, today=ws.REPORTED_ON, findings={}, marks=50,
                           opinion="Qualified.", summary=ws.SUMMARY, objections=[], director_ineligible=True,
                           director_ineligible_details="R. Bora: in default of a loan for over a year")
    flag = ComplianceFlag.objects.get(society=audit.society, kind=ComplianceFlag.Kind.INELIGIBLE_DIRECTOR)
    assert flag.state == ComplianceFlag.State.OPEN and "not a bar" in flag.facts


def test_audit_objections_through_every_status_to_closure(reported, arcs_officer, auditor, secretary):
    audit, report = reported
    first, second = report.objections.order_by("number")
    ws.explain(first, secretary)
    first = Objection.objects.get(pk=first.pk)
    assert first.state == ObjectionState.EXPLAINED
    # the second item is unanswered and its chance to explain runs to 19 Sep: it cannot be directed yet
    with pytest.raises(ValidationError) as error:
        svc.rectification_direct(audit_id=audit.pk, actor=arcs_officer, objection_ids=[first.pk, second.pk],
                                 rectify_by=RECTIFY_BY, text="Rectify and report.", today=DIRECTED_ON)
    assert "19 Sep 2026" in error.value.messages[0] or "19-09-2026" in error.value.messages[0]
    direction = svc.rectification_direct(audit_id=audit.pk, actor=arcs_officer, objection_ids=[first.pk],
                                         rectify_by=RECTIFY_BY, text="Balance the cash book.", today=DIRECTED_ON)
    first = Objection.objects.get(pk=first.pk)
    assert first.state == ObjectionState.DIRECTED and direction.order.kind == "audit.rectification_direction"
    assert "Direction to Rectify" in _text(Order.objects.get(pk=direction.order_id).pdf)
    # the society rectifies with its evidence (checked as every upload)
    svc.objection_rectify(objection_id=first.pk, actor=secretary, text="Balanced and certified.",
                          evidence=ws.pdf_upload(), today=date(2026, 10, 10))
    first = Objection.objects.get(pk=first.pk)
    assert first.state == ObjectionState.RECTIFIED and first.evidence_name == "evidence.pdf"
    # not satisfied: sent back; rectified again; accepted by the auditor
    svc.objection_send_back(objection_id=first.pk, actor=auditor, remarks="Certificate unsigned.",
                            today=date(2026, 10, 12))
    first = Objection.objects.get(pk=first.pk)
    assert first.state == ObjectionState.DIRECTED
    svc.objection_rectify(objection_id=first.pk, actor=secretary, text="Signed certificate.",
                          evidence=ws.pdf_upload(), today=date(2026, 10, 14))
    svc.objection_accept(objection_id=first.pk, actor=auditor, today=date(2026, 10, 15))
    first = Objection.objects.get(pk=first.pk)
    direction.refresh_from_db()
    assert first.state == ObjectionState.ACCEPTED and direction.closed_on == date(2026, 10, 15)
    audit = Audit.objects.get(pk=audit.pk)
    assert audit.closed_on is None          # item 2 still open: the auditor keeps access
    # item 2: after its chance to explain, directed unanswered; rectified; accepted by the officer -> closed
    late = svc.rectification_direct(audit_id=audit.pk, actor=arcs_officer, objection_ids=[second.pk],
                                    rectify_by=RECTIFY_BY, text="Recover the loan.", today=date(2026, 9, 20))
    svc.objection_rectify(objection_id=second.pk, actor=secretary, text="Recovered.", evidence=ws.pdf_upload(),
                          today=date(2026, 10, 20))
    svc.objection_accept(objection_id=second.pk, actor=arcs_officer, today=date(2026, 10, 21))
    audit = Audit.objects.get(pk=audit.pk)
    late.refresh_from_db()
    assert audit.closed_on == date(2026, 10, 21) and late.closed_on == date(2026, 10, 21)
    codes = set(ActivityEntry.objects.filter(action__startswith="audit.").values_list("action", flat=True))
    assert {"audit.objection_explained", "audit.rectification_directed", "audit.objection_rectified",
            "audit.objection_sent_back", "audit.objection_accepted", "audit.closed"} <= codes


def test_audit_objection_refusals_name_the_state_and_the_person(reported, arcs_officer, other_district_officer,
                                                                 secretary, citizen):
    audit, report = reported
    first = report.objections.get(number=1)
    with pytest.raises(PermissionDenied):
        svc.objection_explain(objection_id=first.pk, actor=citizen, text="x", today=DIRECTED_ON)
    with pytest.raises(PermissionDenied):
        svc.rectification_direct(audit_id=audit.pk, actor=other_district_officer, objection_ids=[first.pk],
                                 rectify_by=RECTIFY_BY, text="x", today=DIRECTED_ON)
    with pytest.raises(ValidationError) as error:     # open items are not rectified before a direction
        svc.objection_rectify(objection_id=first.pk, actor=secretary, text="Done", evidence=ws.pdf_upload(),
                              today=DIRECTED_ON)
    assert "Item 1 cannot be rectified now" in error.value.messages[0]
    with pytest.raises(ValidationError):              # the date fixed must follow the direction
        svc.rectification_direct(audit_id=audit.pk, actor=arcs_officer, objection_ids=[first.pk],
                                 rectify_by=DIRECTED_ON, text="x", today=DIRECTED_ON)


def test_audit_objection_evidence_that_is_not_a_pdf_is_refused(reported, arcs_officer, secretary):
    from django.core.files.uploadedfile import SimpleUploadedFile

    audit, report = reported
    first = report.objections.get(number=1)
    ws.explain(first, secretary)
    svc.rectification_direct(audit_id=audit.pk, actor=arcs_officer, objection_ids=[first.pk],
                             rectify_by=RECTIFY_BY, text="x", today=DIRECTED_ON)
    fake = SimpleUploadedFile("evidence.pdf", b"<script>alert(1)</script>", content_type="application/pdf")
    with pytest.raises(ValidationError) as error:
        svc.objection_rectify(objection_id=first.pk, actor=secretary, text="Done", evidence=fake,
                              today=date(2026, 10, 1))
    assert "evidence.pdf" in error.value.messages[0]
    first = Objection.objects.get(pk=first.pk)
    assert first.state == ObjectionState.DIRECTED


def test_audit_objections_past_the_direction_date_are_listed_for_the_arcs(reported, arcs_officer,
                                                                          other_district_officer, secretary):
    from audit.work_selectors import objection_list_overdue

    audit, report = reported
    first = report.objections.get(number=1)
    ws.explain(first, secretary)
    svc.rectification_direct(audit_id=audit.pk, actor=arcs_officer, objection_ids=[first.pk],
                             rectify_by=RECTIFY_BY, text="x", today=DIRECTED_ON)
    assert list(objection_list_overdue(arcs_officer, RECTIFY_BY)) == []            # the last day
    assert [o.pk for o in objection_list_overdue(arcs_officer, date(2026, 11, 1))] == [first.pk]   # day after
    assert list(objection_list_overdue(other_district_officer, date(2026, 11, 1))) == []
