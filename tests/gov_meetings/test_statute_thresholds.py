"""The thresholds of supervision, each test named for the rules.yaml id it enforces (docs/statute-coverage.md
points here). Quorums are counted on hand: ceil(50% of 11) = 6, ceil(10% of 250) = 25, ceil(25% of 41) = 11."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from societies.governance import rules
from societies.governance.models import Board, BoardMeeting
from societies.governance.services import board as board_services

from .helpers import elect, record_agm, slate, start


@pytest.mark.parametrize(("sanctioned", "quorum"), [(3, 2), (7, 4), (10, 5), (11, 6), (21, 11)])
def test_board_quorum_50pct_of_sanctioned_strength(sanctioned, quorum):
    assert rules.board_quorum(sanctioned) == quorum


@pytest.mark.parametrize(("eligible", "quorum"), [(250, 25), (41, 5), (10, 1), (9, 1), (1000, 100)])
def test_ga_quorum_10pct_of_members_eligible(eligible, quorum):
    assert rules.general_meeting_quorum(eligible) == quorum


@pytest.mark.parametrize(("eligible", "quorum"), [(41, 11), (100, 25), (4, 1)])
def test_delegate_body_quorum_25pct(eligible, quorum):
    assert rules.general_meeting_quorum(eligible, delegate_body=True) == quorum


@pytest.mark.parametrize(("held", "enough"), [(0, False), (3, False), (4, True), (6, True)])
def test_board_meetings_min_4_per_fy_count(held, enough):
    assert rules.has_minimum_board_meetings(held) is enough


@pytest.mark.django_db
def test_board_max_21_directors_sanctioned_strength_refused_above_21(secretary):
    start(secretary.society)
    with pytest.raises(ValidationError):
        board_services.board_set_strength(society_id=secretary.society.pk, actor=secretary, strength=22)
    board_services.board_set_strength(society_id=secretary.society.pk, actor=secretary, strength=21)
    assert Board.objects.get(society=secretary.society, ended_on__isnull=True).sanctioned_strength == 21


@pytest.mark.django_db
def test_co_opted_experts_max_2_on_an_elected_board(secretary):
    start(secretary.society)
    directors = slate(11) + [{"name": f"Expert {i}", "gender": "woman", "category": "general", "is_coopted": True,
                              "office": "director"} for i in range(3)]
    with pytest.raises(ValidationError):
        elect(secretary, directors=directors)
    elect(secretary, directors=directors[:-1])  # two experts are allowed


@pytest.mark.django_db
def test_board_quorum_50pct_meeting_with_five_of_eleven_is_not_held(secretary):
    start(secretary.society)
    board = elect(secretary, result_on=date(2026, 6, 1))
    present = list(board.directors.values_list("pk", flat=True)[:5])
    board_services.board_meeting_record(society_id=secretary.society.pk, actor=secretary, today=date(2026, 7, 1),
                                        held_on=date(2026, 7, 1), present_ids=present)
    meeting = BoardMeeting.objects.get(board=board)
    assert (meeting.quorum_required, meeting.quorum_met) == (6, False)
    board.refresh_from_db()
    assert board.next_meeting_due_on == date(2026, 9, 29)  # still 1 Jun 2026 + 120 days: not a held meeting


@pytest.mark.django_db
def test_ga_quorum_10pct_agm_with_24_of_250_present_sets_no_agm_date(secretary):
    start(secretary.society)
    record_agm(secretary, held_on=date(2026, 9, 20), eligible=250, present=24)
    from .helpers import year

    assert year(secretary.society).agm_held_on is None
