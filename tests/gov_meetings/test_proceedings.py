"""Proceedings: filing (in time and late), the ARCS's approve / return within 15 days, refusal afterwards."""

from datetime import date

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django_fsm import TransitionNotAllowed

from registrar.models import ActivityEntry, Notification
from societies.governance.actions import GovernanceAction
from societies.governance.models import Proceedings
from societies.governance.services import proceedings as svc

from .helpers import pdf_upload, record_agm, start

pytestmark = pytest.mark.django_db


def _messages(exc_info) -> list[str]:
    return [str(m) for m in exc_info.value.messages]


def file_for(secretary, *, today=date(2026, 10, 3), meeting=None):
    meeting = meeting or record_agm(secretary, held_on=date(2026, 9, 20))
    return svc.proceedings_file(meeting_id=meeting.pk, actor=secretary, today=today, document=pdf_upload(),
                                summary="AGM adopted the accounts for 2025-26.")


def test_proceedings_filing_and_approval_last_days(secretary, arcs_officer, django_capture_on_commit_callbacks):
    start(secretary.society)
    with django_capture_on_commit_callbacks(execute=True):
        proceedings = file_for(secretary, today=date(2026, 10, 3))
    assert proceedings.filing_last_day == date(2026, 10, 5)  # s.45(1): 15 days after a 20 Sep AGM
    assert proceedings.approval_last_day == date(2026, 10, 18)  # 15 days from receipt on 3 Oct
    assert proceedings.received_on == date(2026, 10, 3) and not proceedings.is_late
    assert proceedings.state == Proceedings.State.FILED
    assert proceedings.acknowledgement_number == "PRC/SNT/2026/000001"
    assert ActivityEntry.objects.filter(action=GovernanceAction.PROCEEDINGS_FILED, data__late=False,
                                        data__acknowledgement="PRC/SNT/2026/000001").exists()
    assert Notification.objects.filter(recipient=arcs_officer, key=f"proceedings-filed:{proceedings.pk}").exists()


def test_proceedings_filed_late_are_received_and_shown_late(secretary):
    start(secretary.society)
    proceedings = file_for(secretary, today=date(2026, 10, 6))
    assert proceedings.is_late and proceedings.approval_last_day == date(2026, 10, 21)


def test_proceedings_for_meeting_without_quorum_are_refused(secretary):
    start(secretary.society)
    meeting = record_agm(secretary, held_on=date(2026, 9, 20), present=3)
    with pytest.raises(ValidationError) as exc:
        file_for(secretary, meeting=meeting)
    assert _messages(exc) == ["Proceedings can be filed only for a meeting that was held (with quorum, or its "
                              "adjourned sitting, s.34)."]


def test_proceedings_twice_while_awaiting_are_refused(secretary):
    start(secretary.society)
    first = file_for(secretary)
    with pytest.raises(ValidationError) as exc:
        file_for(secretary, meeting=first.meeting)
    assert _messages(exc) == ["Proceedings of this meeting are already filed (Awaiting approval). File again only "
                              "if they are returned with observations."]


def test_proceedings_not_a_pdf_is_refused(secretary):
    from django.core.files.uploadedfile import SimpleUploadedFile

    start(secretary.society)
    meeting = record_agm(secretary)
    with pytest.raises(ValidationError) as exc:
        svc.proceedings_file(meeting_id=meeting.pk, actor=secretary, today=date(2026, 10, 3),
                             document=SimpleUploadedFile("x.pdf", b"hello"), summary="s")
    assert _messages(exc) == ["“x.pdf” is not a PDF file. Upload a PDF file."]


def test_proceedings_approve_notifies_secretary(secretary, arcs_officer, django_capture_on_commit_callbacks):
    start(secretary.society)
    proceedings = file_for(secretary)
    with django_capture_on_commit_callbacks(execute=True):
        svc.proceedings_approve(proceedings_id=proceedings.pk, actor=arcs_officer, today=date(2026, 10, 18))
    proceedings = Proceedings.objects.get(pk=proceedings.pk)
    assert (proceedings.state, proceedings.decided_on, proceedings.decided_by) == (
        Proceedings.State.APPROVED, date(2026, 10, 18), arcs_officer)
    assert ActivityEntry.objects.filter(action=GovernanceAction.PROCEEDINGS_APPROVED, actor=arcs_officer).exists()
    note = Notification.objects.get(recipient=secretary)
    assert note.subject == "Proceedings approved: Dhekiajuli Dairy Co-operative Society Limited"
    assert any(m.to == [secretary.email] for m in mail.outbox)


def test_proceedings_return_needs_observations(secretary, arcs_officer):
    start(secretary.society)
    proceedings = file_for(secretary)
    with pytest.raises(ValidationError) as exc:
        svc.proceedings_return(proceedings_id=proceedings.pk, actor=arcs_officer, today=date(2026, 10, 10),
                               observations="  ")
    assert _messages(exc) == ["Write the observations the society must answer."]


def test_proceedings_return_then_refile_creates_new_row(secretary, arcs_officer, django_capture_on_commit_callbacks):
    start(secretary.society)
    proceedings = file_for(secretary)
    with django_capture_on_commit_callbacks(execute=True):
        svc.proceedings_return(proceedings_id=proceedings.pk, actor=arcs_officer, today=date(2026, 10, 10),
                               observations="Attendance sheet missing.")
    returned = Proceedings.objects.get(pk=proceedings.pk)
    assert (returned.state, returned.observations) == (Proceedings.State.RETURNED, "Attendance sheet missing.")
    assert "Attendance sheet missing." in Notification.objects.get(recipient=secretary).body
    again = file_for(secretary, today=date(2026, 10, 12), meeting=proceedings.meeting)
    assert again.pk != proceedings.pk and again.approval_last_day == date(2026, 10, 27)
    assert again.is_late  # still measured from the meeting: last day 5 Oct 2026
    # a new filing, a new acknowledgement: the next number of the district's series for the year
    assert (proceedings.acknowledgement_number, again.acknowledgement_number) == (
        "PRC/SNT/2026/000001", "PRC/SNT/2026/000002")


def test_proceedings_decision_after_last_day_is_refused(secretary, arcs_officer):
    start(secretary.society)
    proceedings = file_for(secretary)
    with pytest.raises(ValidationError) as exc:
        svc.proceedings_approve(proceedings_id=proceedings.pk, actor=arcs_officer, today=date(2026, 10, 19))
    assert _messages(exc) == ["The 15 days to decide ended on 18 Oct 2026: the proceedings are deemed approved from "
                              "the next day (s.45(1)) and can no longer be approved or returned."]
    assert Proceedings.objects.get(pk=proceedings.pk).state == Proceedings.State.FILED


def test_proceedings_decided_twice_is_not_allowed(secretary, arcs_officer):
    start(secretary.society)
    proceedings = file_for(secretary)
    svc.proceedings_approve(proceedings_id=proceedings.pk, actor=arcs_officer, today=date(2026, 10, 5))
    with pytest.raises(TransitionNotAllowed):
        svc.proceedings_return(proceedings_id=proceedings.pk, actor=arcs_officer, today=date(2026, 10, 6),
                               observations="late thought")


def test_proceedings_approve_by_other_district_or_citizen_is_refused(secretary, other_district_officer):
    start(secretary.society)
    proceedings = file_for(secretary)
    for actor in (other_district_officer, secretary):
        with pytest.raises(PermissionDenied):
            svc.proceedings_approve(proceedings_id=proceedings.pk, actor=actor, today=date(2026, 10, 5))
