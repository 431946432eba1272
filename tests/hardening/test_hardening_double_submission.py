"""Issue 10 point 5: a double click, two tabs or a re-sent form never duplicates a record and never gives a 500.
Each create action checks its natural key under the lock it takes, backed by a unique constraint
(registrar.duplicates.AlreadyRecorded, a ValidationError naming the record that exists)."""

from datetime import date

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from registrar import clock
from registrar.actions import RegistrarAction  # noqa: F401  (the vocabulary is registered)
from registrar.models import ActivityEntry, Notification
from societies.governance.actions import GovernanceAction
from societies.governance.models import BoardMeeting, GeneralMeeting, Requisition
from societies.governance.services import board as board_services
from societies.governance.services import meetings as meeting_services
from societies.governance.services import returns as return_services
from societies.models import RegistrationApplication, Society
from societies.registration import services
from tests.gov_meetings.helpers import elect, record_agm, start, year
from tests.gov_returns.helpers import hold_agm, open_year
from tests.societies.helpers import make_submitted

pytestmark = pytest.mark.django_db


def _last_message(response) -> str:
    """The message the response adds (the first response's message is still queued: its redirect was not
    followed, as in a double click)."""
    return [str(m) for m in get_messages(response.wsgi_request)][-1]


@pytest.fixture
def frozen_today(monkeypatch):
    def freeze(day):
        monkeypatch.setattr(clock, "today", lambda: day)

    return freeze


# ---- registration ----------------------------------------------------------------------------------------------

def test_hardening_register_twice_gives_message(client, citizen, arcs_officer, sonitpur, frozen_today):
    application = make_submitted(citizen, sonitpur)  # received 15 Jan 2026
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    frozen_today(date(2026, 2, 1))
    client.force_login(arcs_officer)
    url = reverse("office_application_act", args=[application.pk, "register"])
    first = client.post(url, {"dispatched_on": "2026-02-01", "confirmed": "yes"})
    assert first.status_code == 302
    second = client.post(url, {"dispatched_on": "2026-02-01"})  # the double click, or a second tab
    assert second.status_code == 302 and second.url == reverse("office_application_detail", args=[application.pk])
    society = Society.objects.get()
    assert _last_message(second) == (f"This application is already registered: registration number "
                                   f"{society.registration_number}.")
    assert ActivityEntry.objects.filter(action="societies.registered").count() == 1


def test_hardening_register_twice_in_the_service_creates_nothing(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    society = services.application_register(application_id=application.pk, actor=arcs_officer,
                                            today=date(2026, 2, 1), dispatched_on=date(2026, 2, 1))
    with pytest.raises(ValidationError) as exc:
        services.application_register(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 2),
                                      dispatched_on=date(2026, 2, 2))
    assert exc.value.existing == society
    assert Society.objects.count() == 1


def _paper_payload(district):
    return {"district": district.pk, "proposed_name": "Borgaon Fishery Co-operative Society Limited",
            "society_type": "fishery", "address": "Borgaon, Sonitpur", "area_of_operation": "Borgaon GP",
            "authorised_share_capital": "200000", "chief_promoter_name": "Hemanta Nath",
            "received_on": "2026-01-15", "applicant_name": "Hemanta Nath"}


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_hardening_double_submit_paper_application(client, arcs_officer, sonitpur):
    client.force_login(arcs_officer)
    first = client.post(reverse("office_application_paper"), _paper_payload(sonitpur))
    second = client.post(reverse("office_application_paper"), _paper_payload(sonitpur))
    application = RegistrationApplication.objects.get()
    assert first.url == second.url == reverse("office_application_detail", args=[application.pk])
    assert _last_message(second) == (f"This paper application is already entered: "
                                     f"{application.acknowledgement_number}, received on 15 Jan 2026.")
    assert ActivityEntry.objects.filter(action="societies.paper_application_received").count() == 1


def test_hardening_paper_application_key_is_unique_in_database(arcs_officer, sonitpur):
    application = services.application_receive_paper(
        actor=arcs_officer, district=sonitpur, received_on=date(2026, 1, 15), today=date(2026, 1, 20),
        proposed_name="Borgaon Fishery Co-operative Society Limited", society_type="fishery", address="Borgaon",
        area_of_operation="Borgaon GP", authorised_share_capital=200000, chief_promoter_name="Hemanta Nath",
        applicant_name="Hemanta Nath")
    with pytest.raises(IntegrityError), transaction.atomic():  # whatever path writes it, not twice
        RegistrationApplication.objects.create(
            applicant=arcs_officer, district=sonitpur, proposed_name="BORGAON Fishery Co-operative Society Limited",
            society_type="fishery", address="Borgaon", area_of_operation="Borgaon GP", authorised_share_capital=1,
            chief_promoter_name="Hemanta Nath", received_by_hand=True, received_on=application.received_on)


# ---- Board meetings ----------------------------------------------------------------------------------------------

def test_hardening_double_submit_board_meeting(client, secretary, frozen_today):
    start(secretary.society)
    board = elect(secretary, result_on=date(2026, 6, 1))
    frozen_today(date(2026, 7, 1))
    client.force_login(secretary)
    ids = list(board.directors.values_list("pk", flat=True)[:8])
    url = reverse("society_board_meeting_new", args=[secretary.society.pk])
    client.post(url, {"held_on": "2026-06-20", "present": ids, "agenda": "Budget"})
    second = client.post(url, {"held_on": "2026-06-20", "present": ids, "agenda": "Budget"})
    assert second.status_code == 302 and second.url == reverse("society_board", args=[secretary.society.pk])
    assert _last_message(second) == ("The Board meeting of 20 Jun 2026 is already recorded. A society's Board "
                                     "meetings are counted one a day (s.43(1)).")
    assert BoardMeeting.objects.count() == 1
    assert ActivityEntry.objects.filter(action=GovernanceAction.BOARD_MEETING_RECORDED).count() == 1


def test_hardening_two_board_meetings_on_one_day_never_count_twice(secretary):
    start(secretary.society)
    board = elect(secretary, result_on=date(2026, 6, 1))
    ids = list(board.directors.values_list("pk", flat=True)[:8])
    board_services.board_meeting_record(society_id=secretary.society.pk, actor=secretary, today=date(2026, 7, 1),
                                        held_on=date(2026, 6, 20), present_ids=ids)
    with pytest.raises(ValidationError):  # a second entry of that day, say with other directors present
        board_services.board_meeting_record(society_id=secretary.society.pk, actor=secretary,
                                            today=date(2026, 7, 1), held_on=date(2026, 6, 20), present_ids=ids[:7])
    meeting = BoardMeeting.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():  # and the database refuses it whatever the path
        BoardMeeting.objects.create(board=board, society=secretary.society, held_on=date(2026, 6, 20),
                                    present_count=8, quorum_required=6, quorum_met=True, recorded_on=date(2026, 7, 1),
                                    recorded_by=secretary)
    assert BoardMeeting.objects.get() == meeting


# ---- requisitions and general meetings ---------------------------------------------------------------------------

def test_hardening_double_submit_requisition(client, secretary, frozen_today):
    start(secretary.society)
    frozen_today(date(2026, 7, 2))
    client.force_login(secretary)
    url = reverse("society_requisition_new", args=[secretary.society.pk])
    data = {"kind": "general_meeting", "requisitioned_by": "members", "received_on": "2026-07-01",
            "agenda": "Remove the manager"}
    client.post(url, data)
    second = client.post(url, data)
    assert Requisition.objects.count() == 1
    assert second.status_code == 302
    assert _last_message(second) == ("This requisition is already recorded: received on 01 Jul 2026, to be met by "
                                     "15 Aug 2026.")


def test_hardening_double_submit_general_meeting(secretary):
    start(secretary.society)
    for _click in range(2):  # an AGM without quorum, sent twice
        try:
            record_agm(secretary, held_on=date(2026, 9, 20), present=2, today=date(2026, 9, 21))
        except ValidationError as exc:
            assert exc.messages == ["The meeting of 20 Sep 2026 is already recorded."]
    assert GeneralMeeting.objects.filter(financial_year=year(secretary.society)).count() == 1
    special = {"society_id": secretary.society.pk, "actor": secretary, "today": date(2026, 9, 22), "kind": "special",
               "held_on": date(2026, 9, 22), "members_eligible": 100, "members_present": 30}
    meeting_services.general_meeting_record(**special)
    with pytest.raises(ValidationError):
        meeting_services.general_meeting_record(**special)
    assert GeneralMeeting.objects.filter(kind="special").count() == 1


def test_hardening_double_submit_defaulter_notices(secretary, arcs_officer, django_capture_on_commit_callbacks):
    fy = hold_agm(open_year(secretary.society))  # the return was due by 20 Oct 2026
    for _click in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            issued = return_services.returns_notices_issue(actor=arcs_officer, financial_years=[fy],
                                                           today=date(2026, 10, 21), office_name="Office")
        assert issued == [fy]  # printed again, ...
    # ... but issued (logged and sent) once that day.
    assert ActivityEntry.objects.filter(action=GovernanceAction.DEFAULTER_NOTICES_ISSUED).count() == 1
    assert Notification.objects.filter(recipient=secretary).count() == 1
    return_services.returns_notices_issue(actor=arcs_officer, financial_years=[fy], today=date(2026, 10, 28),
                                          office_name="Office")  # a week later: a new notice
    assert ActivityEntry.objects.filter(action=GovernanceAction.DEFAULTER_NOTICES_ISSUED).count() == 2


def test_hardening_double_submit_election_result(secretary):
    start(secretary.society)
    board = elect(secretary, result_on=date(2026, 6, 1))
    with pytest.raises(ValidationError) as exc:  # the same result sent again
        elect(secretary, result_on=date(2026, 6, 1))
    assert exc.value.messages == ["The election result of 01 Jun 2026 is already recorded: that Board is in office."]
    from societies.governance.models import Board

    assert Board.objects.filter(society=secretary.society, kind="elected").get() == board
