"""Rectification orders setting aside supervision's automatic effects: both the sweeper's entry and the order's
entry stay in the activity log."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from registrar.actions import RegistrarAction
from registrar.rectification import effect_rectify
from societies.governance import sweepers
from societies.governance.actions import GovernanceAction as A
from societies.governance.models import Board, ComplianceFlag, Director, FinancialYear, Requisition

from .helpers import elect_board, entries, make_society, reload, requisition, year

pytestmark = pytest.mark.django_db

REASONS = "Minutes book p.12 shows the meeting; the secretary entered it late."


def _rectify(entry, registrar, real_date, today):
    return effect_rectify(entry_seq=entry.seq, actor=registrar, real_date=real_date, reasons=REASONS, today=today)


def test_rectify_agm_dissolution_restores_board_and_directors(secretary, registrar):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    fy = year(society, date(2026, 3, 31))
    sweepers.boards_dissolve_for_missed_agm(today=date(2026, 10, 1))
    [entry] = entries(A.BOARD_DISSOLVED_NO_AGM)
    with pytest.raises(ValidationError):  # an AGM after the last day does not save the Board
        _rectify(entry, registrar, date(2026, 10, 1), date(2026, 10, 10))
    order = _rectify(entry, registrar, date(2026, 9, 28), date(2026, 10, 10))
    board = reload(board)
    assert (board.ended_on, board.end_reason) == (None, "")
    assert {(d.ceased_on, d.cessation, d.director_bar_until) for d in board.directors.all()} == {(None, "", None)}
    assert reload(society).governance_status == "elected_board"
    assert reload(fy).agm_held_on == date(2026, 9, 28)
    assert len(entries(A.BOARD_DISSOLVED_NO_AGM)) == 1
    [rectified] = entries(RegistrarAction.EFFECT_RECTIFIED)
    assert rectified.data["rectified_seq"] == entry.seq and "28 Sep 2026" in order.summary


def test_rectify_president_gap_restores_office_and_disposes_of_flag(secretary, registrar):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1), next_meeting_due_on=date(2026, 5, 10))
    sweepers.boards_cease_presidents_for_gap(today=date(2026, 5, 11))
    [entry] = entries(A.PRESIDENT_CEASED_GAP)
    order = _rectify(entry, registrar, date(2026, 5, 8), date(2026, 5, 20))
    president = Director.objects.get(board=board, name="Ranjit Bora")
    assert (president.office, president.office_ceased_on, president.office_bar_until) == ("president", None, None)
    assert reload(board).next_meeting_due_on == date(2026, 9, 5)  # 8 May 2026 + 120 days
    flag = ComplianceFlag.objects.get()
    assert (flag.state, flag.order_number) == ("dismissed", order.number)
    assert len(entries(A.PRESIDENT_CEASED_GAP)) == 1 and len(entries(RegistrarAction.EFFECT_RECTIFIED)) == 1


def test_rectify_special_gm_cessation_restores_board_and_requisition(secretary, registrar):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    req = requisition(society, Requisition.Kind.GENERAL_MEETING, date(2026, 7, 1))
    sweepers.requisitions_lapse(today=date(2026, 8, 16))
    [entry] = entries(A.DIRECTORS_CEASED_SPECIAL_GM)
    _rectify(entry, registrar, date(2026, 8, 14), date(2026, 8, 20))
    assert reload(board).ended_on is None
    assert Board.objects.filter(society=society, ended_on__isnull=True).count() == 1
    req = reload(req)
    assert (req.state, req.held_on, req.lapsed_on) == ("held", date(2026, 8, 14), None)
    assert reload(society).governance_status == "elected_board"
    assert FinancialYear.objects.filter(society=society).count() == 0
    assert len(entries(A.DIRECTORS_CEASED_SPECIAL_GM)) == 1 and len(entries(RegistrarAction.EFFECT_RECTIFIED)) == 1
