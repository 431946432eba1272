"""Reads of the election pages: jurisdiction-filtered, with what each list shows loaded in the same query."""

from datetime import date

from django.db.models import Exists, OuterRef, Prefetch

from registrar.calendar import add_months
from registrar.selectors import in_jurisdiction
from societies.governance.models import Board

from ..models import Candidate, Election
from .rules import ELECTION_NOTICE_MONTHS


def board_list_due_for_election(user, today: date):
    """Elected Boards in office whose term ends within six months of `today` (or has ended unrenewed), in the
    officer's jurisdiction, soonest first, each marked whether an election is under way (rules.yaml
    election_before_term_expiry; board_term_due_idx on term_ends_on)."""
    running = Election.objects.filter(society=OuterRef("society"), state__in=(Election.State.ANNOUNCED,
                                                                              Election.State.COUNTED))
    boards = (Board.objects.filter(ended_on__isnull=True, kind=Board.Kind.ELECTED,
                                   term_ends_on__lte=add_months(today, ELECTION_NOTICE_MONTHS))
              .annotate(election_running=Exists(running)).select_related("society", "society__district")
              .order_by("term_ends_on", "pk"))
    return in_jurisdiction(boards, user, "society__district")


def election_list_for_officer(user):
    return in_jurisdiction(Election.objects.select_related("society", "society__district"), user,
                           "society__district").order_by("-poll_on", "-pk")


def election_detail(election_id: int, user) -> Election:
    """One election in jurisdiction with its seat groups and candidates (404 outside it: registrar.access)."""
    from registrar.access import get_for_officer

    queryset = (Election.objects.select_related("society", "society__district", "board", "result_order",
                                                "elected_board", "general_meeting")
                .prefetch_related("seat_groups", Prefetch("candidates", queryset=Candidate.objects
                                                          .select_related("group", "member")
                                                          .order_by("group__kind", "group__area", "-votes", "name"))))
    return get_for_officer(queryset, user, "society__district", pk=election_id)
