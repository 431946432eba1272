"""The statute of the audit's aftermath as pure functions: the report's class, the rectification direction, the
Board's follow-up report, re-audit and the ten years' retention (ss.30(4), 80(4), 84, 85, 86). No database, no
clock: `today` and the facts come in as arguments. Periods fixed by the Act come from the statute engine
(registrar.statute, rules.yaml); the allotment's and the clocks' rules are audit/rules.py."""

from collections.abc import Sequence
from datetime import date

from registrar.calendar import add_days, add_years, day_after
from registrar.statute import due
from societies.governance.rules import accounts_ready_by as _accounts_ready_by

NO_CLOSED_DAYS: frozenset[date] = frozenset()

# The department's classification (issue 18 point 3): marks out of 100, each class from its lowest mark.
# DEFAULT (ADR 0045): A from 75, B from 60, C from 40, D below. The office changes the bands (AuditClassBand);
# these are the rows the migration seeds and the fallback when the table is empty.
DEFAULT_CLASS_BANDS: tuple[tuple[str, int], ...] = (("A", 75), ("B", 60), ("C", 40), ("D", 0))
MAX_MARKS = 100

# s.85(1): "after the society explains". DEFAULT (ADR 0045): the society has had its chance to explain an item
# it has not answered once this many days have passed since the report was issued to it.
EXPLANATION_OPPORTUNITY_DAYS = 30

RETENTION_YEARS = 10  # s.80(4); rules.yaml records_retention_10y


def audit_class_for(marks: int, bands: Sequence[tuple[str, int]] = DEFAULT_CLASS_BANDS) -> str:
    """The class whose band holds `marks` (bands as (label, lowest mark)): 75 -> A, 74 -> B, 0 -> D.

    ValueError for marks outside 0..100, or when no band starts at or below the marks (a band table without a
    band from 0 leaves a gap: the office must fix the table, the auditor cannot pick a class)."""
    if not 0 <= marks <= MAX_MARKS:
        raise ValueError(f"marks must be 0..{MAX_MARKS}, not {marks}")
    for label, lowest in sorted(bands, key=lambda band: band[1], reverse=True):
        if marks >= lowest:
            return label
    raise ValueError(f"no class band covers {marks} marks")


def explanation_last_day(report_issued_on: date) -> date:
    """The last day of the society's chance to explain an item (DEFAULT, ADR 0045): issued 1 Oct -> 31 Oct."""
    return add_days(report_issued_on, EXPLANATION_OPPORTUNITY_DAYS)


def explanation_opportunity_over(report_issued_on: date, today: date) -> bool:
    """s.85(1) (rules.yaml audit_rectification_registrar_time notes: "Opportunity to explain must precede the
    direction"): an item the society has not answered may be directed once its chance to explain has passed."""
    return today > explanation_last_day(report_issued_on)


def rectification_date_valid(made_on: date, rectify_by: date) -> bool:
    """The Registrar fixes the time (s.85(1), audit_rectification_registrar_time: set_by registrar): any day
    after the direction's own date. There is no period in the Act to compute."""
    return rectify_by > made_on


def rectification_overdue(rectify_by: date, today: date) -> bool:
    """An item not rectified by the date fixed is overdue from the next day (the ARCS's list; s.107 is
    available against the responsible officer, never applied by the portal)."""
    return today > rectify_by


def followup_last_day(accepted_on: date, closed_days: frozenset[date] = NO_CLOSED_DAYS) -> date:
    """Last day for the Board's report on the rectification of defects: three months from the AGM's acceptance
    of the audit report, a report to the Registrar (rolled past closed days). s.85(2); rules.yaml
    audit_followup_report_3m. Accepted 25 Sep 2026 -> 25 Dec 2026 (a holiday: the next open day)."""
    return due("audit_followup_report_3m", accepted_on, closed_days).filing_last_day


def followup_flag_on(last_day: date) -> date:
    """The day the flag is raised and, if the Registrar confirms it by order, the day the Board stands
    disqualified (rules.yaml audit_followup_report_3m: "Board disqualified from 26 Dec 2026"). Never applied
    without the order (lifecycles.md §15 item 9)."""
    return day_after(last_day)


def reaudit_last_day(accepted_on: date) -> date:
    """Last day a re-audit or recasting may be taken up: three years from the General Assembly's acceptance.
    s.86; rules.yaml reaudit_bar_3y. Accepted 25 Sep 2026 -> 25 Sep 2029."""
    return due("reaudit_bar_3y", accepted_on).last_day


def reaudit_allowed(accepted_on: date | None, ordered_on: date) -> bool:
    """Before acceptance the bar has not started; from the day after the last day it bars the re-audit."""
    return accepted_on is None or ordered_on <= reaudit_last_day(accepted_on)


def records_kept_until(fy_end: date) -> date:
    """The last day the records of the year ending `fy_end` must be kept: they relate to a period within ten
    years before the current financial year until ten full years have passed. s.80(4); rules.yaml
    records_retention_10y. Year ending 31 Mar 2026 -> kept to 31 Mar 2036 (purge from 1 Apr 2036)."""
    return add_years(fy_end, RETENTION_YEARS)


def may_purge(fy_end: date, today: date) -> bool:
    return today > records_kept_until(fy_end)


def accounts_ready_by(agm_on: date) -> date:
    """The audited statements with the members 15 days before the AGM that considers them. s.30(4); rules.yaml
    agm_accounts_ready_15d_before (supervision's rule, one function). AGM 20 Sep 2026 -> 5 Sep 2026."""
    return _accounts_ready_by(agm_on)


def report_ready_for_agm(reported_on: date, agm_on: date) -> bool:
    """Was the audit report issued by the day the accounts had to be ready for the AGM?"""
    return reported_on <= accounts_ready_by(agm_on)
