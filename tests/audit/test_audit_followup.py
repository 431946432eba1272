"""After the report: the AGM's acceptance, the Board's follow-up report (s.85(2)) and its FLAG clock, the order
that alone ends the Board (s.40(4)(f) bar, s.41(6) prompt), the re-audit bar (s.86) and the retention guard."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from pypdf import PdfReader

from audit.models import AuditWork, Objection
from audit.retention import RecordsRetained
from audit.services import followup
from orders.models import Order
from registrar import sweeps
from registrar.models import Notification
from societies.governance.models import Board, ComplianceFlag, Director, GeneralMeeting
from societies.governance.services.flags import flag_confirm
from societies.models import Society
from tests.audit import work_support as ws
from tests.conftest import make_officer

LAST_DAY = date(2026, 12, 28)     # AGM 25 Sep 2026 + 3 months = 25 Dec (a holiday here), 26 (4th Sat), 27 (Sun)
FLAG_ON = date(2026, 12, 29)


@pytest.fixture
def accepted(arcs_officer, auditor, secretary):
    from registrar.services.office import holiday_add

    holiday_add(day=date(2026, 12, 25), name="Christmas", actor=None)
    audit, report = ws.reported(arcs_officer, auditor, secretary=secretary, via_service=False)
    board = ws.board_for(audit.society)
    meeting = ws.agm(audit.society, recorder=secretary)
    report = followup.audit_report_accept(audit_id=audit.pk, meeting_id=meeting.pk, actor=secretary,
                                          today=ws.AGM_ON)
    return audit, report, board


def _sweep(today):
    sweeps.run_all(today=today, only="audits_flag_missing_followup")


def _flags(audit):
    return list(ComplianceFlag.objects.filter(society=audit.society, kind=ComplianceFlag.Kind.AUDIT_FOLLOWUP_NOT_FILED))


def test_audit_acceptance_marks_the_agm_and_starts_the_followup_from_the_statute(accepted):
    audit, report, _board = accepted
    assert report.accepted_on == ws.AGM_ON and report.followup_due_on == LAST_DAY
    assert GeneralMeeting.objects.get(pk=report.accepted_meeting_id).audit_report_accepted is True
    assert report.report_ready_for_agm is True      # issued 20 Aug, needed by 10 Sep (s.30(4))


def test_audit_acceptance_refuses_an_agm_before_the_report(arcs_officer, auditor, secretary):
    audit, _report = ws.reported(arcs_officer, auditor, secretary=secretary, via_service=False)
    early = ws.agm(audit.society, held_on=date(2026, 8, 1), recorder=secretary)
    with pytest.raises(ValidationError) as error:
        followup.audit_report_accept(audit_id=audit.pk, meeting_id=early.pk, actor=secretary, today=ws.AGM_ON)
    assert "before the report was issued" in error.value.messages[0]


@pytest.mark.parametrize("today, flagged", [(LAST_DAY, False), (FLAG_ON, True)])
def test_audit_followup_clock_at_its_last_day_and_the_day_after(accepted, today, flagged):
    audit, _report, _board = accepted
    _sweep(today)
    assert len(_flags(audit)) == (1 if flagged else 0)


def test_audit_followup_flag_run_late_is_dated_the_legal_day_once(accepted):
    audit, _report, _board = accepted
    _sweep(date(2027, 2, 10))
    _sweep(date(2027, 2, 11))
    (flag,) = _flags(audit)
    assert flag.raised_on == FLAG_ON and flag.subject_key.endswith(FLAG_ON.isoformat())


def test_audit_followup_flag_never_ends_the_board_without_the_order(accepted):
    audit, _report, board = accepted
    _sweep(date(2027, 3, 1))
    board = Board.objects.get(pk=board.pk)
    assert board.ended_on is None
    assert Society.objects.get(pk=audit.society_id).governance_status == "elected_board"
    assert Director.objects.filter(board=board, ceased_on__isnull=True).count() == 5


def test_audit_followup_filed_in_time_raises_no_flag(accepted, secretary):
    audit, _report, _board = accepted
    followup.audit_followup_file(audit_id=audit.pk, actor=secretary, text="Cash book balanced; loan recovered.",
                                 today=LAST_DAY)
    _sweep(date(2027, 1, 15))
    assert _flags(audit) == []


def test_audit_followup_order_ends_the_board_from_the_legal_day_with_the_bar(accepted, registrar, arcs_officer,
                                                                             django_capture_on_commit_callbacks):
    audit, _report, board = accepted
    _sweep(date(2027, 1, 20))
    (flag,) = _flags(audit)
    with django_capture_on_commit_callbacks(execute=True):
        flag_confirm(flag_id=flag.pk, actor=registrar, order_text="No report filed; disqualification confirmed.",
                     today=date(2027, 1, 25))
    board = Board.objects.get(pk=board.pk)
    assert (board.ended_on, board.end_reason) == (FLAG_ON, Board.EndReason.AUDIT_FOLLOWUP_NOT_FILED)
    bars = set(Director.objects.filter(board=board).values_list("director_bar_until", flat=True))
    assert bars == {date(2031, 12, 29)}                          # s.40(4)(f): five years
    assert Society.objects.get(pk=audit.society_id).governance_status == "board_ceased"
    # the s.41(6) flow: the district's ARCS is asked to appoint an officer
    note = Notification.objects.get(recipient=arcs_officer, key__contains=f"board:{board.pk}")
    assert "41(6)" in note.body
    flag = ComplianceFlag.objects.get(pk=flag.pk)
    assert flag.state == ComplianceFlag.State.CONFIRMED
    order = Order.objects.get(number=flag.order_number)
    with order.pdf.open("rb") as handle:
        text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(handle).pages).split())
    assert "Disqualification of the Board" in text and "29 December 2026" in text


def test_audit_reaudit_by_the_chief_auditor_only_and_barred_after_three_years(accepted, arcs_officer):
    audit, _report, _board = accepted
    chief = make_officer("chief.auditor", "chiefauditor", ["SNT"])
    with pytest.raises(PermissionDenied):
        followup.audit_reaudit_order(audit_id=audit.pk, actor=arcs_officer, reasons="On appeal.",
                                     today=date(2029, 9, 25))
    with pytest.raises(ValidationError) as error:
        followup.audit_reaudit_order(audit_id=audit.pk, actor=chief, reasons="On appeal.", today=date(2029, 9, 26))
    assert "three years ended on" in error.value.messages[0]
    reaudit = followup.audit_reaudit_order(audit_id=audit.pk, actor=chief, reasons="On appeal.",
                                           today=date(2029, 9, 25))
    assert reaudit.order.kind == "audit.reaudit"


def test_audit_records_are_never_purged_inside_ten_years(accepted):
    audit, report, _board = accepted
    from django.db import transaction

    with pytest.raises(RecordsRetained), transaction.atomic():
        Objection.objects.filter(report=report).delete()     # a queryset delete meets the guard too
    with pytest.raises(RecordsRetained), transaction.atomic():
        AuditWork.objects.get(audit=audit).delete()
    assert Objection.objects.filter(report=report).count() == 2
