"""The statute of bye-law amendments as pure functions (no database, clock or network).

Counting follows statute/README.md through the statute engine (registrar.statute.due): the trigger day is
excluded, months are calendar months clamped to the month end. Every period names its section and rules.yaml id.
None of these clocks has an effect: there is no deemed registration of an amendment (lifecycles.md §15 item 3).
"""

import re
from dataclasses import dataclass
from datetime import date

from registrar.calendar import add_days, day_after
from registrar.statute import due
from societies.models import normalise_name
from societies.registration.rules import name_ends_limited

RECONSIDERATION_DEFAULT_DAYS = 30   # bye_law_reconsideration_period: the Act fixes none; the officer may change it
# s.141 / s.133: the Co-operative Credit Structure (State Co-operative Bank and PACS; in Assam a PACS is the
# Gaon Panchayat Samabay Samity). Chapter XIV overrides s.12 for these.
CREDIT_STRUCTURE_TYPES = frozenset({"gpss", "cooperative_bank"})
PACS_TYPES = frozenset({"gpss"})
BANK_WORD = re.compile(r"\bbank(s|ing)?\b", re.IGNORECASE)


def is_credit_structure(society_type: str) -> bool:
    """s.141, s.133; rules.yaml credit_bye_law_registration_30d: a State Co-operative Bank or a PACS."""
    return society_type in CREDIT_STRUCTURE_TYPES


# ---- the society's filing (s.12(2), (4), (5)) ---------------------------------------------------------------

def forward_last_day(resolution_on: date) -> date:
    """s.12(2); bye_law_amendment_forward_1m: forwarded within a month of the resolution (10 Jun -> 10 Jul)."""
    return due("bye_law_amendment_forward_1m", resolution_on).last_day


def copy_last_day(meeting_on: date) -> date:
    """s.12(4), (5); bye_law_resolution_copy_30d: the signed copy within 30 days of the general meeting."""
    return due("bye_law_resolution_copy_30d", meeting_on).last_day


def filing_last_day(resolution_on: date, meeting_on: date) -> date:
    """lifecycles.md §15 item 4: "a month" (s.12(2)) against "30 days" (s.12(4)): the earlier of the two governs.
    31 Jan -> a month is 28 Feb, 30 days is 2 Mar: 28 Feb. 1 Jun -> 1 Jul against 1 Jul."""
    return min(forward_last_day(resolution_on), copy_last_day(meeting_on))


@dataclass(frozen=True)
class Lateness:
    forward_late: bool
    copy_late: bool
    governing_last_day: date

    @property
    def late(self) -> bool:
        return self.forward_late or self.copy_late


def lateness(resolution_on: date, meeting_on: date, received_on: date) -> Lateness:
    """A late filing is accepted with a flag (lifecycles.md §4 notes: possibly s.107 / s.91(4))."""
    return Lateness(forward_late=received_on > forward_last_day(resolution_on),
                    copy_late=received_on > copy_last_day(meeting_on),
                    governing_last_day=filing_last_day(resolution_on, meeting_on))


def signatures_complete(president_signed: bool, directors: list[str]) -> bool:
    """s.12(5); bye_law_amendment_signatories: the President and at least two Directors sign the copy."""
    return president_signed and len({d.strip().lower() for d in directors if d.strip()}) >= 2


# ---- the Registrar's decision ----------------------------------------------------------------------------------

def decision_last_day(received_on: date, credit: bool) -> date:
    """s.12(2); bye_law_amendment_decision_60d: register or refuse within 60 days of receipt. For a credit
    structure society s.141(1), (2) (credit_bye_law_registration_30d, credit_bye_law_rejection_30d): 30 days.
    Never an effect: no amendment is deemed registered (§15 item 3)."""
    if credit:
        return due("credit_bye_law_registration_30d", received_on).last_day
    return due("bye_law_amendment_decision_60d", received_on).last_day


def reconsideration_default_by(directed_on: date) -> date:
    """s.12(7) proviso; bye_law_reconsideration_period: the period is the Registrar's; default 30 days."""
    return add_days(directed_on, RECONSIDERATION_DEFAULT_DAYS)


def decision_after_reconsideration_last_day(reply_on: date | None, reconsider_by: date) -> date:
    """s.12(8); bye_law_decision_after_reconsideration_30d: 30 days from the reply, or from the end of the period
    fixed for it when no reply came (§15 item 3: this clock takes over from the 60 days once a direction issues)."""
    trigger = reply_on if reply_on is not None else reconsider_by
    return due("bye_law_decision_after_reconsideration_30d", trigger).last_day


def period_expired_on(reconsider_by: date) -> date:
    """The reply period ends with its last day; the society is out of time from the next day."""
    return day_after(reconsider_by)


def address_notice_last_day(moved_on: date | None, registered_on: date) -> date:
    """s.68, s.16(2); address_change_notice_30d: 30 days from the earlier of the physical move and the
    registration of the address amendment (the pack's default)."""
    start = min(moved_on, registered_on) if moved_on else registered_on
    return due("address_change_notice_30d", start).last_day


def conformity_last_day(cutoff: date) -> date:
    """s.12(9); bye_laws_conformity_12m: 12 months from the amending Act's commencement (which Act is unresolved:
    the cut-off is a setting, flagged for the legal cell)."""
    return due("bye_laws_conformity_12m", cutoff).last_day


# ---- names (the registration rules, reused) ---------------------------------------------------------------------

NAME_NOT_LIMITED = "not_limited"
NAME_IDENTICAL = "identical"
NAME_BANK_IN_PACS = "bank_in_pacs"


def name_problems(new_name: str, *, society_type: str, district_names: list[str], has_banking_permission: bool
                  ) -> list[str]:
    """s.12(1) with the registration rules: ends in "Limited" (s.6(2), registration_name_ends_limited, the same
    function registration uses); not identical to another society's name in the district (compared as
    societies.models.normalise_name does for registration); no "Bank" in a PACS's name without a Banking
    Regulation Act permission (s.147, pacs_bank_name_change_3m)."""
    problems = []
    if not name_ends_limited(new_name):
        problems.append(NAME_NOT_LIMITED)
    if normalise_name(new_name) in {normalise_name(n) for n in district_names}:
        problems.append(NAME_IDENTICAL)
    if society_type in PACS_TYPES and BANK_WORD.search(new_name) and not has_banking_permission:
        problems.append(NAME_BANK_IN_PACS)
    return problems


# ---- members' votes (s.12(5), s.26(3) proviso) ------------------------------------------------------------------

def parse_numbers(text: str) -> list[int]:
    """Member numbers as the secretary types them: separated by commas, spaces or lines; ranges as 12-15."""
    numbers: list[int] = []
    for token in re.split(r"[\s,;]+", text or ""):
        if not token:
            continue
        if re.fullmatch(r"\d+-\d+", token):
            low, high = (int(x) for x in token.split("-"))
            if high < low or high - low > 10000:
                raise ValueError(token)
            numbers.extend(range(low, high + 1))
        elif token.isdigit():
            numbers.append(int(token))
        else:
            raise ValueError(token)
    return numbers


@dataclass(frozen=True)
class Tally:
    counted_for: int
    counted_against: int
    excluded: tuple[int, ...]       # votes not counted: employees (s.26(3) proviso) or not entitled to vote
    not_attending: tuple[int, ...]  # voted but not on the attendance list
    in_both: tuple[int, ...]        # on both lists

    @property
    def passed(self) -> bool:
        return self.counted_for > self.counted_against


def tally(voted_for: list[int], voted_against: list[int], attended: list[int], *, employees: set[int],
          entitled: set[int] | None) -> Tally:
    """Count the votes. A member who is an employee of the society cannot vote on bye-laws (s.26(3) proviso): an
    employee's vote is excluded; with a register (`entitled` = the members entitled to vote on the meeting's
    day, employees already left out) every vote by a member not entitled is excluded too."""
    def counts(number: int) -> bool:
        return number not in employees and (entitled is None or number in entitled)

    both = set(voted_for) & set(voted_against)
    excluded = sorted({n for n in [*voted_for, *voted_against] if not counts(n)} | both)
    present = set(attended)
    return Tally(
        counted_for=len({n for n in voted_for if counts(n) and n not in both}),
        counted_against=len({n for n in voted_against if counts(n) and n not in both}),
        excluded=tuple(excluded),
        not_attending=tuple(sorted({n for n in [*voted_for, *voted_against] if n not in present})),
        in_both=tuple(sorted(both)))
