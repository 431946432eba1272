"""Builders for supervision sweeper tests: a society with a Board, directors and financial years, dated by hand."""

from datetime import date

from guardian.shortcuts import assign_perm

from registrar.models import ActivityEntry, District
from societies.governance import rules
from societies.governance.models import Board, BoardMeeting, Director, FinancialYear, Requisition
from societies.governance.services.supervision import financial_year_open, supervision_start
from societies.models import Society

_counter = {"n": 0}


def make_society(district_code="SNT", *, registered_on=date(2019, 6, 1), name=None, secretary=None) -> Society:
    _counter["n"] += 1
    n = _counter["n"]
    society = Society.objects.create(
        registration_number=f"{district_code}/T/{n:04d}", name=name or f"Test {n} Fishery Co-operative Society Ltd",
        society_type="fishery", district=District.objects.get(code=district_code), address="Tezpur",
        registered_on=registered_on)
    if secretary is not None:
        assign_perm("societies.act_as_secretary", secretary, society)
    return society


def elect_board(society, elected_on: date, *, next_meeting_due_on=None, president=True, vice_president=True,
                directors=3) -> Board:
    """An elected Board in office (no promoter Board rows: the sweeps read only the current Board)."""
    Board.objects.filter(society=society, ended_on__isnull=True).update(ended_on=elected_on,
                                                                        end_reason="replaced_by_election")
    board = Board.objects.create(
        society=society, kind=Board.Kind.ELECTED, sanctioned_strength=5, took_office_on=elected_on,
        election_result_on=elected_on, term_ends_on=rules.board_term_last_day(elected_on),
        next_meeting_due_on=next_meeting_due_on or date(2099, 1, 1))
    people = []
    if president:
        people.append(("Ranjit Bora", Director.Office.PRESIDENT))
    if vice_president:
        people.append(("Mamoni Saikia", Director.Office.VICE_PRESIDENT))
    people += [(f"Director {i}", Director.Office.DIRECTOR) for i in range(directors)]
    for name, office in people:
        Director.objects.create(board=board, name=name, gender="woman", office=office, joined_on=elected_on)
    Society.objects.filter(pk=society.pk).update(governance_status="elected_board")
    return board


def year(society, fy_end: date, **flags) -> FinancialYear:
    """The year ending fy_end; other sweeps' marks set so that only the sweep under test acts."""
    fy = financial_year_open(society, fy_end)
    FinancialYear.objects.filter(pk=fy.pk).update(**{"next_opened": True, "meetings_checked": True, **flags})
    fy.refresh_from_db()
    return fy


def meeting(board, held_on: date, quorum_met=True) -> BoardMeeting:
    return BoardMeeting.objects.create(board=board, society=board.society, held_on=held_on, present_count=3,
                                       quorum_required=3, quorum_met=quorum_met, recorded_on=held_on,
                                       recorded_by=_recorder())


def requisition(society, kind: str, received_on: date) -> Requisition:
    hold_by = (rules.special_gm_last_day(received_on) if kind == Requisition.Kind.GENERAL_MEETING
               else rules.special_board_meeting_last_day(received_on))
    return Requisition.objects.create(society=society, kind=kind, requisitioned_by="members", received_on=received_on,
                                      agenda="No-confidence in the Board", hold_by=hold_by, recorded_by=_recorder())


def _recorder():
    from registrar.models import User

    return User.objects.get_or_create(username="recorder")[0]


def entries(action) -> list[ActivityEntry]:
    return list(ActivityEntry.objects.filter(action=action).order_by("seq"))


def reload(obj):
    return type(obj).objects.get(pk=obj.pk)


__all__ = ["elect_board", "entries", "make_society", "meeting", "reload", "requisition", "supervision_start", "year"]
