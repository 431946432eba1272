"""Bye-laws as plain text, one clause file per version: how the office transcribes a PDF clause by clause, how
the secretary edits the clauses in place when filing an amendment, and how a model text is loaded later.

    # 1                                  <- a Schedule B heading, by its number (schedule_b.Heading)
    1. The name of the society is ...    <- clause 1 (numbers like 5A are allowed)
       a second line of clause 1         <- any other line continues the clause above
    # 3
    4. Any person who ...

Pure functions: no database.
"""

import re
from dataclasses import dataclass

from .schedule_b import Heading

HEADING = re.compile(r"^#\s*(\d+)\b.*$")
CLAUSE = re.compile(r"^(\d+[A-Za-z]?)\.\s+(.*)$")


class ClauseFileError(ValueError):
    def __init__(self, line_no: int, problem: str):
        super().__init__(f"line {line_no}: {problem}")
        self.line_no, self.problem = line_no, problem


@dataclass(frozen=True)
class ParsedClause:
    heading: str
    number: str
    text: str


def parse(text: str) -> list[ParsedClause]:
    heading, clauses, seen = None, [], set()
    current: list | None = None
    for line_no, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip():
            if current is not None:
                current[2].append("")
            continue
        match = HEADING.match(line.strip())
        if match:
            if match.group(1) not in Heading.values:
                raise ClauseFileError(line_no, "no such Schedule B heading")
            heading, current = match.group(1), None
            continue
        match = CLAUSE.match(line.strip())
        if match:
            if heading is None:
                raise ClauseFileError(line_no, "a clause before any heading")
            number = match.group(1).upper()
            if number in seen:
                raise ClauseFileError(line_no, "the same clause number twice")
            seen.add(number)
            current = [heading, number, [match.group(2)]]
            clauses.append(current)
            continue
        if current is None:
            raise ClauseFileError(line_no, "text outside any clause")
        current[2].append(line.strip())
    return [ParsedClause(h, n, "\n".join(lines).strip()) for h, n, lines in clauses]


def render(clauses) -> str:
    """The clause file of a list of objects with heading, number and text (a version's clauses)."""
    out, heading = [], None
    for clause in clauses:
        if clause.heading != heading:
            heading = clause.heading
            out.append(f"# {Heading(heading).label}")
        out.append(f"{clause.number}. {clause.text}")
    return "\n".join(out) + ("\n" if out else "")
