"""Permission-triad cases for admission and leaving (tests/test_permission_triad.py)."""

from datetime import date

from tests.triad import Case


def _society_of(p):
    return p["secretary"].society


def _application(p, *, online=False):
    from membership.services import admission
    from tests.membership_admission.helpers import PARTICULARS, paper_application

    society = _society_of(p)
    if online:
        return admission.application_submit(
            society_id=society.pk, actor=p["citizen"], today=date(2026, 2, 1), channel="online",
            particulars={**PARTICULARS, "name": "Triad Online Applicant"})
    return paper_application(society, p["secretary"], name="Triad Paper Applicant")


def _termination(p, *, owner=None):
    from tests.membership.helpers import make_member, make_person
    from tests.membership_admission.helpers import terminate

    member = make_member(_society_of(p), 1, person=make_person("Triad Terminated Member", user=owner))
    return terminate(member, p["secretary"])


def _find(p):
    return {}, None, ""


def _apply(p):
    return {"pk": _society_of(p).pk}, None, ""


def _mine(p):
    return {"pk": _application(p, online=True).pk}, p["citizen"], ""


def _my_termination(p):
    return {"pk": _termination(p, owner=p["citizen"]).pk}, p["citizen"], ""


def _society_list(p):
    _application(p)
    return {"pk": _society_of(p).pk}, p["secretary"], ""


def _society_application(p):
    application = _application(p)
    return {"pk": application.society_id, "app_pk": application.pk}, p["secretary"], ""


def _leave(p):
    termination = _termination(p)
    return {"pk": termination.society_id, "number": termination.member.number}, p["secretary"], ""


def _society_termination(p):
    termination = _termination(p)
    return {"pk": termination.society_id, "term_pk": termination.pk}, p["secretary"], ""


def _office(p):
    application = _application(p)
    return {"pk": application.society_id}, None, "Triad Paper Applicant"


CASES = [
    Case("membership_apply_find", "authenticated", build=_find),
    Case("membership_apply", "authenticated", build=_apply, notes="any person may apply to a registered society"),
    Case("my_application", "owner", build=_mine),
    Case("my_termination", "owner", build=_my_termination),
    Case("society_applications", "owner", build=_society_list),
    Case("society_application_detail", "owner", build=_society_application),
    Case("society_member_leave", "owner", build=_leave),
    Case("society_termination_detail", "owner", build=_society_termination),
    Case("office_membership_applications", "office", build=_office),
]
