"""Members on the register and the vote lists, from the register of members where the society keeps one.

The voter lists are Membership's (`membership.voters.rolls`, built in parallel: `voters_on(society, day,
purpose="bye_law")` leaves out members who are employees, s.26(3) proviso; `members_on_register_count(society,
day)`). They are imported lazily: until that module exists, or when the society has no list for the day, the
numbers the secretary enters are used, with the employees the secretary names."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RegisterFacts:
    on_register: int
    entitled: frozenset[int]     # member numbers entitled to vote on bye-laws that day (no employees)


def _number(voter) -> int | None:
    for path in ("number", "member.number", "member_number"):
        value = voter
        for part in path.split("."):
            value = getattr(value, part, None)
        if isinstance(value, int):
            return value
    if isinstance(voter, int):
        return voter
    return None


def register_facts(society, day: date) -> RegisterFacts | None:
    try:
        from membership.voters.rolls import members_on_register_count, voters_on
    except ImportError:
        return None
    voters = voters_on(society, day, purpose="bye_law")
    if voters is None:
        return None
    numbers = frozenset(n for n in (_number(v) for v in voters) if n is not None)
    if not numbers:
        return None   # no final list for the day (voters_on is empty): the secretary's numbers stand
    return RegisterFacts(on_register=members_on_register_count(society, day), entitled=numbers)
