from registrar.models import District
from tests.rectification.helpers import make_deemed
from tests.triad import Case

SONITPUR_MARKER = "Borsola Triad Fishery Co-operative Society Limited"


def _deemed(personas):
    """A Sonitpur society deemed registered by the sweeper: on Sonitpur's rectification list, never Kamrup's."""
    _application, entry = make_deemed(personas["citizen"], District.objects.get(code="SNT"), name=SONITPUR_MARKER)
    return entry


def _list(personas):
    _deemed(personas)
    return {}, None, SONITPUR_MARKER


def _order(personas):
    return {"seq": _deemed(personas).seq}, None, ""


CASES = [
    Case("rectification_list", "office", build=_list),
    Case("rectification_order", "office", build=_order,
         notes="an ARCS sees the page (200) with the reason they may not make the order"),
]
