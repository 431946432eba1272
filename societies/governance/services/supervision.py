"""Opening supervision of a newly registered society: its promoter Board and its first financial year."""

from datetime import date

from registrar import activity
from registrar.holidays import holidays_around

from .. import rules
from ..actions import GovernanceAction
from ..models import Board, FinancialYear


def financial_year_open(society, fy_end: date) -> FinancialYear:
    """The row for the year ending `fy_end`, with its AGM and return clocks (idempotent)."""
    agm_last_day = rules.agm_last_day(fy_end)
    year, _created = FinancialYear.objects.get_or_create(
        society=society, ends_on=fy_end,
        defaults={
            "starts_on": rules.financial_year_start(fy_end),
            "agm_last_day": agm_last_day,
            "returns_last_day": rules.returns_last_day_without_agm(fy_end, holidays_around(agm_last_day)),
        },
    )
    return year


def supervision_start(society, *, actor=None) -> Board:
    """Called in the registration transaction (normal or deemed): the promoter Board takes office on the date of
    registration for at most a year (s.35(1), promoter_board_max_1y), its first Board meeting is due within 120
    days of taking office (board_meeting_gap_max_120d, rules.yaml default for a new Board), and the financial
    year containing the registration date is opened."""
    board = Board.objects.create(
        society=society, kind=Board.Kind.PROMOTER, took_office_on=society.registered_on,
        term_ends_on=rules.promoter_board_last_day(society.registered_on),
        next_meeting_due_on=rules.next_board_meeting_last_day(society.registered_on),
    )
    fy_end = rules.financial_year_end_on_or_after(society.registered_on, society.fy_end_month, society.fy_end_day)
    year = financial_year_open(society, fy_end)
    activity.record(GovernanceAction.SUPERVISION_STARTED, actor=actor, society=society, target=board,
                    data={"promoter_board_until": board.term_ends_on, "first_year_ends_on": year.ends_on,
                          "agm_last_day": year.agm_last_day})
    return board
