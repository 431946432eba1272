"""The statute of Board elections as pure functions: no database, no clock, no network."""

import hashlib
import random
from dataclasses import dataclass
from datetime import date

from registrar.calendar import add_months

ELECTION_NOTICE_MONTHS = 6   # rules.yaml election_before_term_expiry notes: the request 6 months before expiry
MIN_SCST_SEATS = 1           # s.35(2) proviso; rules.yaml board_reservation_scst_women
MIN_WOMEN_SEATS = 2


def election_due_window_starts(term_ends_on: date) -> date:
    """The day from which the office sees a Board as due for election: six months before its term ends
    (rules.yaml election_before_term_expiry, the default request date). Term ends 10 Aug 2026 -> 10 Feb 2026."""
    return add_months(term_ends_on, -ELECTION_NOTICE_MONTHS)


def due_for_election(term_ends_on: date, today: date) -> bool:
    """The term ends within six months of `today` (or has already ended with no election)."""
    return today >= election_due_window_starts(term_ends_on)


def poll_in_time(poll_on: date, term_ends_on: date | None) -> bool:
    """s.41(2), 41(4); rules.yaml election_before_term_expiry (board_term_5y): the election is completed on or
    before the term-expiry date so the new Board takes office at once. No Board in office: no limit."""
    return term_ends_on is None or poll_on <= term_ends_on


def reserved_seats(*, has_scst_members: bool, has_women_members: bool) -> tuple[int, int]:
    """s.35(2) proviso; rules.yaml board_reservation_scst_women: one seat for the Scheduled Castes or Scheduled
    Tribes (one for both together) and two for women, where the membership includes such persons."""
    return (MIN_SCST_SEATS if has_scst_members else 0, MIN_WOMEN_SEATS if has_women_members else 0)


def territorial_meeting_in_time(area_meeting_on: date, agm_on: date) -> bool:
    """s.30(3); rules.yaml territorial_election_before_agm: each area meeting is on a day before the AGM."""
    return area_meeting_on < agm_on


@dataclass(frozen=True)
class Outcome:
    elected: tuple[int, ...]          # candidate ids elected, in order of the count
    by_lot: tuple[int, ...]           # those among them whose seat was decided by lot
    draws: tuple[dict, ...]           # each draw: {"tied": [...ids], "votes": n, "seats": k, "drawn": [...ids]}


def lot_random(seed: str, group_key: str) -> random.Random:
    """The generator of one group's draw: a pure function of the recorded seed and the group, so anyone can re-run
    the lot from the record and get the same names (election_tie_by_lot: 'record the draw of lots')."""
    digest = hashlib.sha256(f"{seed}:{group_key}".encode()).hexdigest()
    return random.Random(int(digest, 16))


def winners(votes: dict[int, int], seats: int, *, seed: str, group_key: str) -> Outcome:
    """The `seats` candidates with the most votes. Where equal votes straddle the last seat the presiding
    authority has no casting vote: the seats left are decided by lot among the tied candidates (s.44 proviso,
    s.50(1) proviso; rules.yaml election_tie_by_lot). Candidates are ids; the tied are ordered by id before the
    draw so the lot depends on the seed alone."""
    ranked = sorted(votes, key=lambda c: (-votes[c], c))
    if len(ranked) <= seats:
        return Outcome(tuple(ranked), (), ())
    cutoff = votes[ranked[seats - 1]]
    sure = [c for c in ranked if votes[c] > cutoff]
    tied = sorted(c for c in ranked if votes[c] == cutoff)
    left = seats - len(sure)
    if len(tied) == left:
        return Outcome(tuple(sure + tied), (), ())
    drawn = sorted(lot_random(seed, group_key).sample(tied, left))
    draw = {"group": group_key, "tied": tied, "votes": cutoff, "seats": left, "drawn": drawn}
    return Outcome(tuple(sure + drawn), tuple(drawn), (draw,))


def reservation_shortfall(elected: list[tuple[str, str]], *, scst_required: int, women_required: int) -> list[str]:
    """The reserved seats the elected Board does not fill (s.35(2) proviso; board_reservation_scst_women):
    `elected` is (gender, category) per director. Returns "scst" and/or "women". The Act does not say what
    follows when no eligible candidate stands (rules.yaml notes): the seat is left vacant, filled as a casual
    vacancy; the declaration says so."""
    scst = sum(1 for _g, c in elected if c in ("sc", "st"))
    women = sum(1 for g, _c in elected if g == "woman")
    short = []
    if scst < scst_required:
        short.append("scst")
    if women < women_required:
        short.append("women")
    return short
