"""The statute of division, amalgamation and merger as pure functions (no database, clock or network).

Counting follows statute/README.md through the statute engine (registrar.statute.due): the service day is
excluded and the 30th day after it is the last day to opt. The window is the member's or creditor's notice to
the society, not an act at a public office, so a closed office does not move it (periods.py: at_office False).

- Division (s.13(3)) and amalgamation (s.14(3)): silence is deemed assent, from the day after the last day
  (rules.yaml automatic: true): the engine's `effective_on`.
- Merger (s.15(2)): the printed section stops after sub-section (2); rules.yaml marks the window automatic:
  false, so the portal computes and shows its end, and the Registrar's approval order records the assents
  (lifecycles.md §15 item 16). No deemed-assent day.
"""

from datetime import date
from fractions import Fraction

from registrar.statute import due

# The Act does not define a "special resolution" (ss.13(1), 14(1), 15(1); lifecycles.md §15 item 15). DEFAULT:
# two thirds of the members present and voting, overridable by the setting RESTRUCTURING_SPECIAL_MAJORITY
# ("3/4") until the Rules or the bye-laws fix it. Flagged in ADR 0050 for the department's legal cell.
DEFAULT_SPECIAL_MAJORITY = Fraction(2, 3)

# s.116: a co-operative bank's scheme needs the prior written sanction of the RBI (or NABARD).
BANK_TYPES = frozenset({"cooperative_bank"})

DIVISION, AMALGAMATION, MERGER = "division", "amalgamation", "merger"
OPTION_RULE = {
    DIVISION: "division_withdrawal_option_30d",
    AMALGAMATION: "amalgamation_withdrawal_option_30d",
    MERGER: "merger_withdrawal_option_30d",
}
SECTION = {DIVISION: "13", AMALGAMATION: "14", MERGER: "15"}


def division_option_last_day(served_on: date) -> date:
    """s.13(2)-(3); rules.yaml division_withdrawal_option_30d: a member who did not vote for the division, or a
    creditor, may withdraw within 30 days of service on them (served 5 Jan 2026 -> last day 4 Feb 2026)."""
    return due("division_withdrawal_option_30d", served_on).last_day


def division_deemed_assent_on(served_on: date) -> date:
    """s.13(3); division_withdrawal_option_30d (automatic): no option by the last day -> deemed to have
    assented from the next day (served 5 Jan 2026 -> deemed assent 5 Feb 2026)."""
    return due("division_withdrawal_option_30d", served_on).effective_on


def amalgamation_option_last_day(served_on: date) -> date:
    """s.14(2)-(3); rules.yaml amalgamation_withdrawal_option_30d: 30 days from service on that person."""
    return due("amalgamation_withdrawal_option_30d", served_on).last_day


def amalgamation_deemed_assent_on(served_on: date) -> date:
    """s.14(3); amalgamation_withdrawal_option_30d (automatic): deemed assent from the day after the last day."""
    return due("amalgamation_withdrawal_option_30d", served_on).effective_on


def merger_option_last_day(served_on: date) -> date:
    """s.15(2); rules.yaml merger_withdrawal_option_30d: 30 days from service. Not automatic (the section is
    truncated): the end is shown, the Registrar's approval order records the assents."""
    return due("merger_withdrawal_option_30d", served_on).last_day


_LAST_DAY = {DIVISION: division_option_last_day, AMALGAMATION: amalgamation_option_last_day,
             MERGER: merger_option_last_day}
_DEEMED_ON = {DIVISION: division_deemed_assent_on, AMALGAMATION: amalgamation_deemed_assent_on}


def option_last_day(kind: str, served_on: date) -> date:
    """The last day of one person's window under the scheme's section."""
    return _LAST_DAY[kind](served_on)


def deemed_assent_on(kind: str, served_on: date) -> date | None:
    """The day silence becomes assent; None for a merger (no automatic effect, merger_withdrawal_option_30d)."""
    deemed = _DEEMED_ON.get(kind)
    return deemed(served_on) if deemed else None


def silence_is_assent(kind: str) -> bool:
    return kind in _DEEMED_ON


def parse_majority(text: str | None) -> Fraction:
    """"2/3", "3/4" or "0.75" -> a Fraction in (1/2, 1]; anything else (or nothing) -> the default. A special
    resolution needs more than a simple majority, so a figure of one half or less is not accepted."""
    try:
        value = Fraction(str(text).strip()) if text else DEFAULT_SPECIAL_MAJORITY
    except (ValueError, ZeroDivisionError):
        return DEFAULT_SPECIAL_MAJORITY
    return value if Fraction(1, 2) < value <= 1 else DEFAULT_SPECIAL_MAJORITY


def special_majority_carried(votes_for: int, present_and_voting: int, majority: Fraction) -> bool:
    """ss.13(1), 14(1), 15(1): carried when the votes for are at least `majority` of the members present and
    voting (exact arithmetic: 20 of 30 carries at two thirds, 19 does not)."""
    return present_and_voting > 0 and 0 <= votes_for <= present_and_voting \
        and Fraction(votes_for, present_and_voting) >= majority


def votes_needed(present_and_voting: int, majority: Fraction) -> int:
    """The fewest votes for that carry the resolution (30 present at two thirds -> 20)."""
    needed = majority * present_and_voting
    return int(needed) if needed.denominator == 1 else int(needed) + 1


def majority_label(majority: Fraction) -> str:
    return f"{majority.numerator}/{majority.denominator}"


def needs_bank_sanction(society_type: str) -> bool:
    """s.116; division_effect notes: a co-operative bank's scheme proceeds only with the RBI/NABARD sanction."""
    return society_type in BANK_TYPES
