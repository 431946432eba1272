"""Sweepers of supervision: the Act's automatic consequences for Boards, office-holders and proceedings.

Each sweeper selects ids through its due query (a partial index named in the models), then per row opens a
transaction, locks with skip_locked, re-checks, applies the effect dated on its LEGAL day (rules.py), writes one
activity entry and notifies on commit. Running twice does it once; a late run gives the same dates.

Order (registrar.sweeps.run_all), and why:
 30 financial_years_open_next            the year rows the other sweeps read must exist first;
 32 presidents_cease_for_too_few_meetings, 34 boards_cease_presidents_for_gap
                                         an office-holder's cessation is about a Board in office: apply it
                                         before any Board-ending effect, so a late run still finds the Board;
 40 requisitions_lapse, 42 boards_end_expired_terms, 44 boards_dissolve_for_missed_agm
                                         the three Board-ending effects. Whichever of them finds a society
                                         first applies ALL its due Board endings in the order of their legal
                                         dates (`_settle_board_endings`): the earliest ends the Board, the later
                                         ones find no Board in office. So one late run equals the daily runs;
 50 proceedings_deem_approved, 60 appointments_flag_overrun   independent of the Board.
"""


from .approvals import (  # noqa: F401  (importing registers the sweepers)
    appointments_due_for_overrun,
    appointments_flag_overrun,
    proceedings_deem_approved,
    proceedings_due_for_deemed_approval,
)
from .board_endings import (  # noqa: F401
    boards_dissolve_for_missed_agm,
    boards_due_for_term_end,
    boards_end_expired_terms,
    requisitions_due_to_lapse,
    requisitions_lapse,
    years_due_for_agm_check,
)
from .office_holders import (  # noqa: F401
    boards_cease_presidents_for_gap,
    boards_due_for_meeting_gap,
    financial_years_open_next,
    presidents_cease_for_too_few_meetings,
    years_due_for_meeting_count,
    years_due_to_open_next,
)
