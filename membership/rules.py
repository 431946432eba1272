"""The statute of membership as pure functions: no database, no clock, no network."""

from datetime import date, timedelta
from decimal import Decimal

MIN_AGE = 18


def is_old_enough(age_on_admission: int | None, *, min_age: int = MIN_AGE) -> bool:
    """s.5; rules.yaml member_min_age_18: an individual member must have completed 18 years (or the bye-law
    minimum, never lower) on the admission date. An unknown age is not old enough."""
    return age_on_admission is not None and age_on_admission >= max(min_age, MIN_AGE)


def holding_within_cap(*, holding_after: int, issued_after: int, cap_shares: int | None,
                       cap_percent: Decimal | None) -> bool:
    """ss.7(1), 52; rules.yaml member_shareholding_cap: after an allotment or transfer, the member's holding may
    not exceed the cap the rules or bye-laws set, as a number of shares and/or a percentage of the issued
    shares (both apply when both are set). No cap recorded: allowed."""
    if cap_shares is not None and holding_after > cap_shares:
        return False
    over_percent = cap_percent is not None and issued_after > 0 and holding_after * 100 > cap_percent * issued_after
    return not over_percent


def age_on(day: date, *, born: date | None = None, stated_age: int | None = None,
           stated_on: date | None = None) -> int | None:
    """Completed years on `day` from a date of birth, or from an age stated on a date."""
    ref, base = (born, 0) if born else (stated_on, stated_age)
    if ref is None or base is None:
        return None
    return base + day.year - ref.year - ((day.month, day.day) < (ref.month, ref.day))


# ---- admission and leaving (ss.20-23, 24(2), 28, 56): dates from the statute engine, no clock ----------------

def decision_last_day(received_on: date) -> date:
    """s.20(1); rules.yaml membership_decision_60d: the Board decides within 60 days of receipt."""
    from registrar.statute.engine import due

    return due("membership_decision_60d", received_on).last_day


def deemed_admission_last_day(received_on: date) -> date:
    """s.20(2); rules.yaml membership_deemed_admission_90d, counted from the society's receipt (lifecycles.md §15
    item 19): no refusal communicated by this day and the applicant is deemed admitted from the next. Never
    rolled past a holiday (a deemed outcome against the Board)."""
    from registrar.statute.engine import due

    return due("membership_deemed_admission_90d", received_on).last_day


def deemed_admission_day(received_on: date) -> date:
    """The day a deemed admission takes effect: day 91 counted from receipt (1 Feb 2026 -> 3 May 2026)."""
    from registrar.statute.engine import due

    return due("membership_deemed_admission_90d", received_on).effective_on


def appeal_last_day(rule_id: str, received_on: date, closed_days: frozenset = frozenset()) -> date:
    """s.20(3) refusal (membership_refusal_appeal_60d) or s.23(2) termination (termination_appeal_30d): the last
    day to appeal to the General Assembly, counted from the person's receipt of the decision."""
    from registrar.statute.engine import due

    return due(rule_id, received_on, closed_days).filing_last_day


def deletion_hold_last_day(decided_on: date, *, appeal_rule: str, received_on: date) -> date:
    """s.24(2) proviso; rules.yaml register_deletion_hold_30d (periods.WAITS_ON_ONE_OF): the name (or a refused
    application's record) is kept to the later of the decision + 30 days and the end of the appeal window. The
    last day it is kept; it may go the day after."""
    from registrar.statute.engine import due

    effect = due("register_deletion_hold_30d", decided_on, window=(appeal_rule, received_on)).effective_on
    return effect - timedelta(days=1)


def withdrawal_earliest_day(admitted_on: date) -> date:
    """s.21(1); rules.yaml withdrawal_after_1y: admitted 15 Apr 2025 -> may withdraw from 16 Apr 2026."""
    from registrar.calendar import add_years

    return add_years(admitted_on, 1) + timedelta(days=1)


def may_withdraw(*, admitted_on: date, on: date, deficit_share_due: Decimal) -> bool:
    """s.21(1), s.66(2): a year of membership and the member's share of any deficit paid."""
    return on >= withdrawal_earliest_day(admitted_on) and deficit_share_due <= 0


def is_three_fourths(*, votes_for: int, present_and_voting: int) -> bool:
    """s.23(1); rules.yaml termination_three_fourths_board: votes for >= 3/4 of the Directors present and voting
    (integers: 4 x for >= 3 x present). Nobody voting carries nothing."""
    return present_and_voting > 0 and 4 * votes_for >= 3 * present_and_voting


def readmission_bar_longest(terminated_on: date) -> date:
    """s.23(3); rules.yaml readmission_bar_max_5y: the bar ends no later than the termination date + 5 years."""
    from registrar.calendar import add_years

    return add_years(terminated_on, 5)


def heir_transfer_earliest_day(died_on: date) -> date:
    """s.56(b); rules.yaml heir_transfer_after_90d: without a nominee, shares go to the heir only once 90 days
    have elapsed from the death."""
    return died_on + timedelta(days=91)


def past_member_liability_ends(ceased_on: date) -> date:
    """s.28; rules.yaml past_member_liability_5y: liability for debts existing on cessation ends 5 years on."""
    from registrar.calendar import add_years

    return add_years(ceased_on, 5)


def voting_admitted_by(day: date, fy_end_month: int = 3, fy_end_day: int = 31) -> date:
    """s.27(1) provisos; rules.yaml voting_after_one_full_fy (lifecycles.md §15 item 18: the strict reading, a
    complete financial year of membership): on `day` a member may vote if admitted on or before the FIRST day
    of the last financial year that ended before `day`. Admitted 15 Jun 2025 -> the first full year is 1 Apr
    2026 - 31 Mar 2027 -> votes from 1 Apr 2027 (on 1 Apr 2027 this returns 1 Apr 2026). Founder members vote at
    once (the proviso's exception): the caller exempts them."""
    from societies.governance.rules import financial_year_end_on_or_after, financial_year_start

    current_start = financial_year_start(financial_year_end_on_or_after(day, fy_end_month, fy_end_day))
    return financial_year_start(current_start - timedelta(days=1))
