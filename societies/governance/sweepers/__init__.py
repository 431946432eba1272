"""The effects supervision's sweepers apply; the sweepers themselves are derived from clocks.py.

The names below run the derived sweepers (tests and operations call them directly). `requisitions_lapse` and
`boards_end_expired_terms` run both clocks of their kind (general-meeting and Board-meeting requisitions;
elected and promoter Boards), as the single sweepers of those names did before the clock frame.
"""

from datetime import date

from registrar.clocks.declaration import declared_chores
from registrar.clocks.derive import chore_sweep, expiry_sweep
from registrar.sweeps import SweepResult


def _merge(*results: SweepResult) -> SweepResult:
    merged = SweepResult()
    for result in results:
        merged.extend(result.lines)
        merged.problems.extend(result.problems)
    return merged


def _clocks():
    from .. import clocks

    return clocks


def _chore(name: str):
    return next(c for c in declared_chores() if c.sweeper == name)


def financial_years_open_next(*, today: date) -> SweepResult:
    return chore_sweep(_chore("financial_years_open_next"), today=today)


def presidents_cease_for_too_few_meetings(*, today: date) -> SweepResult:
    return chore_sweep(_chore("presidents_cease_for_too_few_meetings"), today=today)


def boards_cease_presidents_for_gap(*, today: date) -> SweepResult:
    return expiry_sweep(_clocks().BOARD_MEETING, today=today)


def requisitions_lapse(*, today: date) -> SweepResult:
    c = _clocks()
    return _merge(expiry_sweep(c.SPECIAL_GM, today=today), expiry_sweep(c.SPECIAL_BOARD_MEETING, today=today))


def boards_end_expired_terms(*, today: date) -> SweepResult:
    c = _clocks()
    return _merge(expiry_sweep(c.BOARD_TERM, today=today), expiry_sweep(c.PROMOTER_BOARD, today=today))


def boards_dissolve_for_missed_agm(*, today: date) -> SweepResult:
    return expiry_sweep(_clocks().AGM, today=today)


def proceedings_deem_approved(*, today: date) -> SweepResult:
    return expiry_sweep(_clocks().PROCEEDINGS, today=today)


def appointments_flag_overrun(*, today: date) -> SweepResult:
    return expiry_sweep(_clocks().OFFICER_IN_CHARGE, today=today)
