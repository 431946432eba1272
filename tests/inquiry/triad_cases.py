"""Permission-triad cases for inquiry and inspection (walked by tests/test_permission_triad.py)."""

from tests.triad import Case

MARKER = "Triad Inquiry Dairy Co-operative Society Limited"


def _society(p):
    from registrar.models import District
    from tests.membership.helpers import make_society

    return make_society(District.objects.get(code="SNT"), name=MARKER)


def _case(p, *, applicant=None):
    from .helpers import apply_online

    return apply_online(applicant or p["citizen"], _society(p))


def _ordered(p):
    from .helpers import ordered_case

    return ordered_case(p["citizen"], p["arcs_officer"], _society(p))


def _inspection(p):
    from datetime import date

    from audit.inquiry.services.inspection import inspection_order

    return inspection_order(actor=p["arcs_officer"], society_id=_society(p).pk, scope="Loan ledgers 2025-26",
                            officer=p["arcs_officer"], today=date(2026, 6, 1))


def _seizure(p):
    from datetime import date

    from audit.inquiry.services.seizure import records_seize

    return records_seize(actor=p["arcs_officer"], society_id=_society(p).pk, seized_on=date(2026, 6, 1),
                         holder_name="Cashier", items="Cash book 2025-26", holder_signed=True, witness_1="",
                         witness_2="", copy_given_to="Secretary", today=date(2026, 6, 1))


def _list(p):
    _case(p)
    return {}, None, MARKER


def _office_case(p):
    return {"pk": _case(p).pk}, None, ""


def _office_inspection(p):
    return {"pk": _inspection(p).pk}, None, ""


def _office_seizure(p):
    return {"pk": _seizure(p).pk}, None, ""


def _document(p):
    return {"kind": "inquiry", "pk": _ordered(p).pk, "doc": "inquiry_order", "lang": "en"}, None, ""


def _application(p):
    case = _case(p, applicant=p["other_citizen"])
    return {"pk": case.pk}, p["other_citizen"], ""


def _society_reports(p):
    return {"pk": p["secretary"].society.pk}, p["secretary"], ""


def _bank(p):
    from guardian.shortcuts import assign_perm

    society = p["secretary"].society
    assign_perm("societies.follow_as_claimant", p["other_citizen"], society)
    return {"pk": society.pk}, p["other_citizen"], ""


CASES = [
    Case("office_inquiries", "office", build=_list),
    Case("office_inquiry_new", "office"),
    Case("office_inquiry_own_motion", "office"),
    Case("office_inquiry_case", "office", build=_office_case),
    Case("office_inspection_new", "office"),
    Case("office_inspection", "office", build=_office_inspection),
    Case("office_inquiry_seizure_new", "office"),
    Case("office_inquiry_seizure", "office", build=_office_seizure),
    Case("office_inquiry_document", "office", build=_document),
    Case("inquiry_apply", "authenticated"),
    Case("inquiry_applications", "authenticated", notes="only the user's own applications are listed"),
    Case("inquiry_application", "owner", build=_application),
    Case("society_inquiry_reports", "owner", build=_society_reports),
    Case("party_bank_inspection", "owner", build=_bank,
         notes="the bank's invited user (a claimant grant on the society); anyone else 404"),
]
