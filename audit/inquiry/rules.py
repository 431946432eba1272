"""The statute of inquiry (s.87), inspection (s.88), costs (s.89), surcharge (s.103) and seizure (s.126) as pure
functions: no database, no clock. Each cites its section and rules.yaml id; the day counting is the statute
engine's (registrar.statute: the trigger day excluded)."""

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from registrar.statute.engine import due

# rules.yaml inquiry_application_thresholds: limit {min_fraction_directors: 0.3333, min_fraction_members: 0.1}.
# The Act says "one third" and "one-tenth": exact fractions, so 3 of 9 Directors is enough (0.3333 would be too).
DIRECTORS_FRACTION = Fraction(1, 3)
MEMBERS_FRACTION = Fraction(1, 10)

# The office's service targets, not the Act's (lifecycles.md §9: the Act sets no time for an inspection; the
# 7-day flag on a seizure is ours, rules.yaml seized_records_immediate_audit notes).
INSPECTION_TARGET_DAYS = 30
SEIZURE_FLAG_DAYS = 7
# An overdue inquiry clock goes one rank up the ladder from the day after its last day and one more for every
# 15 further days (registrar.ladder; the same step as the delay letter's 15 days, s.87(4)(b)).
ESCALATES_AFTER_DAYS = 15


def order_or_reject_last_day(received_on: date) -> date:
    """s.87(2); rules.yaml inquiry_order_or_reject_10d: order the inquiry or reject it with reasons within 10 days
    of receipt of the application (2 Mar 2026 -> 12 Mar 2026). No deemed outcome."""
    return due("inquiry_order_or_reject_10d", received_on).last_day


def completion_last_day(ordered_on: date) -> date:
    """s.87(3); rules.yaml inquiry_complete_30d: the inquiry is completed within 30 days of the order
    (12 Mar 2026 -> 11 Apr 2026); otherwise reasons are recorded (s.87(4)(b))."""
    return due("inquiry_complete_30d", ordered_on).last_day


def delay_letter_last_day(completion_last: date) -> date:
    """s.87(4)(b); rules.yaml inquiry_delay_reasons_15d: when the 30 days have expired without completion, the
    reasons for the delay and the likely date go to the society and the applicant within 15 days of that expiry
    (11 Apr 2026 -> 26 Apr 2026)."""
    return due("inquiry_delay_reasons_15d", completion_last).last_day


def report_communication_last_day(completed_on: date) -> date:
    """s.87(4)(a); rules.yaml inquiry_report_communication_30d: the report goes to the society and the applicant
    within 30 days of completion (11 Apr 2026 -> 11 May 2026)."""
    return due("inquiry_report_communication_30d", completed_on).last_day


def inspection_target_last_day(ordered_on: date) -> date:
    """s.88: the Act sets no time for an inspection (lifecycles.md §9, SILENT). DEFAULT: the same 30-day target as
    an inquiry (service target, inquiry_complete_30d's counting)."""
    return ordered_on + timedelta(days=INSPECTION_TARGET_DAYS)


def surcharge_earliest_act_day(report_on: date) -> date:
    """s.103(1); rules.yaml surcharge_lookback_4y: acts on or after the report date less 4 years may be surcharged
    (report 15 Jun 2026 -> acts from 15 Jun 2022)."""
    return due("surcharge_lookback_4y", report_on).last_day


def act_within_surcharge_window(act_on: date, report_on: date) -> bool:
    """s.103(1): the act causing the loss lies "within a period of four years prior to the date of such audit,
    inspection, inquiry or report" — from the earliest day through the report date."""
    return surcharge_earliest_act_day(report_on) <= act_on <= report_on


def seizure_flag_day(seized_on: date) -> date:
    """s.126(3); rules.yaml seized_records_immediate_audit: an audit or inspection is opened at once; the office
    flags a seizure with none open from the day after seized_on + 7 (our service target, not the Act's)."""
    return seized_on + timedelta(days=SEIZURE_FLAG_DAYS)


@dataclass(frozen=True)
class Threshold:
    met: bool
    needed: int          # the fewest signatories that meet it
    total: int


def fraction_needed(total: int, fraction: Fraction) -> int:
    """The fewest of `total` that are at least `fraction` of them (ceil), at least one."""
    return max(1, -(-total * fraction.numerator // fraction.denominator))


def directors_threshold(signatories: int, directors: int) -> Threshold:
    """s.87(1); rules.yaml inquiry_application_thresholds: not less than one third of the Directors."""
    needed = fraction_needed(directors, DIRECTORS_FRACTION)
    return Threshold(met=directors > 0 and signatories >= needed, needed=needed, total=directors)


def members_threshold(signatories: int, members: int) -> Threshold:
    """s.87(1); rules.yaml inquiry_application_thresholds: not less than one-tenth of the members."""
    needed = fraction_needed(members, MEMBERS_FRACTION)
    return Threshold(met=members > 0 and signatories >= needed, needed=needed, total=members)


def inventory_is_signed(*, holder_signed: bool, witnesses: int) -> bool:
    """s.126(2); rules.yaml seized_records_immediate_audit: the inventory is signed by the person from whom the
    records are seized, or (if he refuses or is absent) by two witnesses."""
    return holder_signed or witnesses >= 2


# s.88(2); rules.yaml creditor_inspection_preconditions: the three things a creditor's inspection waits on.
CREDITOR_PRECONDITIONS = ("deposit", "debt_demanded", "society_heard")


def creditor_preconditions_missing(*, deposit_paid: bool, debt_due_and_demanded: bool,
                                   society_heard: bool) -> list[str]:
    """The preconditions of a creditor's inspection not yet met (empty: the inspection may be ordered)."""
    met = {"deposit": deposit_paid, "debt_demanded": debt_due_and_demanded, "society_heard": society_heard}
    return [name for name in CREDITOR_PRECONDITIONS if not met[name]]
