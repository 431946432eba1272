"""Permission-triad cases of the administrators' pages (S2), extended into triad_cases.CASES."""

from datetime import date

from tests.triad import Case

MARKER = "Triad Superseded GPSS Limited"


def _superseded(p):
    from societies.supersession.models import Ground

    from .admin_helpers import society_with_board, superseded

    society, _board = society_with_board(kind="gpss", name=MARKER)
    return superseded(society, p["registrar"], [p["arcs_officer"]], ground=Ground.PACS_NO_QUORUM)


def _administration(p):
    return {"pk": _superseded(p).pk}, None, ""


def _extension_pdf(p):
    from societies.supersession.services import administration

    case = _superseded(p)
    administration.supersession_extend(case_id=case.pk, actor=p["registrar"], new_end=date(2027, 3, 1),
                                       government_reference="CO(A)/1/2026", government_dated=date(2026, 12, 1),
                                       today=date(2026, 12, 2))
    return {"pk": case.pk, "order_pk": administration.extensions(case)[0].pk}, None, ""


CASES = [
    Case("office_supersession_administration", "office", build=_administration),
    Case("office_supersession_extension_pdf", "office", build=_extension_pdf),
]
