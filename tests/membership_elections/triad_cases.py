"""Permission-triad cases for the Board-election pages (tests/test_permission_triad.py)."""

from tests.triad import Case

MARKER = "Triad Election Tea Co-operative Society Limited"


def _society(p):
    from registrar.models import District

    from .helpers import society_with_register

    return society_with_register(District.objects.get(code="SNT"), name=MARKER)[0]


def _list(p):
    _society(p)   # its Board's term ended in Aug 2026: on the list of Boards due for election
    return {}, None, MARKER


def _announce(p):
    return {"pk": _society(p).pk}, None, MARKER


def _election(p):
    from .helpers import announce

    return {"pk": announce(_society(p), p["arcs_officer"]).pk}, None, MARKER


def _pdf(p):
    kwargs, owner, _marker = _election(p)
    return {**kwargs, "doc": "notice"}, owner, ""


def _party(p):
    from membership.models import Election
    from tests.parties.helpers import accept_new, invite

    election = Election.objects.get(pk=_election(p)[0]["pk"])
    grant = accept_new(invite(p["arcs_officer"], election, email="ro@example.in", kind="election",
                              role="returning_officer"))
    return {"pk": election.pk}, grant.user, ""


CASES = [
    Case("office_elections", "office", build=_list, about_record=False,
         notes="Boards due for election and elections in the officer's own jurisdiction only"),
    Case("office_election_announce", "office", build=_announce),
    Case("office_election_detail", "office", build=_election),
    Case("office_election_nominate", "office", build=_election, ok_status=405, notes="POST-only; 405 after the check"),
    Case("office_election_counts", "office", build=_election, ok_status=405, notes="POST-only; 405 after the check"),
    Case("office_election_declare", "office", build=_election, ok_status=405, notes="POST-only; 405 after the check"),
    Case("office_election_office_bearers", "office", build=_election, ok_status=405,
         notes="POST-only; 405 after the check"),
    Case("office_election_pdf", "office", build=_pdf, notes="the notice PDF (en); the others the same view"),
    Case("party_election_counts", "owner", build=_party,
         notes="party_case_or_404: the invited returning officer only, while the counts are not in"),
]
