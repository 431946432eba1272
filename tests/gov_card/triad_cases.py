"""Permission-triad cases for the society pages and the public compliance card (tests/test_permission_triad.py)."""

from datetime import date

from tests.triad import Case


def _sonitpur_society(p):
    from registrar.models import District
    from tests.gov_card.helpers import make_society

    return make_society(District.objects.get(code="SNT"), name="Jamugurihat Weavers Co-operative Society Limited",
                        registered_on=date(2025, 4, 10))


def _office_record(p):
    society = _sonitpur_society(p)
    return {"pk": society.pk}, None, society.registration_number


def _office_list(p):
    society = _sonitpur_society(p)
    return {}, None, society.name


def _secretary_society(p):
    from societies.governance.services.supervision import supervision_start

    society = p["secretary"].society
    supervision_start(society)
    return {"pk": society.pk}, p["secretary"], ""


def _public_card(p):
    society = _sonitpur_society(p)
    return {"token": society.public_token}, None, ""


CASES = [
    Case("office_societies", "office", build=_office_list,
         notes="the Kamrup ARCS sees the list but not the Sonitpur society"),
    Case("office_society_detail", "office", build=_office_record),
    Case("society_detail", "owner", build=_secretary_society),
    Case("public_compliance", "public", build=_public_card),
]
