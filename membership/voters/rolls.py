"""PUBLIC CONTRACT: who has a vote on a day. Other modules (Board elections, bye-laws, inquiry, general
meetings) code against exactly these four names; keep them and their meaning stable.

The reading (ADR 0041, lifecycles.md §15 item 25): the roll on day D is the FINAL voter list (s.26(3)) most
recently affixed on or before D. From a year's close until the new final list is affixed (by day 40), that is
the previous year's final list; members who have ceased since it was affixed (on or before D) are left out.
A society that has never affixed a final list has no roll: `final_list_on` returns None, `voters_on` an empty
queryset and `eligible_voter_count` None, so a caller can tell "no list" from "nobody may vote".

- `final_list_on(society, day)` -> VoterList | None
- `voters_on(society, day, *, purpose)` -> QuerySet[Member]; purpose "general" | "board_election" | "bye_law".
  "board_election" and "bye_law" leave out employees and members of the employees' union (s.26(3) proviso,
  rules.yaml employee_vote_bar). No proxies: every vote is the member's own (no_proxy_voting).
- `eligible_voter_count(society, day)` -> int | None: members with a vote in a general meeting on `day` (the
  denominator of the s.34(1) quorum and the s.33(1) requisition); None without a final list.
- `members_on_register_count(society, day)` -> int: members on the register (s.24) on `day`, with or without a
  vote (the s.87 one-tenth inquiry threshold reads the register, not the voter list).

`society` may be a Society or its primary key. Each function is one query (two for voters_on's count).
"""

from datetime import date

from django.db.models import Q, QuerySet

from ..models import ListState, Member, VoterList
from .rules import EMPLOYEES_BARRED, PURPOSES


def _pk(society) -> int:
    return society if isinstance(society, int) else society.pk


def final_list_on(society, day: date) -> VoterList | None:
    """The final voter list valid on `day`: the latest affixed on or before it (voterlist_final_on_idx)."""
    return (VoterList.objects.filter(society_id=_pk(society), state=ListState.FINAL, final_affixed_on__lte=day)
            .order_by("-final_affixed_on", "-year_ended_on").first())


def voters_in(voter_list: VoterList, day: date, *, purpose: str) -> QuerySet[Member]:
    """The members of a given final list who may vote on `day` for `purpose` (less members ceased by then)."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {PURPOSES}, not {purpose!r}")
    entries = Q(voter_list_entries__voter_list=voter_list, voter_list_entries__has_vote=True)
    if purpose in EMPLOYEES_BARRED:
        entries &= Q(voter_list_entries__is_employee=False)
    return (Member.objects.filter(entries).filter(Q(ceased_on__isnull=True) | Q(ceased_on__gt=day))
            .order_by("number"))


def voters_on(society, day: date, *, purpose: str) -> QuerySet[Member]:
    """Members with a vote on `day` for `purpose`, from the final list valid on that day (empty without one)."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {PURPOSES}, not {purpose!r}")
    voter_list = final_list_on(society, day)
    if voter_list is None:
        return Member.objects.none()
    return voters_in(voter_list, day, purpose=purpose)


def eligible_voter_count(society, day: date) -> int | None:
    """Members eligible to vote at a general meeting on `day` (s.34(1) ga_quorum_10pct, s.33(1)
    special_gm_requisition_25pct), or None when the society has no final list valid on that day."""
    voter_list = final_list_on(society, day)
    if voter_list is None:
        return None
    return voters_in(voter_list, day, purpose="general").count()


def members_on_register_count(society, day: date) -> int:
    """Members on the register on `day` (membership.selectors.register_counts), with or without a vote."""
    from ..selectors import register_counts

    return register_counts(_pk(society), day).members
