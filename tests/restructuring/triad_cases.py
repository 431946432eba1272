"""Permission-triad cases of restructuring (walked by tests/test_permission_triad.py): the scheme, its notices and
the options (helper R1) here; the conditions before effect (helper R2) in triad_cases_effect.py, added below."""

from datetime import date

from tests.triad import Case

from .triad_cases_effect import CASES as _EFFECT_CASES

MARKER = "Dhekiajuli Dairy"


def _scheme(p):
    """A merger of the secretary's society (Dhekiajuli Dairy, Sonitpur) with its notices prepared."""
    from societies.models import Society
    from societies.restructuring.models import SchemeKind
    from societies.restructuring.services.notices import notices_prepare
    from societies.restructuring.services.scheme import scheme_file
    from tests.membership.helpers import make_member, make_society

    society = Society.objects.get(pk=p["secretary"].society.pk)
    make_member(society, 1)
    into = make_society(society.district, name="Tezpur Greater Co-operative Society Limited")
    scheme = scheme_file(actor=p["secretary"], society_id=society.pk, today=date(2026, 1, 3),
                         kind=SchemeKind.MERGER, resolution_on=date(2026, 1, 2), members_present=3, votes_for=3,
                         scheme_text="Merger into the Tezpur society.", merge_into=into.registration_number)
    notices_prepare(actor=p["secretary"], scheme_id=scheme.pk, society_id=society.pk, today=date(2026, 1, 3))
    return scheme


def _office_list(p):
    _scheme(p)
    return {}, None, MARKER


def _office_detail(p):
    return {"pk": _scheme(p).pk}, None, ""


def _office_pdf(p):
    scheme = _scheme(p)
    return {"pk": scheme.pk, "party": scheme.parties.get(society_id=scheme.society_id).pk}, None, ""


def _owner(p):
    _scheme(p)
    return {"pk": p["secretary"].society.pk}, p["secretary"], ""


def _owner_scheme(p):
    scheme = _scheme(p)
    return {"pk": scheme.society_id, "scheme": scheme.pk}, p["secretary"], ""


def _owner_pdf(p):
    scheme = _scheme(p)
    return {"pk": scheme.society_id, "scheme": scheme.pk, "document": "notices"}, p["secretary"], ""


def _owner_notice_pdf(p):
    scheme = _scheme(p)
    return {"pk": scheme.society_id, "scheme": scheme.pk, "notice": scheme.notices.get().pk}, p["secretary"], ""


CASES = [
    Case("office_schemes", "office", build=_office_list, about_record=False),
    Case("office_scheme_detail", "office", build=_office_detail),
    Case("office_scheme_options_pdf", "office", build=_office_pdf),
    Case("society_schemes", "owner", build=_owner),
    Case("society_scheme_new", "owner", build=_owner),
    Case("society_scheme_detail", "owner", build=_owner_scheme),
    Case("society_scheme_creditors", "owner", build=_owner_scheme),
    Case("society_scheme_pdf", "owner", build=_owner_pdf),
    Case("society_scheme_notice_pdf", "owner", build=_owner_notice_pdf),
    *_EFFECT_CASES,
]
