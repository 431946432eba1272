"""Permission-triad cases for annual returns' URLs (walked by tests/test_permission_triad.py)."""

from datetime import date

from tests.triad import Case


def _year(p):
    from .helpers import hold_agm, open_year

    return hold_agm(open_year(p["secretary"].society))


def _society(p):
    _year(p)
    return {"pk": p["secretary"].society.pk}, p["secretary"], ""


def _edit(p):
    year = _year(p)
    return {"pk": year.society_id, "fy_pk": year.pk}, p["secretary"], ""


def _filed(p):
    from .helpers import file_return

    year = _year(p)
    ret = file_return(p["secretary"], year, today=date(2026, 10, 1))
    return {"pk": year.society_id, "fy_pk": year.pk, "version": ret.version}, p["secretary"], \
        ret.acknowledgement_number


def _correct(p):
    kwargs, owner, marker = _filed(p)
    return {"pk": kwargs["pk"], "fy_pk": kwargs["fy_pk"]}, owner, marker


def _document(p):
    kwargs, owner, _marker = _filed(p)
    return {**kwargs, "kind": "annual_report"}, owner, ""


def _office_list(p):
    _year(p)
    return {}, None, "Dhekiajuli Dairy"


def _office_detail(p):
    year = _year(p)
    return {"fy_pk": year.pk}, None, ""


CASES = [
    Case("society_returns", "owner", build=_society),
    Case("society_return_edit", "owner", build=_edit),
    Case("society_return_detail", "owner", build=_filed),
    Case("society_return_correct", "owner", build=_correct),
    Case("society_return_document", "owner", build=_document),
    Case("office_returns", "office", build=_office_list, query="year=2026"),
    Case("office_returns_notices", "office", ok_status=405, notes="POST-only; GET is 405 after the officer check"),
    Case("office_return_detail", "office", build=_office_detail),
]
