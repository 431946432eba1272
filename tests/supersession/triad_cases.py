"""Permission-triad cases for supersession (walked by tests/test_permission_triad.py). S1's procedure pages here;
the administrators' part appends its own (or extends CASES from its own module)."""

from tests.triad import Case

MARKER = "Triad Supersession Dairy Co-operative Society Limited"


def _case(p):
    from .helpers import objections_called, society

    return objections_called(p["registrar"], p["arcs_officer"], society(name=MARKER))


def _list(p):
    _case(p)
    return {}, None, MARKER


def _office_case(p):
    return {"pk": _case(p).pk}, None, ""


def _document(p):
    return {"pk": _case(p).pk, "doc": "objections", "lang": "en"}, None, ""


CASES = [
    Case("office_supersessions", "office", build=_list),
    Case("office_supersession_new", "office"),
    Case("office_supersession_case", "office", build=_office_case),
    Case("office_supersession_document", "office", build=_document),
]

# The administrators' pages (S2).
from .triad_cases_administration import CASES as _ADMINISTRATION  # noqa: E402

CASES += _ADMINISTRATION
