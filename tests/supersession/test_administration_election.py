"""The administrators' election (issue 20 point 3): it runs through the membership election flow; its declared
result ends the supersession and the new Board is the one supervision sees, with a term of its own; the s.140(3)
bar makes the scrutiny refuse a superseded PACS director's nomination on grounds (i)-(ii) only."""

from datetime import date

import pytest

from membership.elections import services
from registrar.models import ActivityEntry, Rank
from societies.governance import rules as governance_rules
from societies.governance.models import Director
from societies.governance.permissions import is_secretary
from societies.governance.selectors import current_board
from societies.supersession.models import Ground, Supersession, SupersessionState
from tests.conftest import make_officer
from tests.membership_elections.helpers import POLL_ON, announce, nominate, society_with_register

from .admin_helpers import superseded

pytestmark = pytest.mark.django_db

SUPERSEDED = date(2026, 5, 15)
DECLARE_ON = date(2026, 7, 21)   # after the two months (15 Jul 2026): overdue on My work, and still it ends it


@pytest.fixture
def inspector(db):
    """Dipankar, an inspector of Sonitpur appointed administrator."""
    return make_officer("inspector.sonitpur", Rank.INSPECTOR, ["SNT"])


def _superseded_pacs(sonitpur, registrar, inspector, ground):
    society, _secretary, members = society_with_register(sonitpur)   # a GPSS: a PACS
    Director.objects.filter(board__society=society, name="Old Director").update(person=members[5].person)
    case = superseded(society, registrar, [inspector], ground=ground, on=SUPERSEDED)
    return society, members, case


def test_supersession_election_result_ends_it_and_the_new_board_is_supervisions(sonitpur, registrar, arcs_officer,
                                                                               inspector):
    society, _members, case = _superseded_pacs(sonitpur, registrar, inspector, Ground.PACS_JUDICIAL)
    assert case.period_ends_on == date(2026, 7, 15) and current_board(society) is None
    election = announce(society, arcs_officer)
    for number, kind in ((1, "general"), (9, "general"), (5, "general"), (4, "scst"), (2, "women")):
        nominate(election, arcs_officer, number, kind)
    assert set(election.candidates.values_list("scrutiny", flat=True)) == {"accepted"}  # no bar on (iii)
    votes = {c.pk: 5 for c in election.candidates.all()}
    services.election_counts_record(election_id=election.pk, actor=arcs_officer, today=POLL_ON, votes=votes,
                                    seed="c0ffee")
    election = services.election_declare(election_id=election.pk, actor=arcs_officer, today=DECLARE_ON)
    case = Supersession.objects.select_related("society").get(pk=case.pk)
    assert (case.state, case.ended_on) == (SupersessionState.ENDED, DECLARE_ON)
    assert list(case.administrators.values_list("ended_on", flat=True)) == [DECLARE_ON]
    assert case.society.governance_status == "elected_board"
    board = current_board(case.society)
    assert board == election.elected_board
    assert (board.took_office_on, board.term_ends_on) == (DECLARE_ON, governance_rules.board_term_last_day(DECLARE_ON))
    entry = ActivityEntry.objects.get(action="supersession.ended_by_election")
    assert entry.data["within_period"] is False and entry.data["board"] == board.pk
    assert not is_secretary(inspector, case.society)        # the administrator hands over


@pytest.mark.parametrize(("ground", "rejected"), [(Ground.PACS_LOSSES, True), (Ground.PACS_NO_QUORUM, False)])
def test_supersession_bar_refuses_a_superseded_directors_nomination(ground, rejected, sonitpur, registrar,
                                                                    arcs_officer, inspector):
    society, _members, _case = _superseded_pacs(sonitpur, registrar, inspector, ground)
    election = announce(society, arcs_officer)
    candidate = nominate(election, arcs_officer, 5, "general")
    codes = [r["code"] for r in candidate.reasons]
    assert (candidate.scrutiny == "rejected") is rejected
    assert codes == (["supersession_bar"] if rejected else [])
    if rejected:
        assert candidate.reasons[0]["params"]["day"] == "2031-05-15"
        from membership.elections.scrutiny import reason_text

        assert reason_text(candidate.reasons[0]) == ("May not contest until 15 May 2031: a director of a PACS Board "
                                                     "superseded for losses or irregularities (s.140(3)), as "
                                                     "recorded by supervision.")
