"""The cancellation as pure functions (no database, no clock): the three-fourths guard of a voluntary resolution,
the two months from the Gazette publication, and the day the order takes effect.

Counting is the statute engine's (registrar.statute): the trigger day excluded, calendar months clamped to the
month end. The members' appeal is a filing at an office, so its last day rolls past closed days (General Clauses
Act s.10); the order's effect waits for that window to close (cancellation_takes_effect WAITS_ON
cancellation_appeal_2m), so a window ending on a closed day moves the effect too.
"""

from datetime import date, timedelta

from django.utils.translation import gettext_lazy as _

from registrar.statute.engine import due

NOT_THREE_FOURTHS = _("A resolution for dissolution needs three fourths of the members present (s.94(1)): "
                      "%(votes)s of %(present)s is less.")
NOT_IN_AGENDA = _("Dissolution must have been in the agenda circulated for the meeting (s.94(1)).")
BANK_NEEDS_SANCTION = _("A co-operative bank needs the prior written sanction of the Reserve Bank or NABARD to be "
                        "dissolved (s.116): give its reference and date.")
VOTES_OVER_PRESENT = _("The votes for dissolution cannot be more than the members present.")
NO_MEMBERS_PRESENT = _("Give the number of members present.")

# rules.yaml cancellation_gazette_forthwith: "forthwith"; the office's internal target is the order + 7 days.
GAZETTE_TARGET_DAYS = 7


def has_three_fourths(votes_for: int, members_present: int) -> bool:
    """s.94(1), voluntary_dissolution_three_fourths: votes_for >= 0.75 x members present (integers: 4v >= 3p)."""
    return members_present > 0 and 4 * votes_for >= 3 * members_present


def resolution_errors(*, members_present: int | None, votes_for: int | None, agenda_circulated: bool,
                      is_bank: bool, bank_sanction_reference: str, bank_sanction_on: date | None) -> dict:
    """{field: message} of everything wrong with a voluntary resolution (s.94(1), s.116); {} when it may go."""
    errors = {}
    if not members_present:
        errors["members_present"] = NO_MEMBERS_PRESENT
    elif votes_for is not None and votes_for > members_present:
        errors["votes_for"] = VOTES_OVER_PRESENT
    elif not has_three_fourths(votes_for or 0, members_present):
        errors["votes_for"] = NOT_THREE_FOURTHS % {"votes": votes_for or 0, "present": members_present}
    if not agenda_circulated:
        errors["agenda_circulated"] = NOT_IN_AGENDA
    if is_bank and not (bank_sanction_reference.strip() and bank_sanction_on):
        errors["bank_sanction_reference"] = BANK_NEEDS_SANCTION
    return errors


def gazette_target_day(made_on: date) -> date:
    """cancellation_gazette_forthwith (s.94(3)): 'forthwith'; the office's own target, the order + 7 days."""
    return made_on + timedelta(days=GAZETTE_TARGET_DAYS)


def appeal_last_day(published_on: date, closed_days: frozenset = frozenset()) -> date:
    """s.94(5), cancellation_appeal_2m: a member's appeal within two months of publication; a filing, so a last
    day on a closed day rolls to the next open day (1 Jun 2026 -> 1 Aug 2026)."""
    return due("cancellation_appeal_2m", published_on, closed_days).filing_last_day


def effect_date(published_on: date, closed_days: frozenset = frozenset()) -> date:
    """s.94(4),(6), cancellation_takes_effect: with no appeal, the order takes effect when the two months have
    run out: the day after the appeal's last day (published 1 Jun 2026 -> effective 2 Aug 2026)."""
    return due("cancellation_takes_effect", published_on, closed_days).effective_on


# The claims' last day (liquidation_claims_2m) is workspace_rules.claims_last_day; every page reads it through
# services.gazette.claims_last_day, with the same closed days as the appeal window.
