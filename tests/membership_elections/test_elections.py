"""Board elections run from the register (issue 15 point 3): announcement, automatic scrutiny, reserved seats,
the tie by lot, the result reaching supervision's Board, the two-presidency limit."""

import io
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from membership.elections import rules, services
from membership.elections.documents import scrutiny_pdf
from membership.models import Candidate, Election
from registrar.models import ActivityEntry
from societies.governance.models import Board, Director
from societies.governance.selectors import current_board
from societies.governance.services import board as board_services
from tests.membership.helpers import make_society

from .helpers import ANNOUNCE_ON, POLL_ON, announce, arrears_of, bar_on, nominate, society_with_register

DECLARE_ON = date(2026, 7, 21)


@pytest.fixture
def setup(sonitpur):
    return society_with_register(sonitpur)


def _counted(election, officer, votes_by_number):
    votes = {c.pk: votes_by_number[c.member.number] for c in election.candidates.filter(scrutiny="accepted")}
    return services.election_counts_record(election_id=election.pk, actor=officer, today=POLL_ON, votes=votes,
                                           seed="b7e1c0ffee")


# ---- pure rules -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("term_ends", "today", "due"), [
    (date(2026, 8, 10), date(2026, 2, 9), False),
    (date(2026, 8, 10), date(2026, 2, 10), True),     # six months before, to the day
    (date(2026, 8, 31), date(2026, 2, 28), True),     # 31 Aug -> 28 Feb (month end clamped)
    (date(2026, 8, 10), date(2026, 9, 1), True),      # ended unrenewed: still on the list
])
def test_election_due_window_six_months_before_term_end(term_ends, today, due):
    assert rules.due_for_election(term_ends, today) is due


def test_election_winners_tie_decided_by_lot_reproducibly():
    votes = {11: 40, 12: 31, 13: 31, 14: 31, 15: 5}
    first = rules.winners(votes, 2, seed="s1", group_key="g")
    assert first.elected[0] == 11 and len(first.elected) == 2
    assert first.draws[0]["tied"] == [12, 13, 14] and first.draws[0]["seats"] == 1
    assert first.by_lot == tuple(first.draws[0]["drawn"])
    assert rules.winners(votes, 2, seed="s1", group_key="g") == first          # the same seed, the same names
    drawn = {rules.winners(votes, 2, seed=f"s{i}", group_key="g").by_lot for i in range(30)}
    assert len(drawn) == 3                                                      # every tied candidate can win


def test_election_winners_without_tie_need_no_lot():
    outcome = rules.winners({1: 9, 2: 7, 3: 7, 4: 2}, 3, seed="x", group_key="g")
    assert outcome.elected == (1, 2, 3) and outcome.draws == ()


def test_election_reservation_shortfall():
    assert rules.reservation_shortfall([("woman", "sc"), ("man", "general")], scst_required=1,
                                       women_required=2) == ["women"]
    assert rules.reservation_shortfall([("woman", "sc"), ("woman", "general")], scst_required=1,
                                       women_required=2) == []


def test_election_territorial_meeting_before_agm():
    assert rules.territorial_meeting_in_time(date(2026, 7, 19), date(2026, 7, 20))
    assert not rules.territorial_meeting_in_time(date(2026, 7, 20), date(2026, 7, 20))


# ---- announcement ---------------------------------------------------------------------------------------------

def test_election_announce_reserves_seats_and_reads_the_final_roll(setup, arcs_officer):
    society, secretary, _members = setup
    election = announce(society, arcs_officer)
    seats = {g.kind: g.seats for g in election.seat_groups.all()}
    assert seats == {"general": 4, "scst": 1, "women": 2}
    # The roll: the final list (11 members, all with a vote but the one admitted in 2025-26) less the employee.
    assert election.roll_size == 9
    assert election.board == current_board(society)
    # No second way to record an election: the secretary's after-the-fact entry is refused while it runs.
    with pytest.raises(ValidationError) as exc:
        board_services.election_record(society_id=society.pk, actor=secretary, today=date(2026, 7, 21),
                                       result_on=date(2026, 7, 21), sanctioned_strength=7, directors=[])
    assert "is being run on the portal" in exc.value.messages[0]


def test_election_announce_refuses_a_poll_after_the_term_and_a_late_area_meeting(setup, arcs_officer):
    society, _secretary, _members = setup
    with pytest.raises(ValidationError) as exc:
        services.election_announce(
            society_id=society.pk, actor=arcs_officer, today=ANNOUNCE_ON, meeting_kind="agm",
            poll_on=date(2026, 8, 11), nominations_close_on=date(2026, 7, 1), sanctioned_strength=7,
            territorial=[{"area": "Ward 3", "seats": 1, "meeting_on": date(2026, 8, 12)}])
    text = " ".join(exc.value.messages)
    assert "The poll must be held by 10 Aug 2026" in text
    assert "The area meeting for Ward 3 must be held before the general meeting of 11 Aug 2026 (s.30(3))." in text


# ---- scrutiny -------------------------------------------------------------------------------------------------

def test_election_scrutiny_refuses_an_ineligible_and_a_barred_nominee(setup, arcs_officer, sonitpur):
    society, _secretary, members = setup
    bar_on(members[5].person, district=sonitpur)
    arrears_of(members[8].person, sonitpur)
    election = announce(society, arcs_officer)
    codes = {n: [r["code"] for r in nominate(election, arcs_officer, n).reasons] for n in (1, 5, 6, 7, 8)}
    assert codes == {1: [], 5: ["director_bar"], 6: ["one_full_year"], 7: ["employee"], 8: ["arrears"]}
    barred = election.candidates.get(member__number=5)
    assert barred.scrutiny == Candidate.Scrutiny.REJECTED
    assert barred.reasons[0]["params"] == {"day": "2028-01-05"}
    assert ActivityEntry.objects.filter(action="membership.election_candidate_scrutinised").count() == 5
    # The scrutiny list (Assamese) prints the rejected nominee and the reason in Assamese.
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(scrutiny_pdf(election, lang="as")))
                             .pages).split())
    # (pypdf splits Assamese vowel signs; names and Assamese digits come through whole)
    assert "Dipen Saikia" in text and "০৫" in text and "২০২৮" in text, text


def test_election_scrutiny_checks_the_reserved_seat(setup, arcs_officer):
    society, _secretary, _members = setup
    election = announce(society, arcs_officer)
    assert [r["code"] for r in nominate(election, arcs_officer, 1, "scst").reasons] == ["not_scst"]
    assert [r["code"] for r in nominate(election, arcs_officer, 9, "women").reasons] == ["not_woman"]
    assert nominate(election, arcs_officer, 4, "scst").scrutiny == "accepted"
    assert nominate(election, arcs_officer, 10, "women").scrutiny == "accepted"


# ---- counts, lot, declaration -----------------------------------------------------------------------------------

def _full_election(society, officer):
    election = announce(society, officer)
    for number, kind in ((1, "general"), (9, "general"), (11, "general"), (3, "general"), (5, "general"),
                         (4, "scst"), (2, "women"), (10, "women")):
        nominate(election, officer, number, kind)
    return election


def test_election_tie_by_lot_is_recorded_and_reproducible(setup, arcs_officer):
    society, _secretary, _members = setup
    election = _full_election(society, arcs_officer)
    # Four general seats: 1 and 9 lead; 11, 3 and 5 tie on 5 votes for the last two seats.
    election = _counted(election, arcs_officer, {1: 8, 9: 7, 11: 5, 3: 5, 5: 5, 4: 6, 2: 7, 10: 6})
    assert election.state == Election.State.COUNTED and election.lot_seed == "b7e1c0ffee"
    (draw,) = election.lot_draws
    tied = sorted(election.candidates.filter(member__number__in=(11, 3, 5)).values_list("pk", flat=True))
    assert draw["tied"] == tied and draw["seats"] == 2 and draw["votes"] == 5
    expected = rules.winners(dict.fromkeys(tied, 5), 2, seed="b7e1c0ffee", group_key=str(draw["group"]))
    assert sorted(election.candidates.filter(by_lot=True).values_list("pk", flat=True)) == list(expected.by_lot)
    assert election.candidates.filter(elected=True).count() == 7


def _president_elsewhere(person, district, n):
    """The person is President of another society's Board in office (a Director row linked to the person)."""
    other = make_society(district, name=f"Other {n} Co-operative Society Limited")
    board = Board.objects.create(society=other, kind=Board.Kind.ELECTED, took_office_on=date(2024, 1, 1),
                                 term_ends_on=date(2029, 1, 1))
    Director.objects.create(board=board, name=person.name, person=person, gender="man", office="president",
                            joined_on=date(2024, 1, 1))


def test_election_result_reaches_supervisions_board_and_the_two_presidency_limit_holds(setup, arcs_officer,
                                                                                      sonitpur):
    society, _secretary, members = setup
    old = current_board(society)
    election = _counted(_full_election(society, arcs_officer), arcs_officer,
                        {1: 8, 9: 7, 11: 6, 3: 5, 5: 4, 4: 6, 2: 7, 10: 6})
    election = services.election_declare(election_id=election.pk, actor=arcs_officer, today=DECLARE_ON)
    board = current_board(society)
    assert board == election.elected_board and board.kind == Board.Kind.ELECTED
    assert board.took_office_on == DECLARE_ON and board.term_ends_on == date(2031, 7, 21)
    assert sorted(board.directors.values_list("name", flat=True)) == sorted(
        ["Ranjit Bora", "Hiren Baruah", "Nitul Hazarika", "Anima Kalita", "Bipul Basumatary", "Mridula Das",
         "Jonali Rabha"])
    assert all(d.person_id for d in board.directors.all())      # bars and s.41(10) follow the person
    old.refresh_from_db()
    assert old.ended_on == DECLARE_ON and old.end_reason == Board.EndReason.REPLACED_BY_ELECTION
    order = election.result_order
    assert order.kind == "membership.election_result" and order.number.startswith("ELR/")
    entry = ActivityEntry.objects.filter(action="governance.election_recorded", society=society).latest("seq")
    assert entry.data["election"] == election.pk
    with order.pdf.open("rb") as stored:   # the declaration's PDF, stored on the order
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(stored).pages).split())
    assert order.number in text and "Ranjit Bora" in text and "Directors elected" in text

    # Office-bearers: Ranjit is already President of two other societies (rows linked to his person, s.41(10)).
    for n in (1, 2):
        _president_elsewhere(members[1].person, sonitpur, n)
    directors = {d.name: d for d in board.directors.all()}
    with pytest.raises(ValidationError) as exc:
        services.election_office_bearers_record(
            election_id=election.pk, actor=arcs_officer, today=DECLARE_ON,
            president_id=directors["Ranjit Bora"].pk, vice_president_id=directors["Mridula Das"].pk)
    assert "already President or Vice-President of two other societies" in exc.value.messages[0]
    services.election_office_bearers_record(
        election_id=election.pk, actor=arcs_officer, today=DECLARE_ON,
        president_id=directors["Mridula Das"].pk, vice_president_id=directors["Hiren Baruah"].pk)
    assert board.directors.get(office="president").name == "Mridula Das"


def test_election_invited_returning_officer_records_the_counts(setup, arcs_officer):
    from tests.parties.helpers import accept_new, invite

    society, _secretary, _members = setup
    election = announce(society, arcs_officer)
    nominate(election, arcs_officer, 1)
    nominate(election, arcs_officer, 9)
    grant = accept_new(invite(arcs_officer, election, email="ro@example.in", kind="election",
                              role="returning_officer"))
    assert services.may_count(grant.user, election)
    election = _counted(election, grant.user, {1: 5, 9: 3})
    assert election.state == Election.State.COUNTED
    assert not services.may_count(grant.user, election)     # the case closes with the counts
