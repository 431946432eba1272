"""Permission-triad cases for the dues ledger's URLs (walked by tests/test_permission_triad.py)."""

from tests.triad import Case


def _due(p):
    from registrar import clock

    from .helpers import raise_due

    return raise_due(p["arcs_officer"], p["secretary"].society, today=clock.today())


def _list(p):
    _due(p)
    return {}, None, "Dhekiajuli Dairy"


def _society(p):
    _due(p)
    return {"pk": p["secretary"].society.pk}, None, ""


def _pay(p):
    return {"pk": _due(p).pk}, None, ""


def _secretary(p):
    _due(p)
    return {"pk": p["secretary"].society.pk}, p["secretary"], ""


CASES = [
    Case("office_dues", "office", build=_list),
    Case("office_society_dues", "office", build=_society),
    Case("office_due_raise", "office", build=_society),
    Case("office_due_pay", "office", build=_pay),
    Case("society_dues", "owner", build=_secretary),
]
