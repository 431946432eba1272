"""The returning officer as an invited outside party (parties/): a Board election is a case kind. The office
invites from the election's page (parties' invite form with ?kind=election&case=<pk>); once accepted, the party
records the counts at /parties/elections/<pk>/ until the counts are in (the case is closed after that)."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from parties.kinds import CaseKind, declare
from parties.models import Role

from ..models import Election

ELECTION = declare(CaseKind(
    name="election", model=Election, roles=(Role.RETURNING_OFFICER,), perms=("membership.conduct_election",),
    closed=~Q(state=Election.State.ANNOUNCED), district="society__district",
    label=lambda e: f"{e.society.name} · Board election, poll {e.poll_on:%d %b %Y}",
    url=lambda e: reverse("party_election_counts", args=[e.pk]),
    verbose_name=_("Board election"), related=("society", "society__district"),
))


def is_invited_returning_officer(user, election) -> bool:
    """The user holds the returning officer's grant on this election (a direct guardian grant, still open)."""
    from django.http import Http404

    from parties.access import party_case_or_404

    try:
        party_case_or_404(user, Election, election.pk, "membership.conduct_election")
    except Http404:
        return False
    return True
