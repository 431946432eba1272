"""Proceedings deemed approved (statute/README.md example 5) and the officer's 90-day overrun flag (example 10)."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from registrar.models import Notification
from societies.governance import rules, sweepers
from societies.governance.actions import GovernanceAction as A
from societies.governance.models import ComplianceFlag, GeneralMeeting, OfficerAppointment, Proceedings

from .helpers import entries, make_society, reload

pytestmark = pytest.mark.django_db


def make_proceedings(society, user, received_on=date(2026, 10, 3)) -> Proceedings:
    agm = GeneralMeeting.objects.create(society=society, kind="agm", held_on=date(2026, 9, 20), members_eligible=100,
                                        members_present=30, quorum_required=10, quorum_met=True,
                                        recorded_on=date(2026, 9, 21), recorded_by=user)
    return Proceedings.objects.create(
        meeting=agm, society=society, document=SimpleUploadedFile("p.pdf", b"%PDF-1.4\n"), original_name="p.pdf",
        summary="Accounts adopted", received_on=received_on,
        filing_last_day=rules.proceedings_filing_last_day(agm.held_on),
        approval_last_day=rules.proceedings_approval_last_day(received_on), filed_by=user)


@pytest.mark.parametrize("run_on", [date(2026, 10, 19), date(2026, 10, 29)], ids=["day_after", "10_days_late"])
def test_proceedings_deemed_approved_on_19_oct_2026(secretary, arcs_officer, run_on,
                                                    django_capture_on_commit_callbacks):
    society = make_society(secretary=secretary)
    proceedings = make_proceedings(society, secretary)
    assert proceedings.approval_last_day == date(2026, 10, 18)
    with django_capture_on_commit_callbacks(execute=True):
        assert sweepers.proceedings_deem_approved(today=run_on).count == 1
        assert sweepers.proceedings_deem_approved(today=run_on).count == 0
    proceedings = reload(proceedings)
    assert (proceedings.state, proceedings.decided_on) == ("deemed_approved", date(2026, 10, 19))
    [entry] = entries(A.PROCEEDINGS_DEEMED_APPROVED)
    assert entry.data["deemed_approved_on"] == "2026-10-19"
    assert Notification.objects.filter(recipient=secretary).count() == 1
    assert Notification.objects.filter(recipient=arcs_officer).count() == 1


def test_proceedings_approved_in_time_not_deemed(secretary, registrar):
    society = make_society(secretary=secretary)
    proceedings = make_proceedings(society, secretary)
    assert sweepers.proceedings_deem_approved(today=date(2026, 10, 18)).count == 0  # the last day itself
    proceedings.approve(on=date(2026, 10, 18), by=registrar)
    proceedings.save()
    assert sweepers.proceedings_deem_approved(today=date(2026, 10, 19)).count == 0
    assert reload(proceedings).state == "approved"


@pytest.mark.parametrize("run_on", [date(2026, 12, 31), date(2027, 1, 10)], ids=["day_after", "10_days_late"])
def test_officer_overrun_flagged_after_30_dec_2026(secretary, arcs_officer, run_on):
    society = make_society(secretary=secretary)
    appointment = OfficerAppointment.objects.create(
        society=society, officer=arcs_officer, appointed_by=arcs_officer, appointed_on=date(2026, 10, 1),
        order_number="ARCS/SNT/1", board_due_on=rules.officer_board_last_day(date(2026, 10, 1)))
    assert appointment.board_due_on == date(2026, 12, 30)
    sweepers.appointments_flag_overrun(today=run_on)
    assert sweepers.appointments_flag_overrun(today=run_on).count == 0
    flag = ComplianceFlag.objects.get()
    assert (flag.kind, flag.subject_key, flag.raised_on) == ("officer_overrun", f"appointment:{appointment.pk}",
                                                             date(2026, 12, 31))
    assert reload(appointment).overrun_flagged is True and reload(appointment).ended_on is None
    assert len(entries(A.FLAG_RAISED)) == 1


def test_officer_board_constituted_in_time_no_overrun_flag(secretary, arcs_officer):
    society = make_society(secretary=secretary)
    OfficerAppointment.objects.create(
        society=society, officer=arcs_officer, appointed_by=arcs_officer, appointed_on=date(2026, 10, 1),
        order_number="ARCS/SNT/2", board_due_on=date(2026, 12, 30), ended_on=date(2026, 12, 20))
    assert sweepers.appointments_flag_overrun(today=date(2026, 12, 31)).count == 0
    assert not ComplianceFlag.objects.exists()
