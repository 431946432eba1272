"""Permission-triad cases of the closing (helper L3; extended into triad_cases.CASES): the office's closing page and
its PDFs (office), the liquidator's closing page (owner: the named liquidator 200, anyone else 404) and the public
liquidation board (public)."""

from datetime import date

from tests.triad import Case

MARKER = "Triad Closing Weavers Co-operative Society Limited"


def _in_liquidation(p, liquidator=None):
    from .closing_helpers import in_liquidation

    return in_liquidation(p["arcs_officer"].officer.office.district, p["arcs_officer"],
                          liquidator or p["arcs_officer"], order_on=date(2026, 3, 2), name=MARKER)


def _office(p):
    return {"pk": _in_liquidation(p).pk}, None, ""


def _pdf(p):
    from .closing_helpers import dissolved

    case = dissolved(p["arcs_officer"].officer.office.district, p["arcs_officer"], p["arcs_officer"],
                     order_on=date(2026, 3, 2), dissolve_on=date(2026, 11, 2), name=MARKER)
    return {"pk": case.pk, "name": "closing-order"}, None, ""


def _liquidator(p):
    from .workspace_helpers import liquidator_officer

    liquidator = liquidator_officer("liquidator.closing.triad")
    return {"pk": _in_liquidation(p, liquidator).pk}, liquidator, ""


def _entry(p):
    return {"pk": _in_liquidation(p).pk}, None, ""


CASES = [
    Case("office_liquidation_closing", "office", build=_office),
    Case("office_liquidation_closing_pdf", "office", build=_pdf),
    Case("liquidator_closing", "owner", build=_liquidator),
    Case("liquidation_board", "public"),
    Case("liquidation_board_entry", "public", build=_entry),
]
