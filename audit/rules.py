"""The statute of the audit as pure functions (ss.81-86, 145). No database, no clock: `today` and the facts come
in as arguments. Every period comes from the statute engine (registrar.statute, rules.yaml)."""

from collections.abc import Sequence
from datetime import date

from registrar.calendar import add_months
from registrar.statute import due
from societies.governance.rules import financial_year_end_on_or_after, financial_year_start

# lifecycles.md §8 AMBIG/DEFAULT: the office's internal target for completing the audit is 31 August for a year
# ending 31 March (five months after the year end), so the report (14 days) can reach the AGM by 30 September.
INTERNAL_TARGET_MONTHS = 5
# The same auditor for more than this many consecutive years draws a warning at allotment (issue 18 point 2).
CONSECUTIVE_YEARS_WARNING = 3


def fy_label(fy_end: date) -> str:
    """31 Mar 2026 -> "2025-26"; a calendar year 31 Dec 2025 -> "2025"."""
    start = financial_year_start(fy_end)
    return f"{start.year}" if start.year == fy_end.year else f"{start.year}-{fy_end:%y}"


def first_fy_end(registered_on: date, fy_end_month: int = 3, fy_end_day: int = 31) -> date:
    """The end of a society's first financial year: the year containing its registration (§15 item 17)."""
    return financial_year_end_on_or_after(registered_on, fy_end_month, fy_end_day)


def previous_fy_end(fy_end: date) -> date:
    """31 Mar 2026 -> 31 Mar 2025 (the day before the year's first day)."""
    start = financial_year_start(fy_end)
    return date.fromordinal(start.toordinal() - 1)


# ---- clocks ----------------------------------------------------------------------------------------------------

def audit_last_day(fy_end: date) -> date:
    """Last day to complete the audit: six months after the year end. s.81(5); rules.yaml audit_within_6_months.

    31 Mar 2026 -> 30 Sep 2026."""
    return due("audit_within_6_months", fy_end).last_day


def audit_internal_target(fy_end: date) -> date:
    """The office's internal target shown beside the six-month clock (lifecycles.md §8 DEFAULT; rules.yaml
    audit_within_6_months notes): 31 Mar 2026 -> 31 Aug 2026. An office target, not the Act's."""
    return add_months(fy_end, INTERNAL_TARGET_MONTHS)


def audit_report_last_day(completed_on: date) -> date:
    """Last day to send the report to the society and the Registrar: a fortnight from completion. s.84;
    rules.yaml audit_report_fortnight. 10 Aug 2026 -> 24 Aug 2026."""
    return due("audit_report_fortnight", completed_on).last_day


def state_report_earliest_day(year_end: date) -> date:
    """The first day the Registrar's consolidated audit report may go to the State Government: the day after
    year end + 210 days, an EARLIEST day, not a last day. s.84(h); rules.yaml audit_report_to_government_210d.
    31 Mar 2026 -> 28 Oct 2026."""
    return due("audit_report_to_government_210d", year_end).earliest_day


def audit_year_of(fy_end: date) -> int:
    """The audit year whose capacity an audit uses: accounts for years ending 1 April Y to 31 March Y+1 are
    audit year Y (the panel's capacity is "audits a year"; ADR 0044). 31 Mar 2026 -> 2025; 30 Jun 2025 -> 2025."""
    return fy_end.year if fy_end.month >= 4 else fy_end.year - 1


def audit_year_bounds(year: int) -> tuple[date, date]:
    return date(year, 4, 1), date(year + 1, 3, 31)


# ---- guards at allotment ---------------------------------------------------------------------------------------

def departmental_audit_required(fy_end: date, *, first_fy_end: date, departmental_years: Sequence[date],
                                is_state_bank: bool = False) -> bool:
    """Must the audit of the year ending `fy_end` be departmental? s.81(1) proviso; rules.yaml
    departmental_audit_once_in_3y: in any three consecutive years at least one departmental audit, so when the
    two years before were not audited by departmental auditors, this one must be. A year with no audit (or a
    panel audit) counts as not departmental; the society's first years count from registration (`first_fy_end`):
    its first and second years never require it. The State Co-operative Bank is audited by NABARD-approved
    panel CAs (s.145(1), s.133), which overrides: never.

    `departmental_years`: the year ends of the society's departmental audits (allotted or later)."""
    if is_state_bank:
        return False
    one_before = previous_fy_end(fy_end)
    two_before = previous_fy_end(one_before)
    if two_before < first_fy_end:  # fewer than two earlier years since registration
        return False
    return not ({one_before, two_before} & set(departmental_years))


def capacity_left(capacity: int, allotted_this_year: int) -> int:
    """Audits the auditor may still take in the audit year (never below zero)."""
    return max(capacity - allotted_this_year, 0)


def consecutive_years(fy_end: date, auditor_by_year: dict[date, str], auditor: str) -> int:
    """How many consecutive years, ending with this one, `auditor` will have audited the society.
    `auditor_by_year`: year end -> auditor key of the society's earlier audits."""
    count, year = 1, previous_fy_end(fy_end)
    while auditor_by_year.get(year) == auditor:
        count += 1
        year = previous_fy_end(year)
    return count


def warns_consecutive(count: int) -> bool:
    """More than three consecutive years with the same auditor (issue 18 point 2): a warning, not a bar."""
    return count > CONSECUTIVE_YEARS_WARNING


def is_valid_udin(udin: str) -> bool:
    """ICAI's UDIN: 18 characters, the member's year (YY) and six-digit membership number, then ten letters or
    digits. The portal checks its shape; the CA's own number must be the signing partner's."""
    return len(udin) == 18 and udin[:8].isdigit() and udin[8:].isalnum() and udin[8:].upper() == udin[8:]


def udin_matches_partner(udin: str, icai_number: str) -> bool:
    return udin[2:8] == icai_number


# ---- fees ------------------------------------------------------------------------------------------------------

# Days the society has to pay the fee demanded (the office's practice; the Act fixes none: audit_fee_deemed_dues
# makes it deemed dues on assessment).
FEE_PAY_WITHIN_DAYS = 30


def audit_fee(bands: Sequence[tuple], working_capital, writing_up_cost=0):
    """The fee by the department's scale: the band with the highest `min_working_capital` at or below the
    society's working capital, plus any cost of writing up incomplete accounts (s.82). s.81(3); rules.yaml
    audit_fee_deemed_dues. `bands`: (min_working_capital, fee) of one scale. None when no band applies."""
    fitting = [(minimum, fee) for minimum, fee in bands if minimum <= working_capital]
    if not fitting:
        return None
    return max(fitting)[1] + writing_up_cost
