"""Permission-triad cases for appeals, review and disputes (walked by tests/test_permission_triad.py). A party sees
only their own cases: another citizen and another district's officer get 404."""

from datetime import date, time

from tests.triad import Case

MARKER = "Triad Appeals Dairy Co-operative Society Limited"


def _appeal(personas, *, hearing=False):
    from appeals.services import hearing_fix

    from .helpers import file_appeal, refused_application

    citizen, officer = personas["citizen"], personas["arcs_officer"]
    _application, refusal = refused_application(citizen, officer, officer.officer.districts.first(), name=MARKER)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    if hearing:
        hearing_fix(appeal_id=appeal.pk, actor=officer, on=date(2026, 3, 10), at=time(11), place="ARCS office",
                    today=date(2026, 3, 2))
    return appeal


def _detail(personas):
    return {"pk": _appeal(personas).pk}, None, MARKER


def _list(personas):
    _appeal(personas)
    return {}, None, MARKER


def _pdf(personas):
    return {"pk": _appeal(personas).pk, "doc": "acknowledgement"}, None, ""


def _mine(personas):
    return {"pk": _appeal(personas).pk}, personas["citizen"], MARKER


def _mine_pdf(personas):
    return {"pk": _appeal(personas).pk, "doc": "acknowledgement"}, personas["citizen"], ""


def _order(personas):
    from .helpers import refused_application

    _application, refusal = refused_application(personas["citizen"], personas["arcs_officer"],
                                                personas["arcs_officer"].officer.districts.first(), name=MARKER)
    return {"pk": refusal.pk}, personas["citizen"], MARKER


def _office_order(personas):
    kwargs, _owner, marker = _order(personas)
    return kwargs, None, marker


def _dispute(personas, *, award=False):
    from appeals.models import DisputeKind
    from appeals.services.disputes import dispute_award, dispute_refer

    secretary, officer = personas["secretary"], personas["arcs_officer"]
    dispute = dispute_refer(society=secretary.society, actor=officer, kind=DisputeKind.S92,
                            subject=f"{MARKER}: share money withheld", claimant_name="A member",
                            respondent_name="The Board", referred_on=date(2026, 3, 1), today=date(2026, 3, 2))
    if award:
        from appeals.services.disputes import dispute_route

        dispute_route(dispute_id=dispute.pk, actor=officer, how="self", today=date(2026, 3, 2))
        dispute_award(dispute_id=dispute.pk, actor=officer, text="Refund the share money.", today=date(2026, 3, 20))
    return dispute


def _dispute_detail(personas):
    return {"pk": _dispute(personas).pk}, None, MARKER


def _dispute_list(personas):
    _dispute(personas)
    return {}, None, MARKER


def _dispute_pdf(personas):
    return {"pk": _dispute(personas, award=True).pk, "doc": "award"}, None, ""


def _society(personas):
    return {"pk": personas["secretary"].society.pk}, None, ""


CASES = [
    Case("office_appeals", "office", build=_list, about_record=False,
         notes="the other district's ARCS gets the register without Sonitpur's case"),
    Case("office_outages", "office", about_record=False),
    Case("office_appeal_detail", "office", build=_detail),
    Case("office_appeal_pdf", "office", build=_pdf),
    Case("office_appeal_paper", "office", build=_office_order),
    Case("office_disputes", "office", build=_dispute_list, about_record=False),
    Case("office_dispute_detail", "office", build=_dispute_detail),
    Case("office_dispute_pdf", "office", build=_dispute_pdf),
    Case("office_dispute_new", "office", build=_society),
    Case("my_appeals", "authenticated"),
    Case("appeal_mine", "owner", build=_mine, notes="the appellant; another citizen 404"),
    Case("appeal_mine_pdf", "owner", build=_mine_pdf),
    Case("appeal_new", "owner", build=_order, notes="only a party to the order files online; others 404"),
    Case("cause_list", "public", notes="no parties' personal details: test_appeal_views.py"),
    Case("cause_list_pdf", "public"),
]
