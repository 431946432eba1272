"""Permission-triad cases for the register of members (tests/test_permission_triad.py)."""

from tests.triad import Case


def _society_with_member(p, *, owner=None):
    from registrar.models import District
    from tests.membership.helpers import make_member, make_person, make_society

    society = make_society(District.objects.get(code="SNT"), name="Triad Members Co-operative Society Limited")
    member = make_member(society, 1, person=make_person("Triad Member Name", user=owner))
    return society, member


def _office_register(p):
    society, _member = _society_with_member(p)
    return {"pk": society.pk}, None, "Triad Member Name"


def _office_member(p):
    society, member = _society_with_member(p)
    return {"pk": society.pk, "number": member.number}, None, "Triad Member Name"


def _office_links(p):
    from membership.models import PersonLink
    from tests.membership.helpers import make_person

    _society, member = _society_with_member(p)
    PersonLink.objects.create(person=make_person("Triad Proposed Person"), member=member, score=80)
    return {}, None, "Triad Proposed Person"


def _secretary_register(p):
    from tests.membership.helpers import make_member, make_person

    society = p["secretary"].society
    make_member(society, 1, person=make_person("Secretary Register Name"))
    return {"pk": society.pk}, p["secretary"], ""


def _secretary_member(p):
    kwargs, owner, marker = _secretary_register(p)
    return {**kwargs, "number": 1}, owner, marker


def _own_entry(p):
    _society, member = _society_with_member(p, owner=p["citizen"])
    return {"member_pk": member.pk}, p["citizen"], ""


def _own_link(p):
    from membership.models import PersonLink
    from tests.membership.helpers import make_person

    _society, member = _society_with_member(p)
    link = PersonLink.objects.create(person=make_person("Citizen Self", user=p["citizen"]), member=member, score=80)
    return {"pk": link.pk}, p["citizen"], ""


CASES = [
    Case("office_society_members", "office", build=_office_register),
    Case("office_society_members_pdf", "office", build=_office_register),
    Case("office_member_detail", "office", build=_office_member),
    Case("office_person_links", "office", build=_office_links, about_record=False,
         notes="the Kamrup ARCS sees the page but not the Sonitpur proposal"),
    Case("society_members", "owner", build=_secretary_register),
    Case("society_members_pdf", "owner", build=_secretary_register),
    Case("society_member_detail", "owner", build=_secretary_member),
    Case("my_memberships", "authenticated"),
    Case("my_membership", "owner", build=_own_entry),
    Case("my_person_link", "owner", build=_own_link),
]
