"""Permission-triad cases for the voter lists and member statistics (tests/test_permission_triad.py)."""

from tests.triad import Case


def _lists(p, *, owner=None, final=True, objection=False):
    """The secretary's society with a register (one member linked to `owner`) and its lists affixed."""
    from datetime import date

    from membership.voters import services
    from tests.membership.helpers import make_member, make_person

    society = p["secretary"].society
    member = make_member(society, 1, person=make_person("Triad Voter Name", user=owner))
    make_member(society, 2, person=make_person("Triad Second Voter"), admitted_on=date(2025, 6, 1),
                admission_basis="board_resolution")
    voter_list = services.voter_list_affix_provisional(society_id=society.pk, year_ended_on=date(2026, 3, 31),
                                                       actor=p["secretary"], today=date(2026, 4, 10))
    found = None
    if objection:
        found = services.voter_objection_file(list_id=voter_list.pk, entry_id=voter_list.entries.get(number=2).pk,
                                              actor=owner, today=date(2026, 4, 12), grounds="Admitted in 2024.")
        services.voter_objection_decide(objection_id=found.pk, actor=p["secretary"], today=date(2026, 4, 21),
                                        uphold=False, reasons="The minutes show June 2025.")
    if final:
        voter_list = services.voter_list_affix_final(list_id=voter_list.pk, actor=p["secretary"],
                                                     today=date(2026, 4, 25))
    return society, member, voter_list, found


def _secretary_page(p):
    society, _m, _vl, _o = _lists(p)
    return {"pk": society.pk}, p["secretary"], ""


def _secretary_pdf(p):
    society, _m, voter_list, _o = _lists(p)
    return {"pk": society.pk, "list_pk": voter_list.pk, "kind": "final"}, p["secretary"], ""


def _member_page(p):
    _s, member, _vl, _o = _lists(p, owner=p["citizen"])
    return {"member_pk": member.pk}, p["citizen"], ""


def _member_pdf(p):
    _s, member, voter_list, _o = _lists(p, owner=p["citizen"])
    return {"member_pk": member.pk, "list_pk": voter_list.pk, "kind": "provisional"}, p["citizen"], ""


def _objection_pdf(p):
    _s, _m, _vl, objection = _lists(p, owner=p["citizen"], objection=True)
    return {"pk": objection.pk}, p["citizen"], ""


def _office_list(p):
    society, _m, voter_list, _o = _lists(p)
    return {"pk": society.pk, "list_pk": voter_list.pk}, None, ""


def _statistics(p):
    _lists(p)
    return {}, None, "Triad Voter Name"


CASES = [
    Case("society_voter_lists", "owner", build=_secretary_page),
    Case("society_voter_list_pdf", "owner", build=_secretary_pdf),
    Case("my_voter_lists", "owner", build=_member_page),
    Case("my_voter_list_pdf", "owner", build=_member_pdf),
    Case("voter_objection_pdf", "owner", build=_objection_pdf),
    Case("office_voter_list", "office", build=_office_list),
    Case("office_member_statistics", "office", build=_statistics, about_record=False, query="figure=members",
         notes="the Kamrup ARCS sees Kamrup's members only, not the Sonitpur voter"),
]
