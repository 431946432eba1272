"""The Board: sanctioned strength, election results and their bars, office-bearers, Board meetings and quorum."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from registrar.models import ActivityEntry
from societies.governance.actions import GovernanceAction
from societies.governance.models import Board, Director, OfficerAppointment, Requisition
from societies.governance.services import board as svc
from societies.governance.services import meetings as meeting_services
from societies.models import Society

from .helpers import elect, slate, start

pytestmark = pytest.mark.django_db


def _messages(exc_info) -> list[str]:
    return [str(m) for m in exc_info.value.messages]


def test_board_strength_is_recorded_and_logged(secretary):
    start(secretary.society)
    board = svc.board_set_strength(society_id=secretary.society.pk, actor=secretary, strength=9)
    assert board.sanctioned_strength == 9
    assert ActivityEntry.objects.filter(action=GovernanceAction.BOARD_STRENGTH_RECORDED, society=secretary.society,
                                        data__strength=9).exists()


def test_board_strength_outside_3_to_21_is_refused(secretary):
    start(secretary.society)
    with pytest.raises(ValidationError) as exc:
        svc.board_set_strength(society_id=secretary.society.pk, actor=secretary, strength=22)
    assert _messages(exc) == ["The sanctioned strength must be between 3 and 21 (s.35(2))."]


def test_board_strength_by_another_citizen_is_refused(secretary, citizen):
    start(secretary.society)
    with pytest.raises(PermissionDenied):
        svc.board_set_strength(society_id=secretary.society.pk, actor=citizen, strength=9)


def test_election_replaces_promoter_board_and_starts_five_year_term(secretary):
    promoter = start(secretary.society)
    board = elect(secretary, result_on=date(2026, 6, 1), today=date(2026, 6, 3))
    promoter.refresh_from_db()
    assert (promoter.ended_on, promoter.end_reason) == (date(2026, 6, 1), Board.EndReason.REPLACED_BY_ELECTION)
    assert board.kind == Board.Kind.ELECTED and board.took_office_on == date(2026, 6, 1)
    assert board.term_ends_on == date(2031, 6, 1)  # five years from the result (board_term_5y)
    assert board.next_meeting_due_on == date(2026, 9, 29)  # 120 days from taking office
    assert board.directors.count() == 11
    assert board.directors.get(office=Director.Office.PRESIDENT).name == "Director 1"
    assert Society.objects.get(pk=secretary.society.pk).governance_status == "elected_board"
    assert ActivityEntry.objects.filter(action=GovernanceAction.ELECTION_RECORDED, data__directors=11).exists()


def test_election_ends_previous_directors_terms(secretary):
    start(secretary.society)
    first = elect(secretary, result_on=date(2026, 6, 1))
    elect(secretary, result_on=date(2026, 8, 1), directors=slate(11, names=[f"New {i}" for i in range(11)]))
    assert set(first.directors.values_list("ceased_on", "cessation")) == {
        (date(2026, 8, 1), Director.Cessation.TERM_ENDED)}


def test_election_ends_officer_in_charge(secretary, arcs_officer):
    start(secretary.society)
    OfficerAppointment.objects.create(society=secretary.society, officer=arcs_officer, appointed_by=arcs_officer,
                                      appointed_on=date(2026, 5, 1), order_number="SNT/41-6/2026/1",
                                      board_due_on=date(2026, 7, 30))
    elect(secretary, result_on=date(2026, 6, 1))
    assert OfficerAppointment.objects.get().ended_on == date(2026, 6, 1)


def test_election_result_in_future_is_refused(secretary):
    start(secretary.society)
    with pytest.raises(ValidationError) as exc:
        elect(secretary, result_on=date(2026, 6, 2), today=date(2026, 6, 1))
    assert _messages(exc) == ["The date the results were declared cannot be in the future."]


def test_election_refuses_director_under_five_year_bar_matched_case_insensitively(secretary):
    promoter = start(secretary.society)
    Director.objects.create(board=promoter, name="Bimal Das", gender="man", joined_on=date(2025, 4, 10),
                            ceased_on=date(2025, 10, 1), cessation=Director.Cessation.NO_AGM,
                            director_bar_until=date(2030, 10, 1))
    names = [f"Director {i}" for i in range(10)] + ["bimal das"]
    with pytest.raises(ValidationError) as exc:
        elect(secretary, result_on=date(2026, 6, 1), directors=slate(11, names=names))
    assert _messages(exc) == ["bimal das may not be a Director until 01 Oct 2030 (s.40(4))."]
    assert Board.objects.get(society=secretary.society).kind == Board.Kind.PROMOTER  # nothing changed


def test_election_allows_director_whose_bar_has_ended(secretary):
    promoter = start(secretary.society)
    Director.objects.create(board=promoter, name="Bimal Das", gender="man", joined_on=date(2020, 4, 10),
                            ceased_on=date(2021, 5, 31), cessation=Director.Cessation.NO_AGM,
                            director_bar_until=date(2026, 5, 31))
    names = ["Bimal Das"] + [f"Director {i}" for i in range(10)]
    board = elect(secretary, result_on=date(2026, 6, 1), directors=slate(11, names=names))
    assert board.directors.get(name="Bimal Das").office == Director.Office.PRESIDENT


def test_election_refuses_president_under_three_year_office_bar(secretary):
    promoter = start(secretary.society)
    Director.objects.create(board=promoter, name="Rina Kalita", gender="woman", joined_on=date(2025, 4, 10),
                            office_ceased_on=date(2025, 11, 1), office_bar_until=date(2028, 11, 1))
    names = ["Rina Kalita"] + [f"Director {i}" for i in range(10)]
    with pytest.raises(ValidationError) as exc:
        elect(secretary, result_on=date(2026, 6, 1), directors=slate(11, names=names))
    assert _messages(exc) == ["Rina Kalita may not be President or Vice-President until 01 Nov 2028 (s.43(4))."]


def test_election_needs_one_president_and_one_vice_president(secretary):
    start(secretary.society)
    directors = slate(5)
    directors[1]["office"] = "president"
    with pytest.raises(ValidationError) as exc:
        elect(secretary, result_on=date(2026, 6, 1), strength=5, directors=directors)
    assert _messages(exc) == ["Choose exactly one President.", "Choose exactly one Vice-President."]


def test_election_refuses_more_directors_than_sanctioned(secretary):
    start(secretary.society)
    with pytest.raises(ValidationError) as exc:
        elect(secretary, result_on=date(2026, 6, 1), strength=5, directors=slate(7))
    assert _messages(exc) == ["7 elected directors is more than the sanctioned strength of 5."]


def test_office_bearers_change_is_logged(secretary):
    start(secretary.society)
    board = elect(secretary)
    d3, d4 = board.directors.get(name="Director 3"), board.directors.get(name="Director 4")
    svc.office_bearers_change(society_id=secretary.society.pk, actor=secretary, today=date(2026, 7, 1),
                              president_id=d3.pk, vice_president_id=d4.pk)
    offices = dict(board.directors.values_list("name", "office"))
    assert offices["Director 3"] == "president" and offices["Director 4"] == "vice_president"
    assert offices["Director 1"] == "director" and offices["Director 2"] == "director"
    entry = ActivityEntry.objects.get(action=GovernanceAction.OFFICE_BEARERS_CHANGED)
    assert entry.data["president"] == "Director 3"


def test_office_bearers_change_refuses_office_bar(secretary):
    start(secretary.society)
    board = elect(secretary)
    d3 = board.directors.get(name="Director 3")
    Director.objects.filter(pk=d3.pk).update(office_ceased_on=date(2026, 6, 20), office_bar_until=date(2029, 6, 20))
    with pytest.raises(ValidationError) as exc:
        svc.office_bearers_change(society_id=secretary.society.pk, actor=secretary, today=date(2026, 7, 1),
                                  president_id=d3.pk, vice_president_id=board.directors.get(name="Director 4").pk)
    assert _messages(exc) == ["Director 3 may not be President or Vice-President until 20 Jun 2029 (s.43(4))."]


# ---- Board meetings ------------------------------------------------------------------------------------------

def _meeting(secretary, board, *, held_on, present: int, today=date(2026, 12, 31), **extra):
    ids = list(board.directors.order_by("pk").values_list("pk", flat=True)[:present])
    return svc.board_meeting_record(society_id=secretary.society.pk, actor=secretary, today=today, held_on=held_on,
                                    present_ids=ids, **extra)


def test_board_meeting_quorum_uses_sanctioned_strength(secretary):
    start(secretary.society)
    board = elect(secretary, strength=11, directors=slate(9))  # 9 elected of 11 sanctioned: quorum is still 6
    meeting = _meeting(secretary, board, held_on=date(2026, 7, 10), present=6)
    assert (meeting.quorum_required, meeting.quorum_met) == (6, True)
    five = _meeting(secretary, board, held_on=date(2026, 7, 20), present=5)
    assert (five.quorum_required, five.quorum_met) == (6, False)


def test_board_meeting_held_moves_next_meeting_due(secretary):
    start(secretary.society)
    board = elect(secretary, result_on=date(2025, 12, 1), today=date(2025, 12, 1))
    _meeting(secretary, board, held_on=date(2026, 1, 10), present=6)
    board.refresh_from_db()
    assert board.next_meeting_due_on == date(2026, 5, 10)  # statute/README: 10 Jan 2026 -> 10 May 2026
    entry = ActivityEntry.objects.get(action=GovernanceAction.BOARD_MEETING_RECORDED)
    assert entry.data["quorum_met"] is True and entry.data["next_meeting_due_on"] == "2026-05-10"


def test_board_meeting_without_quorum_is_not_held(secretary):
    start(secretary.society)
    board = elect(secretary, result_on=date(2025, 12, 1), today=date(2025, 12, 1))
    meeting = _meeting(secretary, board, held_on=date(2026, 1, 10), present=5)
    board.refresh_from_db()
    assert meeting.quorum_met is False and not meeting.counts_as_held
    assert board.next_meeting_due_on == date(2026, 3, 31)  # unchanged: 120 days from 1 Dec 2025


def test_board_meeting_entered_late_does_not_move_clock_backwards(secretary):
    start(secretary.society)
    board = elect(secretary, result_on=date(2025, 12, 1), today=date(2025, 12, 1))
    _meeting(secretary, board, held_on=date(2026, 3, 1), present=6)
    _meeting(secretary, board, held_on=date(2026, 1, 10), present=6)
    board.refresh_from_db()
    assert board.next_meeting_due_on == date(2026, 6, 29)  # from 1 Mar 2026, not from 10 Jan


def test_board_meeting_needs_sanctioned_strength_first(secretary):
    board = start(secretary.society)
    with pytest.raises(ValidationError) as exc:
        svc.board_meeting_record(society_id=secretary.society.pk, actor=secretary, today=date(2025, 6, 1),
                                 held_on=date(2025, 5, 1), present_ids=[])
    assert _messages(exc) == ["Record the Board's sanctioned strength from the bye-laws first: the quorum is half "
                              "of it (s.43(5))."]
    assert not board.meetings.exists()


def test_board_meeting_in_future_or_before_board_is_refused(secretary):
    start(secretary.society)
    board = elect(secretary)
    with pytest.raises(ValidationError) as exc:
        _meeting(secretary, board, held_on=date(2026, 7, 2), present=6, today=date(2026, 7, 1))
    assert _messages(exc) == ["The date of the meeting cannot be in the future."]
    with pytest.raises(ValidationError) as exc:
        _meeting(secretary, board, held_on=date(2026, 5, 31), present=6)
    assert _messages(exc) == ["The meeting cannot be dated before this Board took office (01 Jun 2026)."]


def test_board_meeting_refuses_directors_of_another_board(secretary):
    start(secretary.society)
    old = elect(secretary, result_on=date(2026, 6, 1))
    new = elect(secretary, result_on=date(2026, 7, 1), directors=slate(11, names=[f"N{i}" for i in range(11)]))
    ids = list(old.directors.values_list("pk", flat=True)[:6])
    with pytest.raises(ValidationError) as exc:
        svc.board_meeting_record(society_id=secretary.society.pk, actor=secretary, today=date(2026, 8, 1),
                                 held_on=date(2026, 7, 15), present_ids=ids)
    assert _messages(exc) == ["Choose directors now in office on this Board."]
    assert not new.meetings.exists()


def test_board_meeting_on_requisition_in_time_marks_it_held(secretary):
    start(secretary.society)
    board = elect(secretary, result_on=date(2026, 1, 1), today=date(2026, 1, 1))
    requisition = meeting_services.requisition_record(
        society_id=secretary.society.pk, actor=secretary, today=date(2026, 3, 3), kind="board_meeting",
        requisitioned_by="directors", received_on=date(2026, 3, 3), agenda="Loan recovery")
    assert requisition.hold_by == date(2026, 3, 18)  # s.43(2): 15 days
    _meeting(secretary, board, held_on=date(2026, 3, 18), present=6, requisition_id=requisition.pk)
    requisition = Requisition.objects.get(pk=requisition.pk)
    assert (requisition.state, requisition.held_on) == (Requisition.State.HELD, date(2026, 3, 18))


def test_board_meeting_on_requisition_too_late_leaves_it_open(secretary):
    start(secretary.society)
    board = elect(secretary, result_on=date(2026, 1, 1), today=date(2026, 1, 1))
    requisition = meeting_services.requisition_record(
        society_id=secretary.society.pk, actor=secretary, today=date(2026, 3, 3), kind="board_meeting",
        requisitioned_by="directors", received_on=date(2026, 3, 3), agenda="Loan recovery")
    meeting = _meeting(secretary, board, held_on=date(2026, 3, 19), present=6, requisition_id=requisition.pk)
    requisition = Requisition.objects.get(pk=requisition.pk)
    assert requisition.state == Requisition.State.OPEN and meeting.quorum_met


def test_special_gm_requisition_hold_by_is_45_days(secretary, arcs_officer):
    start(secretary.society)
    requisition = meeting_services.requisition_record(
        society_id=secretary.society.pk, actor=arcs_officer, today=date(2026, 7, 1), kind="general_meeting",
        requisitioned_by="registrar", received_on=date(2026, 7, 1), agenda="Inquiry report")
    assert requisition.hold_by == date(2026, 8, 15)  # statute/README: 1 Jul 2026 -> 15 Aug 2026
    assert ActivityEntry.objects.filter(action=GovernanceAction.REQUISITION_RECORDED, actor=arcs_officer).exists()


def test_requisition_by_officer_of_another_district_is_refused(secretary, other_district_officer):
    start(secretary.society)
    with pytest.raises(PermissionDenied):
        meeting_services.requisition_record(
            society_id=secretary.society.pk, actor=other_district_officer, today=date(2026, 7, 1),
            kind="general_meeting", requisitioned_by="registrar", received_on=date(2026, 7, 1), agenda="x")
