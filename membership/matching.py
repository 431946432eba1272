"""Fuzzy matching of people (issue 14 point 2): pure functions, no database.

Registers spell the same name many ways ("Md. Abdul Karim", "Mohammad Abdul Karim", "Abdul Karim"); matching
proposes, it never decides. A score of MATCH_THRESHOLD or more is proposed as a `PersonLink` with the warning
`FUZZY_WARNING`; an officer or the person confirms it.
"""

import re
from difflib import SequenceMatcher

# Honorifics and abbreviations that registers add or drop.
_NOISE = {"md", "mohd", "mohammad", "mohammed", "muhammad", "sri", "shri", "smt", "srimati", "kumari", "late",
          "mr", "mrs", "ms", "dr"}


def normalise(name: str) -> str:
    """Lower-case, punctuation dropped, spaces collapsed."""
    return " ".join(re.sub(r"[^\w\s]", " ", (name or "").lower()).split())


def name_core(name: str) -> str:
    """The name without honorifics, for comparison."""
    return " ".join(w for w in normalise(name).split() if w not in _NOISE)


def similarity(a: str, b: str) -> int:
    """0-100: how alike two names are, ignoring honorifics and word order."""
    a, b = name_core(a), name_core(b)
    if not a or not b:
        return 0
    direct = SequenceMatcher(None, a, b).ratio()
    ordered = SequenceMatcher(None, " ".join(sorted(a.split())), " ".join(sorted(b.split()))).ratio()
    return round(100 * max(direct, ordered))


MATCH_THRESHOLD = 70
FUZZY_WARNING = ("A match on name, parent's name, age and address is a suggestion, not proof: check the person's "
                 "papers or ask them before confirming.")


def _age_agrees(a: int | None, b: int | None) -> bool | None:
    if a is None or b is None:
        return None
    return abs(a - b) <= 2


def score_person(*, name: str, parent_name: str = "", age: int | None = None, address: str = "",
                 candidate_name: str, candidate_parent: str = "", candidate_age: int | None = None,
                 candidate_address: str = "") -> tuple[int, dict]:
    """(0-100, reasons). Name weighs 55, parent's name 25, age (within two years) 10, address 10. A part that
    either side lacks is left out and the others are scaled up, so a Director known only by name can still
    match on the name."""
    parts: dict = {"name": similarity(name, candidate_name)}
    weights = {"name": 55}
    if parent_name and candidate_parent:
        parts["parent_name"] = similarity(parent_name, candidate_parent)
        weights["parent_name"] = 25
    agrees = _age_agrees(age, candidate_age)
    if agrees is not None:
        parts["age"] = agrees
        weights["age"] = 10
    if address and candidate_address:
        parts["address"] = round(100 * SequenceMatcher(None, normalise(address), normalise(candidate_address))
                                 .ratio())
        weights["address"] = 10
    total = sum(weights.values())
    points = sum(weights[k] * ((100 if v else 0) if isinstance(v, bool) else v) / 100 for k, v in parts.items())
    return round(100 * points / total), parts


def search_words(name: str) -> list[str]:
    """The distinctive words of a name (longest first) for a database pre-filter before scoring."""
    return sorted((w for w in name_core(name).split() if len(w) >= 3), key=len, reverse=True)
