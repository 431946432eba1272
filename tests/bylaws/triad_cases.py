"""Permission-triad cases for the bye-laws URLs (walked by tests/test_permission_triad.py)."""

from datetime import date

from tests.triad import Case

MARKER = "Dhekiajuli Dairy"


def _filed(p):
    from .helpers import file_amendment, record_version

    society = p["secretary"].society
    record_version(p["arcs_officer"], society)
    return file_amendment(p["secretary"], society, today=date(2026, 7, 1))


def _list(p):
    _filed(p)
    return {}, None, MARKER


def _conformity(p):
    _filed(p)
    return {}, None, MARKER


def _detail(p):
    return {"pk": _filed(p).pk}, None, ""


def _pdf(p):
    return {"pk": _filed(p).pk, "document": "acknowledgement"}, None, ""


def _society(p):
    _filed(p)
    return {"pk": p["secretary"].society.pk}, None, ""


def _owner(p):
    _filed(p)
    return {"pk": p["secretary"].society.pk}, p["secretary"], ""


def _owner_amendment(p):
    amendment = _filed(p)
    return {"pk": amendment.society_id, "amendment": amendment.pk}, p["secretary"], ""


def _owner_pdf(p):
    amendment = _filed(p)
    return {"pk": amendment.society_id, "amendment": amendment.pk, "document": "acknowledgement"}, \
        p["secretary"], ""


def _public(p):
    _filed(p)
    return {"token": p["secretary"].society.public_token}, None, ""


CASES = [
    Case("office_bylaws_amendments", "office", build=_list),
    Case("office_bylaws_conformity", "office", build=_conformity, query="cutoff=01-01-2027"),
    Case("office_amendment_detail", "office", build=_detail),
    Case("office_amendment_pdf", "office", build=_pdf),
    Case("office_society_bylaws", "office", build=_society),
    Case("society_bylaws", "owner", build=_owner),
    Case("society_amendment_new", "owner", build=_owner),
    Case("society_amendment_detail", "owner", build=_owner_amendment),
    Case("society_amendment_pdf", "owner", build=_owner_pdf),
    Case("public_bylaws", "public", build=_public),
    Case("public_bylaws_pdf", "public", build=_public),
]
