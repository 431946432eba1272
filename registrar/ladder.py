"""The officer ladder for escalation (issue 13 point 5), derived once from the rank order of registrar.models.

The district's ARCS decides; above the ARCS come the Directorate's ranks in RANK_ORDER (Deputy, Joint and
Additional Registrar, then the Registrar). Inspectors and auditors report to the ARCS. No new district posts:
the officer above a district ARCS is a Directorate rank, which sees the whole state. Pure functions, no database.
"""

from .models.office import RANK_ORDER, STATEWIDE_RANKS, Rank

# Bottom to top: the ARCS, then the statewide ranks in their order (RANK_ORDER lists the highest first).
LADDER: tuple[str, ...] = tuple(reversed([r for r in RANK_ORDER if r == Rank.ARCS or r in STATEWIDE_RANKS]))
BASE_RANK = Rank.ARCS.value


def officer_above(rank: str) -> str | None:
    """The rank a case goes to from `rank`; None above the Registrar (the top of the ladder)."""
    rank = str(rank)
    if rank not in RANK_ORDER:
        raise ValueError(f"unknown rank {rank!r}")
    if rank not in LADDER:  # an inspector or an auditor reports to the ARCS
        return BASE_RANK
    position = LADDER.index(rank)
    return LADDER[position + 1] if position + 1 < len(LADDER) else None


def escalation_rank(base_rank: str, level: int) -> str:
    """The rank a case has reached `level` steps above `base_rank`; it stops at the Registrar."""
    if level < 0:
        raise ValueError("an escalation level is never negative")
    rank = str(base_rank)
    for _step in range(level):
        above = officer_above(rank)
        if above is None:
            break
        rank = above
    return rank


def steps_above(base_rank: str, rank: str) -> int | None:
    """How many escalation steps `rank` is above `base_rank` (0 for the base itself); None when a case from
    `base_rank` never reaches `rank` (a rank below the base)."""
    current, steps = str(base_rank), 0
    while current != str(rank):
        current = officer_above(current)
        if current is None:
            return None
        steps += 1
    return steps


def top_level(base_rank: str) -> int:
    """The level at which a case from `base_rank` reaches the top of the ladder."""
    return steps_above(base_rank, LADDER[-1])
