"""Permission-triad cases of winding up (walked by tests/test_permission_triad.py). The cancellation's (L1) are
here; the liquidator's workspace (L2) and the closing (L3) append theirs to CASES."""

from tests.triad import Case


def _published(p):
    from tests.liquidation.cancellation_helpers import published

    return published(p["secretary"], p["arcs_officer"])


def _list(p):
    _published(p)
    return {}, None, p["secretary"].society.name


def _case(p):
    return {"pk": _published(p).pk}, None, ""


def _document(p):
    return {"pk": _published(p).pk, "doc": "gazette", "lang": "as"}, None, ""


def _society(p):
    return {"pk": p["secretary"].society.pk}, p["secretary"], ""


def _notice(p):
    return {"pk": _published(p).pk}, None, ""


def _notice_pdf(p):
    return {"pk": _published(p).pk, "lang": "en"}, None, ""


CASES = [
    Case("office_liquidation_list", "office", build=_list),
    Case("office_liquidation_show_cause", "office"),
    Case("office_liquidation_case", "office", build=_case),
    Case("office_liquidation_document", "office", build=_document),
    Case("society_winding_up", "owner", build=_society),
    Case("liquidation_notices", "public"),
    Case("liquidation_notice", "public", build=_notice),
    Case("liquidation_notice_jsonld", "public", build=_notice),
    Case("liquidation_notice_pdf", "public", build=_notice_pdf),
]

from .triad_cases_closing import CASES as _CLOSING  # noqa: E402  (helper L3: the closing and the public board)

CASES += _CLOSING

from .triad_cases_workspace import CASES as _WORKSPACE  # noqa: E402  (helper L2: the liquidator's workspace)

CASES += _WORKSPACE
