"""Issue 10 point 5 on PostgreSQL: two submissions at the same moment (two tabs, a double click reaching two
workers) record one row; the other gets the message, never an IntegrityError."""

import threading
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from societies.governance.models import BoardMeeting
from societies.governance.services import board as board_services
from societies.models import RegistrationApplication
from societies.registration import services
from tests.gov_meetings.helpers import elect, start

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _race(action, n: int = 2) -> list:
    """Run `action` in n threads released together; return what each returned or raised."""
    barrier = threading.Barrier(n)
    outcomes: list = []

    def run():
        try:
            barrier.wait()
            outcomes.append(action())
        except Exception as exc:  # the outcome is what the test asserts
            outcomes.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return outcomes


def test_hardening_two_tabs_at_once_record_one_board_meeting(secretary):
    start(secretary.society)
    board = elect(secretary, result_on=date(2026, 6, 1))
    ids = list(board.directors.values_list("pk", flat=True)[:8])
    outcomes = _race(lambda: board_services.board_meeting_record(
        society_id=secretary.society.pk, actor=secretary, today=date(2026, 7, 1), held_on=date(2026, 6, 20),
        present_ids=ids))
    assert sorted(type(o).__name__ for o in outcomes) == ["AlreadyRecorded", "BoardMeeting"]
    assert BoardMeeting.objects.count() == 1


def test_hardening_two_tabs_at_once_enter_one_paper_application(arcs_officer, sonitpur):
    outcomes = _race(lambda: services.application_receive_paper(
        actor=arcs_officer, district=sonitpur, received_on=date(2026, 1, 15), today=date(2026, 1, 20),
        proposed_name="Borgaon Fishery Co-operative Society Limited", society_type="fishery", address="Borgaon",
        area_of_operation="Borgaon GP", authorised_share_capital=200000, chief_promoter_name="Hemanta Nath",
        applicant_name="Hemanta Nath"))
    assert sum(isinstance(o, RegistrationApplication) for o in outcomes) == 1
    assert sum(isinstance(o, ValidationError) for o in outcomes) == 1
    assert RegistrationApplication.objects.count() == 1
