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
