"""Permission-triad cases of winding up (walked by tests/test_permission_triad.py). Each part of issue 21 keeps its
cases in its own module and extends CASES here."""

from .triad_cases_workspace import CASES as WORKSPACE_CASES

CASES: list = []
CASES += WORKSPACE_CASES
