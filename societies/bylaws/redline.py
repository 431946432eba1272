"""The officer's redline (issue 16 point 3): each changed clause against the version in force, with insertions
and deletions marked word by word (Python's difflib; no dependency). Pure functions: no database."""

import difflib
import re
from dataclasses import dataclass

from .clausefile import ParsedClause

INSERTED = "inserted"
DELETED = "deleted"
CHANGED = "changed"
TOKEN = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Segment:
    op: str      # "same" | "ins" | "del"
    text: str


@dataclass(frozen=True)
class ClauseChange:
    change: str            # INSERTED | DELETED | CHANGED
    number: str
    heading: str
    old_text: str
    new_text: str

    @property
    def segments(self) -> list[Segment]:
        return word_diff(self.old_text, self.new_text)


def word_diff(old: str, new: str) -> list[Segment]:
    a, b = TOKEN.findall(old or ""), TOKEN.findall(new or "")
    segments: list[Segment] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            segments.append(Segment("same", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            segments.append(Segment("del", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(Segment("ins", "".join(b[j1:j2])))
    return [s for s in segments if s.text]


def changes(base: list[ParsedClause], proposed: list[ParsedClause]) -> list[ClauseChange]:
    """Clause by clause, matched by number: a number only in `proposed` is inserted, one only in `base` deleted,
    one in both with another text or heading changed. In the order of the proposed text, deletions after."""
    old = {c.number: c for c in base}
    new = {c.number: c for c in proposed}
    result = []
    for clause in proposed:
        before = old.get(clause.number)
        if before is None:
            result.append(ClauseChange(INSERTED, clause.number, clause.heading, "", clause.text))
        elif before.text != clause.text or before.heading != clause.heading:
            result.append(ClauseChange(CHANGED, clause.number, clause.heading, before.text, clause.text))
    for clause in base:
        if clause.number not in new:
            result.append(ClauseChange(DELETED, clause.number, clause.heading, clause.text, ""))
    return result


def apply(base: list[ParsedClause], changed: list[ClauseChange]) -> list[ParsedClause]:
    """The clauses after the amendment: the base with each change applied, inserted clauses after their
    neighbours in number order."""
    by_number = {c.number: c for c in base}
    for change in changed:
        if change.change == DELETED:
            by_number.pop(change.number, None)
        else:
            by_number[change.number] = ParsedClause(change.heading, change.number, change.new_text)
    return sorted(by_number.values(), key=lambda c: number_key(c.number))


def number_key(number: str) -> tuple[int, str]:
    match = re.match(r"(\d+)(.*)", number)
    return (int(match.group(1)), match.group(2)) if match else (10**9, number)
