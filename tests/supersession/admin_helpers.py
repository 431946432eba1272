"""Builders for the administrators' tests (S2): a society with an elected Board, superseded by a case built as the
order leaves it (state, dates, administrators; the society's transition and the Board's leaving through the same
code the order calls). Literal dates; the clock is passed as `today`."""

from datetime import date

from django.db import transaction

from registrar.models import District
from societies.governance.models import Board, Director
from societies.supersession.models import Administrator, Ground, Supersession, SupersessionState
from societies.supersession.periods import administrator_period_end
from societies.supersession.supervision import board_leaves_on_supersession
from tests.membership.helpers import make_society

SUPERSEDED_ON = date(2026, 11, 1)   # rules.yaml anchors: 1 Nov 2026 -> 1 May 2027 / 1 Jan 2027 / 1 Nov 2027
BOARD_FROM = date(2023, 8, 10)


def society_with_board(*, kind="dairy", district="SNT", name=None, directors=("Ranjit Bora", "Mridula Das", "Bipul Deka")):
    society = make_society(District.objects.get(code=district), name=name, society_type=kind)
    board = Board.objects.create(society=society, kind=Board.Kind.ELECTED, sanctioned_strength=7,
                                 took_office_on=BOARD_FROM, election_result_on=BOARD_FROM,
                                 term_ends_on=date(2028, 8, 10), next_meeting_due_on=date(2026, 12, 1))
    for i, name_ in enumerate(directors):
        Director.objects.create(board=board, name=name_, gender="man" if i != 1 else "woman",
                                office=["president", "vice_president"][i] if i < 2 else "director",
                                joined_on=BOARD_FROM)
    society.board_elected()
    society.save(update_fields=["governance_status"])
    return society, board


def superseded(society, registrar, administrators, *, ground=Ground.DIRECTIONS_NOT_COMPLIED, on=SUPERSEDED_ON,
               rbi_period=None, suspend=False, leave_board=True):
    """The case as services/order.py leaves it, with the Board leaving office as the order makes it
    (`leave_board=False`: a Board still on the roll, as a supersession recorded before the order ended Boards).
    One transaction, as the order's service (board_leaves_on_supersession locks the Board: outside a transaction,
    under a transactional test such as tests/clocks/test_reminders_concurrent_postgres.py, that lock is refused)."""
    with transaction.atomic():
        return _superseded(society, registrar, administrators, ground=ground, on=on, rbi_period=rbi_period,
                           suspend=suspend, leave_board=leave_board)


def _superseded(society, registrar, administrators, *, ground, on, rbi_period, suspend, leave_board):
    case = Supersession.objects.create(
        society=society, district=society.district, ground=ground, opinion="Opinion recorded.", opinion_on=on,
        recorded_by=registrar, state=SupersessionState.SUSPENDED if suspend else SupersessionState.SUPERSEDED,
        superseded_on=on, rbi_period_ends_on=rbi_period,
        period_ends_on=administrator_period_end(on, society=society, ground=ground, rbi_period=rbi_period))
    for officer in administrators:
        Administrator.objects.create(supersession=case, officer=officer, appointed_on=on)
    society.board_superseded()
    society.save(update_fields=["governance_status"])
    if leave_board:
        board_leaves_on_supersession(case, actor=registrar)
    return case
