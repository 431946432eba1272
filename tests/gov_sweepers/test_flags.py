"""Compliance flags: raising is idempotent; a Registrar confirms or dismisses by a numbered order; an ARCS sees
the flag but may not decide. Query counts on the office list at two sizes."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from registrar.bounds import long_date
from societies.governance import sweepers
from societies.governance.actions import GovernanceAction as A
from societies.governance.models import Board, ComplianceFlag, Director, FinancialYear, GeneralMeeting
from societies.governance.services.flags import (
    FLAG_NOT_OPEN,
    ORDER_TEXT_REQUIRED,
    flag_confirm,
    flag_dismiss,
    flag_raise,
)
from societies.governance.views.flags import CONFIRMED

from .helpers import elect_board, entries, make_society, reload, year

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 24)
ORDER = "Heard the President on 20 Nov 2026; no Board meeting was held for 130 days. Bar confirmed."


@pytest.fixture
def gap_flag(secretary):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1), next_meeting_due_on=date(2026, 5, 10))
    sweepers.boards_cease_presidents_for_gap(today=date(2026, 5, 11))
    return board, ComplianceFlag.objects.get()


def test_flag_raise_is_idempotent(secretary):
    society = make_society(secretary=secretary)
    first, created = flag_raise(society, "part_year_meetings", "board_meetings_min_4_per_fy", "fy:x", "facts", TODAY)
    again, created_again = flag_raise(society, "part_year_meetings", "board_meetings_min_4_per_fy", "fy:x", "f", TODAY)
    assert (created, created_again, first.pk) == (True, False, again.pk)
    assert len(entries(A.FLAG_RAISED)) == 1


def test_flag_confirm_director_bar_sets_5_year_bar_from_cessation(gap_flag, registrar):
    board, flag = gap_flag
    flag = flag_confirm(flag_id=flag.pk, actor=registrar, order_text=ORDER, today=TODAY)
    assert (flag.state, flag.order_number, flag.decided_on) == ("confirmed", "RCS/FLAG/2026/0001", TODAY)
    president = Director.objects.get(board=board, name="Ranjit Bora")
    assert president.director_bar_until == date(2031, 5, 10)
    assert president.ceased_on is None  # the bar is on future eligibility; the Act does not unseat him here
    [entry] = entries(A.FLAG_CONFIRMED)
    assert entry.actor == registrar and entry.data["director_bar_until"] == "2031-05-10"


def test_flag_dismiss_changes_nothing_but_records_the_order(gap_flag, registrar):
    board, flag = gap_flag
    flag = flag_dismiss(flag_id=flag.pk, actor=registrar, order_text="The Board met on 5 May 2026.", today=TODAY)
    assert flag.state == "dismissed" and flag.order_number == "RCS/FLAG/2026/0001"
    assert Director.objects.get(board=board, name="Ranjit Bora").director_bar_until is None
    assert len(entries(A.FLAG_DISMISSED)) == 1
    with pytest.raises(ValidationError) as excinfo:
        flag_confirm(flag_id=flag.pk, actor=registrar, order_text=ORDER, today=TODAY)
    assert excinfo.value.messages == [str(FLAG_NOT_OPEN % {"number": "RCS/FLAG/2026/0001"})]


def test_flag_confirm_needs_order_text_and_registrar(gap_flag, registrar, arcs_officer):
    _board, flag = gap_flag
    with pytest.raises(ValidationError) as excinfo:
        flag_confirm(flag_id=flag.pk, actor=registrar, order_text="  ", today=TODAY)
    assert excinfo.value.messages == [str(ORDER_TEXT_REQUIRED)]
    with pytest.raises(PermissionDenied):
        flag_confirm(flag_id=flag.pk, actor=arcs_officer, order_text=ORDER, today=TODAY)
    assert reload(flag).state == "open"


def test_flag_confirm_accounts_not_ready_ceases_directors_on_agm_date(secretary, registrar):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    fy = year(society, date(2026, 3, 31))
    FinancialYear.objects.filter(pk=fy.pk).update(agm_held_on=date(2026, 9, 20))
    flag, _ = flag_raise(society, "accounts_not_ready", "agm_accounts_ready_15d_before", "fy:2026-03-31",
                         "Accounts ready on 15 Sep 2026, five days before the AGM.", date(2026, 9, 21))
    flag_confirm(flag_id=flag.pk, actor=registrar, order_text="Wilful default found.", today=TODAY)
    board = reload(board)
    assert (board.ended_on, board.end_reason) == (date(2026, 9, 20), Board.EndReason.ACCOUNTS_NOT_READY)
    assert {(d.ceased_on, d.director_bar_until) for d in board.directors.all()} == {
        (date(2026, 9, 20), date(2031, 9, 20))}
    assert reload(society).governance_status == "board_ceased"
    assert len(entries(A.FLAG_CONFIRMED)) == 1


def test_flag_confirm_agm_adjourned_dissolves_from_1_oct_2026(secretary, registrar, arcs_officer):
    society = make_society(secretary=secretary)
    board = elect_board(society, date(2023, 6, 1))
    fy = year(society, date(2026, 3, 31))
    GeneralMeeting.objects.create(society=society, kind="agm", financial_year=fy, held_on=date(2026, 9, 25),
                                  adjourned_to=date(2026, 10, 5), members_eligible=100, members_present=2,
                                  quorum_required=10, quorum_met=False, recorded_on=date(2026, 9, 26),
                                  recorded_by=arcs_officer)
    sweepers.boards_dissolve_for_missed_agm(today=date(2026, 10, 1))
    flag = ComplianceFlag.objects.get(kind="agm_adjourned")
    flag_confirm(flag_id=flag.pk, actor=registrar, order_text="Adjourned without cause.", today=TODAY)
    board = reload(board)
    assert (board.ended_on, board.end_reason) == (date(2026, 10, 1), Board.EndReason.DISSOLVED_NO_AGM)
    assert {d.director_bar_until for d in board.directors.all()} == {date(2031, 10, 1)}


def test_flag_detail_arcs_sees_no_form_and_gets_403_on_post(gap_flag, client, arcs_officer):
    _board, flag = gap_flag
    client.force_login(arcs_officer)
    url = reverse("office_flag_detail", args=[flag.pk])
    page = client.get(url)
    assert page.status_code == 200 and "Make the order" not in page.content.decode()
    assert "Only the Registrar" in page.content.decode()
    refused = client.post(url, {"decision": "confirm", "order_text": ORDER})
    assert refused.status_code == 403 and "Only the Registrar" in refused.content.decode()
    assert reload(flag).state == "open"


def test_flag_detail_registrar_confirms_by_post(gap_flag, client, registrar):
    _board, flag = gap_flag
    client.force_login(registrar)
    url = reverse("office_flag_detail", args=[flag.pk])
    assert "Make the order" in client.get(url).content.decode()
    bad = client.post(url, {"decision": "confirm", "order_text": ""})
    assert bad.status_code == 400 and "Write the order" in bad.content.decode()
    response = client.post(url, {"decision": "confirm", "order_text": ORDER, "confirmed": "yes"}, follow=True)
    assert str(CONFIRMED % {"society": flag.society.name, "number": "RCS/FLAG/2026/0001",
                            "date": long_date(reload(flag).decided_on)}) in response.content.decode()
    assert reload(flag).state == "confirmed"


def _flags(n, district="SNT"):
    for i in range(n):
        society = make_society(district)
        flag_raise(society, "part_year_meetings", "board_meetings_min_4_per_fy", f"fy:{i}", "facts", TODAY)


@pytest.mark.parametrize("n", [3, 30])
def test_office_flags_query_count_is_flat(n, client, arcs_officer, django_assert_max_num_queries):
    _flags(n)
    _flags(2, "KMR")
    client.force_login(arcs_officer)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("office_flags"))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("/office/flags/") - 1 >= min(n, 25)  # rows link to their flag; the page paginates at 25
    assert "KMR/T/" not in body
