"""The statute of supervision as pure functions: no database, no clock, no network.

Every period goes through the statute engine (registrar.statute.engine.due), so the counting of
statute/README.md is written once. Each function names its section and rules.yaml id; the worked examples of
statute/README.md (2, 4, 5, 8, 9, 10) are the docstring examples and the test table.
"""

import math
from datetime import date

from registrar.calendar import add_years, day_after
from registrar.statute.engine import due

NO_CLOSED_DAYS: frozenset[date] = frozenset()

MIN_BOARD_MEETINGS_PER_FY = 4  # s.43(1); rules.yaml board_meetings_min_4_per_fy
BOARD_QUORUM_PERCENT = 50  # s.43(5); rules.yaml board_quorum_50pct
GM_QUORUM_PERCENT = 10  # s.34(1): general body
DELEGATE_GM_QUORUM_PERCENT = 25  # s.34(1): a body of delegates
MAX_BOARD_STRENGTH = 21  # s.35(2) as amended in 2019; lifecycles.md §15 item 7
MAX_COOPTED_EXPERTS = 2  # s.42(4)


# ---- the financial year -------------------------------------------------------------------------------------

def _clamped(year: int, month: int, day: int) -> date:
    """(year, month, day) with the day clamped to the month's end (a 29 Feb year end in a common year)."""
    for d in (day, 30, 29, 28):
        try:
            return date(year, month, min(d, day))
        except ValueError:
            continue
    raise ValueError(f"impossible financial year end {month}/{day}")


def financial_year_end_on_or_after(day: date, fy_end_month: int = 3, fy_end_day: int = 31) -> date:
    """The end of the financial year containing `day` (lifecycles.md §15 item 17: default 31 March).

    15 Nov 2026 -> 31 Mar 2027; 31 Mar 2026 -> 31 Mar 2026; 1 Apr 2026 -> 31 Mar 2027.
    """
    end = _clamped(day.year, fy_end_month, fy_end_day)
    return end if end >= day else _clamped(day.year + 1, fy_end_month, fy_end_day)


def financial_year_start(fy_end: date) -> date:
    """The first day of the year that ends on `fy_end`: 31 Mar 2026 -> 1 Apr 2025."""
    return day_after(_clamped(fy_end.year - 1, fy_end.month, fy_end.day))


def next_financial_year_end(fy_end: date) -> date:
    """31 Mar 2026 -> 31 Mar 2027."""
    return _clamped(fy_end.year + 1, fy_end.month, fy_end.day)


# ---- the AGM and annual returns ----------------------------------------------------------------------------

def agm_last_day(fy_end: date) -> date:
    """Last day to hold the AGM: six months after the year end. s.39; rules.yaml agm_within_6_months.

    FY ends 31 Mar 2026 -> 30 Sep 2026.
    """
    return due("agm_within_6_months", fy_end).last_day


def board_dissolved_on(fy_end: date) -> date:
    """The day the Board stands dissolved when no AGM was held: the day after the last day (a meeting, not an
    act at an office, so no holiday roll). s.39; rules.yaml agm_within_6_months. FY 31 Mar 2026 -> 1 Oct 2026."""
    return due("agm_within_6_months", fy_end).effective_on


def accounts_ready_by(agm_on: date) -> date:
    """Accounts and annual report ready for members 15 days before the AGM. s.30(4);
    rules.yaml agm_accounts_ready_15d_before. AGM 20 Sep 2026 -> 5 Sep 2026."""
    return due("agm_accounts_ready_15d_before", agm_on).last_day


def returns_last_day(agm_on: date, closed_days: frozenset[date] = NO_CLOSED_DAYS) -> date:
    """Last day to file the annual return: 30 days after the AGM, moved past office-closed days (a filing at an
    office, General Clauses Act s.10). s.129(1); rules.yaml annual_returns_30d. AGM 20 Sep 2026 -> 20 Oct 2026."""
    return due("annual_returns_30d", agm_on, closed_days).filing_last_day


def returns_last_day_without_agm(fy_end: date, closed_days: frozenset[date] = NO_CLOSED_DAYS) -> date:
    """With no AGM held the s.129 clock never starts; lifecycles.md §14 DEFAULT: the return is overdue 30 days
    after the AGM deadline. rules.yaml annual_returns_30d notes. FY 31 Mar 2026 -> 30 Sep + 30 = 30 Oct 2026."""
    return due("annual_returns_30d", agm_last_day(fy_end), closed_days).filing_last_day


# ---- general-meeting proceedings ---------------------------------------------------------------------------

def proceedings_filing_last_day(meeting_on: date, closed_days: frozenset[date] = NO_CLOSED_DAYS) -> date:
    """Proceedings to the Registrar within 15 days of the meeting. s.45(1); rules.yaml
    gm_proceedings_to_registrar_15d. AGM 20 Sep 2026 -> 5 Oct 2026."""
    return due("gm_proceedings_to_registrar_15d", meeting_on, closed_days).filing_last_day


def proceedings_approval_last_day(received_on: date) -> date:
    """The Registrar approves within 15 days of receipt. s.45(1); rules.yaml gm_proceedings_deemed_approved_15d.
    Received 3 Oct 2026 -> 18 Oct 2026 (a duty of the Registrar: never rolled past holidays)."""
    return due("gm_proceedings_deemed_approved_15d", received_on).last_day


def proceedings_deemed_approved_on(received_on: date) -> date:
    """Deemed approved from the day after the last day. Received 3 Oct 2026 -> 19 Oct 2026."""
    return due("gm_proceedings_deemed_approved_15d", received_on).effective_on


# ---- requisitioned meetings ---------------------------------------------------------------------------------

def special_gm_last_day(received_on: date) -> date:
    """A requisitioned special general meeting must be held within 45 days of receipt. s.33(1);
    rules.yaml special_gm_within_45d. Received 1 Jul 2026 -> 15 Aug 2026."""
    return due("special_gm_within_45d", received_on).last_day


def directors_cease_for_special_gm_on(received_on: date) -> date:
    """s.33(3) dates the cessation on the date of expiry itself: 15 Aug 2026 for a 1 Jul 2026 requisition."""
    return due("special_gm_within_45d", received_on).effective_on


def special_board_meeting_last_day(received_on: date) -> date:
    """A requisitioned Board meeting within 15 days. s.43(2); rules.yaml special_board_meeting_15d.
    3 Mar 2026 -> 18 Mar 2026 (the President ceases on that day if it is not held, s.43(3))."""
    return due("special_board_meeting_15d", received_on).last_day


# ---- Board meetings ----------------------------------------------------------------------------------------

def next_board_meeting_last_day(previous_meeting_on: date) -> date:
    """No more than 120 days between Board meetings. s.43(1); rules.yaml board_meeting_gap_max_120d.
    10 Jan 2026 -> 10 May 2026. For a new Board the trigger is the day it took office (rules.yaml default)."""
    return due("board_meeting_gap_max_120d", previous_meeting_on).last_day


def president_ceases_for_gap_on(previous_meeting_on: date) -> date:
    """s.43(3) dates the cessation on the date the period expires: 10 May 2026 for a 10 Jan 2026 meeting."""
    return due("board_meeting_gap_max_120d", previous_meeting_on).effective_on


def has_minimum_board_meetings(count: int) -> bool:
    """At least four Board meetings in a financial year. s.43(1); rules.yaml board_meetings_min_4_per_fy."""
    return count >= MIN_BOARD_MEETINGS_PER_FY


def in_office_whole_year(took_office_on: date, fy_end: date) -> bool:
    """Was the Board in office for the whole financial year? Otherwise the min-4 rule only raises a flag
    (rules.yaml board_meetings_min_4_per_fy notes: a part year is checked pro rata, no automatic cessation)."""
    return took_office_on <= financial_year_start(fy_end)


def board_quorum(sanctioned_strength: int) -> int:
    """At least half the Directors: ceil(50% of the sanctioned strength). s.43(5); rules.yaml board_quorum_50pct;
    lifecycles.md §15 item 7 (the base is the sanctioned strength, not the Directors in office). 11 -> 6."""
    return math.ceil(sanctioned_strength * BOARD_QUORUM_PERCENT / 100)


def general_meeting_quorum(eligible_members: int, delegate_body: bool = False) -> int:
    """10% of the members eligible to vote (25% for a body of delegates). s.34(1). 250 -> 25; 41 -> 5."""
    percent = DELEGATE_GM_QUORUM_PERCENT if delegate_body else GM_QUORUM_PERCENT
    return math.ceil(eligible_members * percent / 100)


# ---- term, officer in charge, bars --------------------------------------------------------------------------

def board_term_last_day(elected_on: date) -> date:
    """Five years from the election (the day results were declared). s.42(1); rules.yaml board_term_5y;
    lifecycles.md §15 item 6. Elected 10 Aug 2021 -> term ends 10 Aug 2026."""
    return due("board_term_5y", elected_on).last_day


def board_term_ended_on(elected_on: date) -> date:
    """The day the directors have ceased when no new Board was elected (s.41(4)): the day after the term's
    last day (rules.yaml board_term_5y: the new Board is in office from 11 Aug 2026)."""
    return due("board_term_5y", elected_on).effective_on


def promoter_board_last_day(registered_on: date) -> date:
    """The promoter Board holds office for at most a year. s.35(1); rules.yaml promoter_board_max_1y."""
    return add_years(registered_on, 1)


def officer_board_last_day(appointed_on: date) -> date:
    """An officer appointed under s.41(6) constitutes a Board within 90 days. rules.yaml
    registrar_officer_constitutes_board_90d. Appointed 1 Oct 2026 -> 30 Dec 2026."""
    return due("registrar_officer_constitutes_board_90d", appointed_on).last_day


def president_bar_until(ceased_on: date) -> date:
    """Not eligible for President/Vice-President for 3 years. s.43(4); rules.yaml president_office_bar_3y."""
    return add_years(ceased_on, 3)


def director_bar_until(ceased_on: date) -> date:
    """Not eligible to be a Director for 5 years. s.40(4); rules.yaml director_bar_5y_after_cessation."""
    return add_years(ceased_on, 5)
