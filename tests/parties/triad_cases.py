"""Permission-triad cases for the outside parties' URLs (walked by tests/test_permission_triad.py)."""

from registrar.models import District
from tests.triad import Case

from .helpers import TODAY, accept_new, engagement, invite, society

MARKER = "Borsola Fishery Co-operative Society Limited"


def _engagement(p):
    return engagement(p["arcs_officer"], society(District.objects.get(code="SNT")))


def _invited(p):
    return invite(p["arcs_officer"], _engagement(p), email="partner@dasandco.in")


def _list(p):
    grant = accept_new(_invited(p))
    invite(p["arcs_officer"], grant.case, email="second@dasandco.in")
    return {}, None, MARKER


def _party_case(p):
    grant = accept_new(_invited(p), today=TODAY)
    # The owner is the accepted auditor; another citizen (and another district's officer) gets 404.
    return {"kind": "engagement", "pk": grant.object_id}, grant.user, ""


def _token(p):
    return {"token": _invited(p).token}, None, ""


def _grant(p):
    return {"pk": accept_new(_invited(p)).pk}, None, ""


def _invitation(p):
    return {"pk": _invited(p).pk}, None, ""


def _engagement_pk(p):
    return {"pk": _engagement(p).pk}, None, ""


CASES = [
    Case("party_cases", "authenticated", notes="every logged-in person; lists only their own open grants"),
    Case("party_case", "owner", build=_party_case, notes="party_case_or_404: the grant holder only"),
    Case("party_invitation_accept", "public", build=_token,
         notes="guarded by the unguessable token in the URL (like password_reset_confirm): anyone holding it sees "
               "the page; a wrong token is 404; used, withdrawn and lapsed tokens are tests/parties/test_views.py"),
    Case("office_parties", "office", build=_list),
    Case("office_party_invite", "office"),
    Case("office_party_grant_revoke", "office", build=_grant, ok_status=405, notes="POST-only; 405 after the check"),
    Case("office_party_invitation_withdraw", "office", build=_invitation, ok_status=405, notes="POST-only"),
    Case("office_engagement_close", "office", build=_engagement_pk, ok_status=405, notes="POST-only"),
]
