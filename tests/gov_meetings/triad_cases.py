"""Permission-triad cases for the Board, meetings and proceedings URLs (walked by tests/test_permission_triad.py)."""

from datetime import date

from tests.triad import Case


def _society(p):
    from .helpers import start

    start(p["secretary"].society)
    return {"pk": p["secretary"].society.pk}, p["secretary"], ""


def _meeting(p):
    from .helpers import record_agm

    kwargs, owner, _marker = _society(p)
    meeting = record_agm(p["secretary"], held_on=date(2026, 9, 20))
    return {**kwargs, "meeting_pk": meeting.pk}, owner, ""


def _filed(p):
    from societies.governance.services.proceedings import proceedings_file

    from .helpers import pdf_upload

    kwargs, owner, _marker = _meeting(p)
    proceedings = proceedings_file(meeting_id=kwargs["meeting_pk"], actor=owner, today=date(2026, 10, 3),
                                   document=pdf_upload(), summary="Accounts adopted.")
    return {"pk": kwargs["pk"], "proceedings_pk": proceedings.pk}, owner, proceedings.society.registration_number


def _document(p):
    kwargs, owner, _marker = _filed(p)
    return {"proceedings_pk": kwargs["proceedings_pk"]}, owner, ""


def _office_detail(p):
    kwargs, _owner, marker = _filed(p)
    return {"pk": kwargs["proceedings_pk"]}, None, marker


def _office_list(p):
    _kwargs, _owner, marker = _filed(p)
    return {}, None, marker


def _invitation(p):
    from societies.governance.services.secretary import secretary_invite

    invitation = secretary_invite(society_id=p["secretary"].society.pk, actor=p["arcs_officer"],
                                  email=p["citizen"].email)
    return {"token": invitation.token}, p["citizen"], ""


CASES = [
    Case("society_board", "owner", build=_society),
    Case("society_election_new", "owner", build=_society),
    Case("society_office_bearers", "owner", build=_society),
    Case("society_board_meeting_new", "owner", build=_society),
    Case("society_requisition_new", "owner", build=_society),
    Case("society_general_meetings", "owner", build=_society),
    Case("society_general_meeting_new", "owner", build=_society),
    Case("society_proceedings_new", "owner", build=_meeting),
    Case("society_proceedings_detail", "owner", build=_filed),
    Case("proceedings_document", "owner", build=_document, notes="also officers with jurisdiction"),
    Case("secretary_invitation_accept", "owner", build=_invitation,
         notes="owner = the user whose email was invited; anyone else 404"),
    Case("office_proceedings", "office", build=_office_list),
    Case("office_proceedings_detail", "office", build=_office_detail),
    Case("office_society_secretary", "office", build=lambda p: (_society(p)[0], None, "")),
]
