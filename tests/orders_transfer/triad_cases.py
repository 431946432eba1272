from registrar.models import Rank
from tests.conftest import make_officer
from tests.triad import Case

SONITPUR_OFFICER = "Bhaskarjyoti"


def _sonitpur_inspector():
    user = make_officer("bhaskarjyoti.sonitpur", Rank.INSPECTOR, ["SNT"])
    return user.officer


def _list(personas):
    _sonitpur_inspector()
    return {}, None, SONITPUR_OFFICER


def _transfer(personas):
    return {"pk": _sonitpur_inspector().pk}, None, ""


CASES = [
    Case("officer_list", "office", build=_list,
         notes="officers whose districts meet the viewer's; a Kamrup ARCS never sees a Sonitpur-only officer"),
    Case("officer_transfer_cases", "office", build=_transfer,
         notes="an ARCS sees the officer's cases (200) with the reason only the Directorate may move them"),
]
