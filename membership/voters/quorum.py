"""Quorum and thresholds from the voter list valid on the day (s.34(1), s.33(1); ADR 0041).

General meetings (societies.governance.services.meetings) read the count here: with a final list valid on the
meeting's day the count is the list's (less members ceased since), whatever was typed; without one (a society
that had no lists yet) the typed count stands and the meeting is marked so (GeneralMeeting.voter_list null).
"""

from datetime import date

from . import rolls, rules


def eligible_from_voter_list(society, day: date, typed: int | None):
    """(the VoterList read or None, members eligible to vote at a general meeting on `day`)."""
    voter_list = rolls.final_list_on(society, day)
    if voter_list is None:
        return None, typed
    return voter_list, rolls.voters_in(voter_list, day, purpose=rules.GENERAL).count()


def requisition_threshold(society, day: date) -> int | None:
    """Signatures a members' requisition for a special general meeting needs on `day` (s.33(1); rules.yaml
    special_gm_requisition_25pct): 25% of the members with a vote on the list valid that day; None without one."""
    count = rolls.eligible_voter_count(society, day)
    return None if count is None else rules.requisition_signatures_needed(count)


def quorum_on(society, day: date) -> int | None:
    """Members to be present for a general meeting on `day` (s.34(1); ga_quorum_10pct); None without a list."""
    count = rolls.eligible_voter_count(society, day)
    return None if count is None else rules.general_meeting_quorum(count)
