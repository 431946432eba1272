"""Board-ending and office-holder sweepers against statute/README.md's worked examples 2, 8, 9 and 10.

Each: run on the day after the last day, run twice (one effect, one entry), run 10 days late (same legal dates),
and the case where nothing happens.
"""

from datetime import date

import pytest

from registrar import sweeps
from registrar.models import Notification
from societies.governance import sweepers
from societies.governance.actions import GovernanceAction as A
from societies.governance.models import (
    Board,
    ComplianceFlag,
    Director,
    FinancialYear,
    GeneralMeeting,
    Requisition,
)
from societies.models import Society

from .helpers import elect_board, entries, make_society, meeting, reload, requisition, supervision_start, year

pytestmark = pytest.mark.django_db


# ---- worked example 2: FY ends 31 Mar 2026 -> AGM by 30 Sep 2026 -> Board dissolved from 1 Oct 2026 ----------

@pytest.fixture
def agm_society(secretary, arcs_officer):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    fy = year(society, date(2026, 3, 31))
    assert fy.agm_last_day == date(2026, 9, 30)
    return society, board, fy


@pytest.mark.parametrize("run_on", [date(2026, 10, 1), date(2026, 10, 11)], ids=["day_after", "10_days_late"])
def test_agm_missed_board_dissolved_from_1_oct_2026(agm_society, secretary, arcs_officer, run_on,
                                                    django_capture_on_commit_callbacks):
    society, board, fy = agm_society
    with django_capture_on_commit_callbacks(execute=True):
        result = sweepers.boards_dissolve_for_missed_agm(today=run_on)
    assert result.count == 1
    board = reload(board)
    assert (board.ended_on, board.end_reason) == (date(2026, 10, 1), Board.EndReason.DISSOLVED_NO_AGM)
    directors = list(board.directors.all())
    assert len(directors) == 5
    assert {(d.ceased_on, d.cessation, d.director_bar_until) for d in directors} == {
        (date(2026, 10, 1), Director.Cessation.NO_AGM, date(2031, 10, 1))}
    assert reload(society).governance_status == "board_ceased"
    assert reload(fy).agm_checked is True
    [entry] = entries(A.BOARD_DISSOLVED_NO_AGM)
    assert entry.actor is None and entry.society_id == society.pk
    assert (entry.data["ended_on"], entry.data["agm_last_day"]) == ("2026-10-01", "2026-09-30")
    arcs_note = Notification.objects.get(recipient=arcs_officer)
    assert arcs_note.url == f"/office/societies/{society.pk}/appoint-officer/"
    assert "appoint an officer" in arcs_note.body and "01 Oct 2026" in arcs_note.body
    assert Notification.objects.filter(recipient=secretary).count() == 1


def test_agm_missed_sweep_run_twice_dissolves_once(agm_society):
    society, board, fy = agm_society
    sweepers.boards_dissolve_for_missed_agm(today=date(2026, 10, 1))
    again = sweepers.boards_dissolve_for_missed_agm(today=date(2026, 10, 2))
    assert again.count == 0
    assert len(entries(A.BOARD_DISSOLVED_NO_AGM)) == 1


def test_agm_not_due_on_the_last_day_itself(agm_society):
    society, board, fy = agm_society
    assert sweepers.boards_dissolve_for_missed_agm(today=date(2026, 9, 30)).count == 0
    assert reload(board).ended_on is None and reload(fy).agm_checked is False


def test_agm_held_in_time_no_dissolution(agm_society):
    society, board, fy = agm_society
    FinancialYear.objects.filter(pk=fy.pk).update(agm_held_on=date(2026, 9, 20))
    sweepers.boards_dissolve_for_missed_agm(today=date(2026, 10, 1))
    assert reload(board).ended_on is None
    assert reload(fy).agm_checked is True
    assert entries(A.BOARD_DISSOLVED_NO_AGM) == []


def test_agm_held_on_30_sep_counts_from_the_meeting_row(agm_society, arcs_officer):
    society, board, fy = agm_society
    GeneralMeeting.objects.create(society=society, kind="agm", financial_year=fy, held_on=date(2026, 9, 30),
                                  members_eligible=100, members_present=20, quorum_required=10, quorum_met=True,
                                  recorded_on=date(2026, 10, 5), recorded_by=arcs_officer)
    sweepers.boards_dissolve_for_missed_agm(today=date(2026, 10, 1))
    assert reload(board).ended_on is None


def test_agm_adjourned_past_deadline_raises_flag_not_dissolution(agm_society, arcs_officer):
    society, board, fy = agm_society
    GeneralMeeting.objects.create(society=society, kind="agm", financial_year=fy, held_on=date(2026, 9, 25),
                                  adjourned_to=date(2026, 10, 5), members_eligible=100, members_present=2,
                                  quorum_required=10, quorum_met=False, recorded_on=date(2026, 9, 26),
                                  recorded_by=arcs_officer)
    sweepers.boards_dissolve_for_missed_agm(today=date(2026, 10, 1))
    assert reload(board).ended_on is None
    flag = ComplianceFlag.objects.get(kind=ComplianceFlag.Kind.AGM_ADJOURNED_PAST_DEADLINE)
    assert (flag.subject_key, flag.raised_on, flag.state) == ("fy:2026-03-31", date(2026, 10, 1), "open")
    assert reload(fy).agm_checked is True


def test_agm_sweep_leaves_promoter_board_society_without_board_alone(secretary):
    society = make_society(registered_on=date(2026, 2, 1))
    supervision_start(society)
    Board.objects.filter(society=society).update(ended_on=date(2026, 5, 1), end_reason="superseded")
    fy = FinancialYear.objects.get(society=society)
    sweepers.boards_dissolve_for_missed_agm(today=date(2026, 10, 1))
    assert reload(fy).agm_checked is True and entries(A.BOARD_DISSOLVED_NO_AGM) == []


# ---- worked example 8: requisition received 1 Jul 2026 -> hold by 15 Aug 2026 -> directors cease 15 Aug ------

@pytest.mark.parametrize("run_on", [date(2026, 8, 16), date(2026, 8, 26)], ids=["day_after", "10_days_late"])
def test_special_gm_not_held_directors_cease_15_aug_2026(secretary, run_on):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    req = requisition(society, Requisition.Kind.GENERAL_MEETING, date(2026, 7, 1))
    assert req.hold_by == date(2026, 8, 15)
    sweepers.requisitions_lapse(today=run_on)
    sweepers.requisitions_lapse(today=run_on)
    board = reload(board)
    assert (board.ended_on, board.end_reason) == (date(2026, 8, 15), Board.EndReason.CEASED_SPECIAL_GM)
    assert {(d.ceased_on, d.cessation, d.director_bar_until) for d in board.directors.all()} == {
        (date(2026, 8, 15), Director.Cessation.SPECIAL_GM_NOT_HELD, date(2031, 8, 15))}
    req = reload(req)
    assert (req.state, req.lapsed_on) == ("lapsed", date(2026, 8, 15))
    assert reload(society).governance_status == "board_ceased"
    [entry] = entries(A.DIRECTORS_CEASED_SPECIAL_GM)
    assert entry.data["ended_on"] == "2026-08-15"


def test_special_gm_held_no_cessation(secretary):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    req = requisition(society, Requisition.Kind.GENERAL_MEETING, date(2026, 7, 1))
    req.mark_held(on=date(2026, 8, 10))
    req.save()
    sweepers.requisitions_lapse(today=date(2026, 8, 16))
    assert reload(board).ended_on is None and entries(A.DIRECTORS_CEASED_SPECIAL_GM) == []


def test_special_board_meeting_not_held_president_ceases_18_mar_2026(secretary):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    req = requisition(society, Requisition.Kind.BOARD_MEETING, date(2026, 3, 3))
    sweepers.requisitions_lapse(today=date(2026, 3, 29))
    sweepers.requisitions_lapse(today=date(2026, 3, 30))
    president = Director.objects.get(board=board, name="Ranjit Bora")
    assert (president.office, president.office_ceased_on, president.office_bar_until) == (
        "director", date(2026, 3, 18), date(2029, 3, 18))
    assert president.ceased_on is None  # ceases from the office, stays on the Board
    assert reload(req).lapsed_on == date(2026, 3, 18)
    assert len(entries(A.PRESIDENT_CEASED_SPECIAL_BOARD)) == 1
    assert reload(board).ended_on is None


# ---- worked example 9: last meeting 10 Jan 2026 -> next by 10 May 2026; < 4 meetings in FY -> 31 Mar 2026 -----

@pytest.mark.parametrize("run_on", [date(2026, 5, 11), date(2026, 5, 21)], ids=["day_after", "10_days_late"])
def test_board_meeting_gap_president_ceases_10_may_2026(secretary, run_on):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1), next_meeting_due_on=date(2026, 5, 10))
    meeting(board, date(2026, 1, 10))
    sweepers.boards_cease_presidents_for_gap(today=run_on)
    assert sweepers.boards_cease_presidents_for_gap(today=run_on).count == 0
    president = Director.objects.get(board=board, name="Ranjit Bora")
    assert (president.office_ceased_on, president.office_bar_until) == (date(2026, 5, 10), date(2029, 5, 10))
    assert reload(board).next_meeting_due_on is None
    [entry] = entries(A.PRESIDENT_CEASED_GAP)
    assert (entry.data["office"], entry.data["office_ceased_on"]) == ("president", "2026-05-10")
    flag = ComplianceFlag.objects.get(kind=ComplianceFlag.Kind.DIRECTOR_BAR_FOR_MEETINGS)
    assert flag.subject_key == f"dir:{president.pk}:2026-05-10" and flag.raised_on == date(2026, 5, 10)


def test_board_meeting_gap_vice_president_ceases_when_no_president(secretary):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1), next_meeting_due_on=date(2026, 5, 10), president=False)
    sweepers.boards_cease_presidents_for_gap(today=date(2026, 5, 11))
    vp = Director.objects.get(board=board, name="Mamoni Saikia")
    assert vp.office_ceased_on == date(2026, 5, 10)
    assert entries(A.PRESIDENT_CEASED_GAP)[0].data["office"] == "vice_president"


def test_board_meeting_gap_without_office_holders_only_flags(secretary):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1), next_meeting_due_on=date(2026, 5, 10), president=False,
                        vice_president=False)
    sweepers.boards_cease_presidents_for_gap(today=date(2026, 5, 11))
    assert entries(A.PRESIDENT_CEASED_GAP) == []
    assert ComplianceFlag.objects.get().subject_key == f"board:{board.pk}:2026-05-10"
    assert reload(board).next_meeting_due_on is None


def test_board_meeting_held_in_time_no_gap_effect(secretary):
    society = make_society(secretary=secretary)
    elect_board(society, date(2023, 6, 1), next_meeting_due_on=date(2026, 5, 10))
    assert sweepers.boards_cease_presidents_for_gap(today=date(2026, 5, 10)).count == 0
    assert entries(A.PRESIDENT_CEASED_GAP) == []


@pytest.mark.parametrize("run_on", [date(2026, 4, 1), date(2026, 4, 11)], ids=["day_after", "10_days_late"])
def test_board_meeting_fewer_than_four_president_ceases_31_mar_2026(secretary, run_on):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    for day in (date(2025, 5, 1), date(2025, 8, 1), date(2025, 11, 1)):
        meeting(board, day)
    meeting(board, date(2026, 2, 1), quorum_met=False)  # without quorum it is not "held" (s.43(5))
    fy = year(society, date(2026, 3, 31), meetings_checked=False, agm_checked=True)
    sweepers.presidents_cease_for_too_few_meetings(today=run_on)
    sweepers.presidents_cease_for_too_few_meetings(today=run_on)
    president = Director.objects.get(board=board, name="Ranjit Bora")
    assert (president.office_ceased_on, president.office_bar_until) == (date(2026, 3, 31), date(2029, 3, 31))
    [entry] = entries(A.PRESIDENT_CEASED_FEW_MEETINGS)
    assert entry.data["meetings_held"] == 3
    assert reload(fy).meetings_checked is True
    assert ComplianceFlag.objects.filter(kind=ComplianceFlag.Kind.DIRECTOR_BAR_FOR_MEETINGS).count() == 1


def test_board_meeting_four_held_no_effect(secretary):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    for day in (date(2025, 5, 1), date(2025, 8, 1), date(2025, 11, 1), date(2026, 3, 31)):
        meeting(board, day)
    year(society, date(2026, 3, 31), meetings_checked=False, agm_checked=True)
    sweepers.presidents_cease_for_too_few_meetings(today=date(2026, 4, 1))
    assert entries(A.PRESIDENT_CEASED_FEW_MEETINGS) == [] and not ComplianceFlag.objects.exists()


def test_board_meeting_part_year_raises_flag_only(secretary):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2025, 10, 1))  # in office half the year: needs 2 meetings pro rata
    meeting(board, date(2026, 1, 15))
    year(society, date(2026, 3, 31), meetings_checked=False, agm_checked=True)
    sweepers.presidents_cease_for_too_few_meetings(today=date(2026, 4, 1))
    assert entries(A.PRESIDENT_CEASED_FEW_MEETINGS) == []
    flag = ComplianceFlag.objects.get()
    assert (flag.kind, flag.subject_key, flag.raised_on) == (
        ComplianceFlag.Kind.PART_YEAR_MEETINGS, f"fy:2026-03-31:board:{board.pk}", date(2026, 4, 1))
    assert Director.objects.get(board=board, name="Ranjit Bora").office_ceased_on is None


# ---- worked example 10: elected 10 Aug 2021 -> term ends 10 Aug 2026 -> directors cease 11 Aug 2026 ----------

@pytest.mark.parametrize("run_on", [date(2026, 8, 11), date(2026, 8, 21)], ids=["day_after", "10_days_late"])
def test_board_term_expired_directors_cease_11_aug_2026(secretary, run_on):
    """s.41(4); rules.yaml board_term_5y and election_before_term_expiry: no election, the directors cease."""
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2021, 8, 10))
    assert board.term_ends_on == date(2026, 8, 10)
    sweepers.boards_end_expired_terms(today=run_on)
    sweepers.boards_end_expired_terms(today=run_on)
    board = reload(board)
    assert (board.ended_on, board.end_reason) == (date(2026, 8, 11), Board.EndReason.CEASED_NO_ELECTION)
    assert {(d.ceased_on, d.cessation, d.director_bar_until) for d in board.directors.all()} == {
        (date(2026, 8, 11), Director.Cessation.ELECTION_NOT_ARRANGED, date(2031, 8, 11))}
    assert len(entries(A.BOARD_TERM_ENDED)) == 1
    assert reload(society).governance_status == "board_ceased"


def test_board_term_not_ended_on_its_last_day(secretary):
    board = elect_board(make_society(secretary=secretary), date(2021, 8, 10))
    assert sweepers.boards_end_expired_terms(today=date(2026, 8, 10)).count == 0
    assert reload(board).ended_on is None


def test_board_term_promoter_board_lapses_without_bar(secretary):
    society = make_society(registered_on=date(2025, 6, 1), secretary=secretary)
    board = supervision_start(society)
    assert board.term_ends_on == date(2026, 6, 1)
    sweepers.boards_end_expired_terms(today=date(2026, 6, 5))
    board = reload(board)
    assert (board.ended_on, board.end_reason) == (date(2026, 6, 2), Board.EndReason.PROMOTER_LAPSED)
    [entry] = entries(A.PROMOTER_BOARD_LAPSED)
    assert entry.data["director_bar_until"] is None and "silent" in entry.data["bar"]
    assert reload(society).governance_status == "board_ceased"


def test_board_endings_late_run_applies_the_earliest_legal_date(secretary):
    """Special GM lapse (15 Aug 2026) before the AGM dissolution (1 Oct 2026): a run on 11 Oct ends the Board
    once, on 15 Aug, whichever sweeper finds it first; the AGM sweep only marks the year."""
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    fy = year(society, date(2026, 3, 31))
    requisition(society, Requisition.Kind.GENERAL_MEETING, date(2026, 7, 1))
    sweepers.boards_dissolve_for_missed_agm(today=date(2026, 10, 11))  # the AGM sweep finds it first
    board = reload(board)
    assert (board.ended_on, board.end_reason) == (date(2026, 8, 15), Board.EndReason.CEASED_SPECIAL_GM)
    assert entries(A.BOARD_DISSOLVED_NO_AGM) == [] and reload(fy).agm_checked is True
    sweeps.run_all(today=date(2026, 10, 12))
    assert len(entries(A.DIRECTORS_CEASED_SPECIAL_GM)) == 1


def test_financial_years_open_next_loops_until_the_current_year(secretary):
    society = make_society(secretary=secretary)
    year(society, date(2024, 3, 31), next_opened=False)
    sweepers.financial_years_open_next(today=date(2026, 11, 24))
    ends = list(FinancialYear.objects.filter(society=society).order_by("ends_on").values_list("ends_on", flat=True))
    assert ends == [date(2024, 3, 31), date(2025, 3, 31), date(2026, 3, 31), date(2027, 3, 31)]
    assert FinancialYear.objects.get(society=society, ends_on=date(2027, 3, 31)).agm_last_day == date(2027, 9, 30)
    assert sweepers.financial_years_open_next(today=date(2026, 11, 24)).count == 0
    assert len(entries(A.FINANCIAL_YEAR_OPENED)) == 3
    assert Society.objects.get(pk=society.pk).financial_years.filter(next_opened=False).count() == 1
