"""Supervision knows a superseded Board (issue 20 points 3-5): the administrator acts as the Board for that
society only; supervision's Board-ending effects are flagged, never applied, to a superseded Board; the status
note; the s.140(3) bar only for a PACS superseded on s.139(2)(i)-(ii)."""

from datetime import date

import pytest

from registrar.models import ActivityEntry, Notification, Rank
from societies.governance.actions import GovernanceAction
from societies.governance.models import Board, ComplianceFlag, Director, Requisition
from societies.governance.permissions import is_secretary
from societies.governance.services.board import bar_dates
from societies.governance.services.supervision import financial_year_open
from societies.governance.sweepers import boards_dissolve_for_missed_agm, requisitions_lapse
from societies.status import statuses
from societies.supersession.bars import bar_until
from societies.supersession.models import Ground
from tests.conftest import make_officer

from .admin_helpers import SUPERSEDED_ON, society_with_board, superseded

pytestmark = pytest.mark.django_db


@pytest.fixture
def inspector(db):
    """Dipankar, an inspector of Sonitpur appointed administrator."""
    return make_officer("inspector.sonitpur", Rank.INSPECTOR, ["SNT"])


def test_supersession_administrator_acts_as_the_board_of_that_society_only(registrar, inspector, login):
    society, _board = society_with_board()
    other, _other_board = society_with_board()
    case = superseded(society, registrar, [inspector])
    assert is_secretary(inspector, society) and not is_secretary(inspector, other)
    client = login(inspector)
    assert client.get(f"/society/{society.pk}/meetings/new/").status_code == 200
    assert client.get(f"/society/{other.pk}/meetings/new/").status_code == 404
    case.administrators.update(ended_on=date(2027, 1, 5))
    assert not is_secretary(inspector, society)


def test_supersession_board_leaves_office_and_its_term_is_not_counted(registrar, inspector):
    society, board = society_with_board()
    superseded(society, registrar, [inspector])
    board = Board.objects.get(pk=board.pk)
    assert (board.ended_on, board.end_reason, board.next_meeting_due_on) == (SUPERSEDED_ON, "superseded", None)
    assert set(board.directors.values_list("cessation", flat=True)) == {Director.Cessation.SUPERSEDED}
    from societies.governance import clocks

    assert not Board.objects.filter(clocks.BOARD_TERM.open, society=society).exists()
    assert not Board.objects.filter(clocks.BOARD_MEETING.open, society=society).exists()


@pytest.mark.parametrize("leave_board", [True, False])
def test_supersession_missed_agm_is_flagged_not_dissolving_the_board(leave_board, registrar, arcs_officer, inspector,
                                                                    django_capture_on_commit_callbacks):
    society, board = society_with_board()
    year = financial_year_open(society, date(2026, 3, 31))       # AGM due by 30 Sep 2026
    superseded(society, registrar, [inspector], on=date(2026, 8, 1), leave_board=leave_board)
    with django_capture_on_commit_callbacks(execute=True):
        boards_dissolve_for_missed_agm(today=date(2026, 10, 1))
        boards_dissolve_for_missed_agm(today=date(2026, 10, 2))   # twice: one flag
    [flag] = ComplianceFlag.objects.filter(society=society)
    assert (flag.kind, flag.rule_id, flag.subject_key) == ("superseded_breach", "agm_within_6_months", "fy:2026-03-31")
    board = Board.objects.select_related("society").get(pk=board.pk)
    assert board.society.governance_status == "superseded"
    assert board.end_reason == ("superseded" if leave_board else "")       # never dissolved_no_agm
    assert not Director.objects.filter(board=board, director_bar_until__isnull=False).exists()
    assert not ActivityEntry.objects.filter(action=GovernanceAction.BOARD_DISSOLVED_NO_AGM).exists()
    assert type(year).objects.get(pk=year.pk).agm_checked
    told = set(Notification.objects.filter(key=f"supersession:breach:{flag.pk}").values_list("recipient_id", flat=True))
    assert told == {inspector.pk, arcs_officer.pk}


def test_supersession_requisition_not_held_is_flagged_no_directors_cease(registrar, inspector):
    society, board = society_with_board()
    superseded(society, registrar, [inspector], on=date(2026, 8, 1), leave_board=False)
    requisition = Requisition.objects.create(society=society, kind=Requisition.Kind.GENERAL_MEETING,
                                             requisitioned_by=Requisition.From.MEMBERS, received_on=date(2026, 8, 10),
                                             hold_by=date(2026, 9, 24), agenda="Accounts", recorded_by=registrar)
    requisitions_lapse(today=date(2026, 9, 25))
    assert Requisition.objects.get(pk=requisition.pk).state == Requisition.State.LAPSED
    assert ComplianceFlag.objects.get(society=society).rule_id == "special_gm_within_45d"
    assert Board.objects.get(pk=board.pk).ended_on is None
    assert not Director.objects.filter(board=board, ceased_on__isnull=False).exists()


def test_supersession_status_note_says_until_when_in_fixed_queries(registrar, inspector, django_assert_num_queries):
    societies = []
    for kind, ground in [("dairy", Ground.STALEMATE), ("gpss", Ground.PACS_NO_QUORUM), ("dairy", Ground.STALEMATE)]:
        society, _board = society_with_board(kind=kind)
        superseded(society, registrar, [inspector], ground=ground, suspend=len(societies) == 2)
        societies.append(society)
    plain, _board = society_with_board()
    from societies.models import Society

    rows = list(Society.objects.filter(pk__in=[s.pk for s in [*societies, plain]]).order_by("pk"))
    with django_assert_num_queries(1):
        found = statuses(rows, date(2026, 12, 1))
    notes = [found[s.pk].notes for s in societies]
    assert [str(n[0].text) for n in notes] == ["Board superseded; administrator until 01 May 2027",
                                               "Board superseded; administrator until 01 Jan 2027",
                                               "Board suspended; administrator until 01 May 2027"]
    assert [n[0].until for n in notes] == [date(2027, 5, 1), date(2027, 1, 1), date(2027, 5, 1)]
    assert found[plain.pk].notes == []


@pytest.mark.parametrize(("kind", "ground", "barred"), [
    ("gpss", Ground.PACS_LOSSES, True), ("gpss", Ground.PACS_IRREGULARITIES, True),
    ("gpss", Ground.PACS_JUDICIAL, False), ("gpss", Ground.PACS_NO_QUORUM, False),
    ("dairy", Ground.PREJUDICIAL_ACT, False)])
def test_supersession_bar_only_for_pacs_losses_or_irregularities(kind, ground, barred, registrar, inspector):
    society, board = society_with_board(kind=kind)
    superseded(society, registrar, [inspector], ground=ground)
    until = bar_until(SUPERSEDED_ON)
    assert until == date(2031, 11, 1)
    expected = until if barred else None
    assert set(Director.objects.filter(board=board).values_list("director_bar_until", flat=True)) == {expected}
    assert bar_dates(society, "Ranjit Bora", date(2027, 1, 1))[0] == expected
    assert ActivityEntry.objects.filter(action="supersession.directors_barred").exists() is barred


def test_supersession_public_register_section_shows_dates_never_the_ground(registrar, inspector, client):
    from openregister.sections import api_values

    society, _board = society_with_board(kind="gpss")
    superseded(society, registrar, [inspector], ground=Ground.PACS_IRREGULARITIES)
    values = api_values(society, date(2026, 12, 1))["supersession"]
    assert values == [{"state": "superseded", "superseded_on": "2026-11-01", "administrators_until": "2027-01-01",
                       "ended_on": None}]
    page = client.get(f"/register/society/{society.registration_number}/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "The Board was superseded on 01 Nov 2026 (s.125)." in text
    assert "Departmental administrators act as the Board until 01 Jan 2027." in text
    assert "Opinion recorded." not in text and "irregularities" not in text.lower()


def test_supersession_order_ends_the_board_and_bars_a_pacs_losses_board(registrar, arcs_officer, inspector):
    """Through the order's own service (services/order.py): the Board leaves, the s.140(3) bar is recorded."""
    from societies.supersession.services.order import supersession_order

    from . import helpers

    society, board = society_with_board(kind="gpss")
    case = helpers.received(registrar, arcs_officer, society, ground=Ground.PACS_LOSSES,
                            evidence_note="Audited losses of 2023-24, 2024-25 and 2025-26 (officer's figures).")
    supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[inspector.pk], today=date(2026, 10, 1))
    board = Board.objects.get(pk=board.pk)
    assert (board.ended_on, board.end_reason) == (date(2026, 10, 1), "superseded")
    assert set(board.directors.values_list("director_bar_until", flat=True)) == {date(2031, 10, 1)}
    entry = ActivityEntry.objects.get(action="supersession.superseded")
    assert entry.data["board_ended"] == board.pk and len(entry.data["directors_barred"]) == 3
