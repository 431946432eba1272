"""The statute of voter lists as pure functions: no database, no clock (design.md § Statutory deadlines).

Counting follows statute/README.md: the trigger day is excluded, the last day included.
"""

import math
from datetime import date

from registrar.statute.engine import due

from ..rules import voting_admitted_by

GM_QUORUM_PERCENT = 10          # s.34(1); rules.yaml ga_quorum_10pct
REQUISITION_PERCENT = 25        # s.33(1); rules.yaml special_gm_requisition_25pct

GENERAL = "general"
BOARD_ELECTION = "board_election"
BYE_LAW = "bye_law"
PURPOSES = (GENERAL, BOARD_ELECTION, BYE_LAW)
# s.26(3) proviso; rules.yaml employee_vote_bar: no vote for employees (or members of the employees' union) in
# elections to the Board and in general meetings framing or amending bye-laws. Every other vote they have.
EMPLOYEES_BARRED = frozenset({BOARD_ELECTION, BYE_LAW})


def provisional_last_day(year_ended_on: date) -> date:
    """s.26(3); rules.yaml voter_list_provisional_20d: the lists are affixed within 20 days of the year's close
    (31 Mar 2026 -> 20 Apr 2026). Not a filing at an office: never rolled past a holiday."""
    return due("voter_list_provisional_20d", year_ended_on).last_day


def objection_last_day(affixed_on: date) -> date:
    """s.26(3); rules.yaml voter_list_objection_10d: a member may object within 10 days of the affixing
    (affixed 18 Apr 2026 -> last day 28 Apr 2026); from the next day an objection is out of time."""
    return due("voter_list_objection_10d", affixed_on).last_day


def final_last_day(year_ended_on: date) -> date:
    """s.26(3); rules.yaml voter_list_final_40d: the Board finalises and affixes the lists within 40 days of the
    year's close (31 Mar 2026 -> 10 May 2026). A provisional list affixed late may leave its objection window
    open past day 40: the final list is still due on day 40 (the rule's notes), and the late list is flagged."""
    return due("voter_list_final_40d", year_ended_on).last_day


def may_finalise_on(day: date, *, objection_last_day_: date) -> bool:
    """The final lists can be affixed only once the members' 10 days have run (voter_list_objection_10d):
    objections may still arrive up to the last day."""
    return day > objection_last_day_


def has_vote_for_year(*, year_ended_on: date, admitted_on: date, founder: bool, voting_class: bool,
                      payment_made: bool, fy_end_month: int = 3, fy_end_day: int = 31) -> bool:
    """On the list with a vote for the year after `year_ended_on` (s.26(3), s.27(1) provisos; rules.yaml
    voting_after_one_full_fy): a member of a voting class (s.50(4)), the s.26(2) payment made, and a member for
    one full financial year by the list's first day (membership.rules.voting_admitted_by, the strict reading)
    unless a founder member (joined at registration, the proviso's exception)."""
    if not (voting_class and payment_made):
        return False
    return founder or admitted_on <= vote_cutoff(year_ended_on, fy_end_month, fy_end_day)


def vote_cutoff(year_ended_on: date, fy_end_month: int = 3, fy_end_day: int = 31) -> date:
    """The latest admission day that gives a vote on the lists for the year after `year_ended_on` (s.27(1),
    voting_after_one_full_fy): the first day of the year that has just closed (31 Mar 2026 -> 1 Apr 2025).
    The lists are built in SQL with this date (services._insert_entries): the same rule as has_vote_for_year."""
    first_day = date.fromordinal(year_ended_on.toordinal() + 1)
    return voting_admitted_by(first_day, fy_end_month, fy_end_day)


def may_vote(*, has_vote: bool, is_employee: bool, purpose: str) -> bool:
    """One member one vote, in person only (no_proxy_voting): the entry's vote, less the employee bar for Board
    elections and bye-laws (employee_vote_bar)."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {PURPOSES}, not {purpose!r}")
    return has_vote and not (is_employee and purpose in EMPLOYEES_BARRED)


def general_meeting_quorum(eligible_voters: int) -> int:
    """s.34(1); rules.yaml ga_quorum_10pct: at least 10% of the members eligible to vote (ceil): 250 -> 25."""
    return math.ceil(eligible_voters * GM_QUORUM_PERCENT / 100)


def requisition_signatures_needed(voters: int) -> int:
    """s.33(1); rules.yaml special_gm_requisition_25pct: signed by not less than 25% of the members having a
    vote (ceil): 250 -> 63 (62.5 rounded up)."""
    return math.ceil(voters * REQUISITION_PERCENT / 100)
