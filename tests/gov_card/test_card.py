"""The compliance card item by item, with the worked dates of statute/README.md (hand-computed literals)."""

from datetime import date

import pytest

from registrar.timeline import timeline_for
from societies.governance import rules
from societies.governance.compliance import (
    AMBER,
    GREEN,
    GREY,
    RED,
    compliance_card,
    governance_summary,
)
from societies.governance.models import Board, FinancialYear
from societies.governance.timeline import due_next

from .helpers import (
    appoint_officer,
    elect_board,
    file_proceedings,
    make_society,
    raise_flag,
    record_board_meeting,
    reload,
    set_status,
)

pytestmark = pytest.mark.django_db


def _item(society, today, key):
    items = [i for i in compliance_card(society, today).items if i.key == key]
    assert len(items) == 1, items
    return items[0]


def _returns(society, today):
    return [i for i in compliance_card(society, today).items if i.key == "annual_return"]


@pytest.fixture
def society(sonitpur):
    """Registered 10 Apr 2025: the first year ends 31 Mar 2026, its AGM is due by 30 Sep 2026."""
    return make_society(sonitpur, name="Dhekiajuli Dairy Co-operative Society Limited", registered_on=date(2025, 4, 10))


def _first_year(society):
    return FinancialYear.objects.get(society=society, ends_on=date(2026, 3, 31))


# ---- the AGM (s.39, agm_within_6_months) ---------------------------------------------------------------------

def test_card_agm_last_day_is_six_months_after_year_end(society):
    assert _first_year(society).agm_last_day == date(2026, 9, 30)


def test_card_agm_grey_before_the_first_year_ends(society):
    item = _item(society, date(2026, 3, 1), "agm")
    assert (item.status, item.day) == (GREY, date(2026, 9, 30))


def test_card_agm_green_when_deadline_more_than_30_days_away(society):
    assert _item(society, date(2026, 8, 30), "agm").status == GREEN  # 31 days left


def test_card_agm_amber_when_deadline_within_30_days(society):
    item = _item(society, date(2026, 9, 25), "agm")
    assert item.status == AMBER
    assert item.detail == "Not yet held for the year 2025–26. Last day 30 Sep 2026 (5 days left)."
    assert (item.rule_id, item.section) == ("agm_within_6_months", "s.39, 40(4)(a)")


def test_card_agm_amber_on_the_last_day_itself(society):
    assert _item(society, date(2026, 9, 30), "agm").status == AMBER


def test_card_agm_red_when_not_held_by_last_day(society):
    item = _item(society, date(2026, 10, 1), "agm")
    assert item.status == RED
    assert item.detail == "Not held for the year 2025–26 by the last day 30 Sep 2026."


def test_card_agm_green_when_held_in_time(society):
    FinancialYear.objects.filter(society=society).update(agm_held_on=date(2026, 9, 20))
    item = _item(society, date(2026, 10, 1), "agm")
    assert (item.status, item.day) == (GREEN, date(2026, 9, 20))


def test_card_agm_red_when_held_after_last_day(society):
    FinancialYear.objects.filter(society=society).update(agm_held_on=date(2026, 10, 5))
    assert _item(society, date(2026, 10, 6), "agm").status == RED


# ---- annual returns (s.129, annual_returns_30d) ---------------------------------------------------------------

@pytest.fixture
def agm_held_20_sep(society):
    """AGM held 20 Sep 2026: the return is due by 20 Oct 2026 (a Tuesday, no holiday)."""
    last_day = rules.returns_last_day(date(2026, 9, 20))
    assert last_day == date(2026, 10, 20)
    FinancialYear.objects.filter(society=society).update(agm_held_on=date(2026, 9, 20), returns_last_day=last_day)
    return society


def test_card_annual_return_default_last_day_without_agm(society):
    assert _first_year(society).returns_last_day == date(2026, 10, 30)  # 30 Sep + 30 days (lifecycles.md §14)


def test_card_annual_return_green_while_more_than_15_days_left(agm_held_20_sep):
    assert [i.status for i in _returns(agm_held_20_sep, date(2026, 10, 4))] == [GREEN]


def test_card_annual_return_amber_ten_days_before_last_day(agm_held_20_sep):
    (item,) = _returns(agm_held_20_sep, date(2026, 10, 10))
    assert (item.status, item.day, item.label) == (AMBER, date(2026, 10, 20), "Annual return 2025–26")
    assert item.detail == "Not yet filed. Last day 20 Oct 2026 (10 days left)."


def test_card_annual_return_red_the_day_after_last_day(agm_held_20_sep):
    (item,) = _returns(agm_held_20_sep, date(2026, 10, 21))
    assert item.status == RED
    assert item.detail == "Overdue: not filed by the last day 20 Oct 2026."


def test_card_annual_return_green_once_filed(agm_held_20_sep):
    FinancialYear.objects.filter(society=agm_held_20_sep).update(returns_filed_on=date(2026, 10, 15))
    (item,) = _returns(agm_held_20_sep, date(2026, 10, 21))
    assert (item.status, item.detail) == (GREEN, "Filed on 15 Oct 2026 (last day 20 Oct 2026).")


def test_card_annual_return_one_item_per_ended_year_newest_first(sonitpur):
    society = make_society(sonitpur, registered_on=date(2023, 5, 2))
    from societies.governance.services.supervision import financial_year_open

    for end in (date(2025, 3, 31), date(2026, 3, 31)):
        financial_year_open(society, end)
    FinancialYear.objects.filter(society=society, ends_on=date(2024, 3, 31)).update(returns_filed_on=date(2024, 10, 1))
    items = _returns(society, date(2026, 10, 10))
    assert [(i.label, i.status) for i in items] == [
        ("Annual return 2025–26", GREEN), ("Annual return 2024–25", RED), ("Annual return 2023–24", GREEN)]


def test_card_annual_return_grey_before_any_year_ends(society):
    assert [i.status for i in _returns(society, date(2026, 3, 31))] == [GREY]


# ---- the Board's term (board_term_5y, promoter_board_max_1y) --------------------------------------------------

def test_card_board_term_promoter_board_amber_within_180_days(society):
    item = _item(society, date(2025, 10, 15), "board_term")  # 177 days before 10 Apr 2026
    assert (item.status, item.day, item.rule_id) == (AMBER, date(2026, 4, 10), "promoter_board_max_1y")
    assert _item(society, date(2025, 10, 1), "board_term").status == GREEN  # 191 days


def test_card_board_term_elected_board_ends_after_five_years(society):
    elect_board(society, elected_on=date(2021, 8, 10))
    item = _item(society, date(2026, 3, 1), "board_term")
    assert (item.status, item.day, item.rule_id) == (AMBER, date(2026, 8, 10), "board_term_5y")
    assert _item(society, date(2026, 1, 1), "board_term").status == GREEN  # 221 days
    assert _item(society, date(2026, 8, 10), "board_term").status == AMBER
    assert _item(society, date(2026, 8, 11), "board_term").status == RED


def test_card_board_term_officer_in_charge_has_90_days(society, arcs_officer):
    appoint_officer(society, arcs_officer, date(2026, 10, 1))
    society = reload(society)
    item = _item(society, date(2026, 10, 2), "board_term")
    assert (item.status, item.day) == (AMBER, date(2026, 12, 30))
    assert _item(society, date(2026, 12, 31), "board_term").status == RED


def test_card_board_term_red_when_board_dissolved(society):
    Board.objects.filter(society=society).update(ended_on=date(2026, 10, 1),
                                                 end_reason=Board.EndReason.DISSOLVED_NO_AGM)
    society = set_status(society, governance="board_ceased")
    item = _item(society, date(2026, 10, 2), "board_term")
    assert (item.status, item.rule_id, item.day) == (RED, "agm_within_6_months", date(2026, 10, 1))


# ---- Board meetings (board_meeting_gap_max_120d, board_meetings_min_4_per_fy) --------------------------------

@pytest.fixture
def met_10_jan(society):
    """An elected Board that last met on 10 Jan 2026: the next meeting is due by 10 May 2026."""
    board = elect_board(society, elected_on=date(2025, 6, 1),
                        next_meeting_due_on=rules.next_board_meeting_last_day(date(2026, 1, 10)))
    assert board.next_meeting_due_on == date(2026, 5, 10)
    record_board_meeting(society, board, date(2025, 9, 1))
    record_board_meeting(society, board, date(2025, 12, 1), quorum_met=False)
    record_board_meeting(society, board, date(2026, 1, 10))
    return society


def test_card_board_meeting_green_with_count_held_this_year(met_10_jan):
    item = _item(met_10_jan, date(2026, 4, 20), "board_meetings")  # 20 days left; a new year began 1 Apr
    assert item.status == GREEN
    met_10_jan_item = _item(met_10_jan, date(2026, 3, 1), "board_meetings")
    assert met_10_jan_item.detail == ("2 of 4 held with quorum in 2025–26. Next meeting due by 10 May 2026.")


def test_card_board_meeting_amber_within_15_days(met_10_jan):
    item = _item(met_10_jan, date(2026, 4, 26), "board_meetings")
    assert (item.status, item.day, item.rule_id) == (AMBER, date(2026, 5, 10), "board_meeting_gap_max_120d")


def test_card_board_meeting_red_after_last_day(met_10_jan):
    assert _item(met_10_jan, date(2026, 5, 11), "board_meetings").status == RED


def test_card_board_meeting_red_when_president_ceased_for_gap(met_10_jan):
    Board.objects.filter(society=met_10_jan, ended_on__isnull=True).update(next_meeting_due_on=None)
    assert _item(met_10_jan, date(2026, 5, 12), "board_meetings").status == RED


# ---- proceedings (gm_proceedings_deemed_approved_15d) --------------------------------------------------------

def test_card_proceedings_grey_when_none_filed(society):
    assert _item(society, date(2026, 10, 4), "proceedings").status == GREY


def test_card_proceedings_awaiting_is_amber_with_registrars_last_day(society):
    file_proceedings(society, date(2026, 10, 3), held_on=date(2026, 9, 20))
    item = _item(society, date(2026, 10, 4), "proceedings")
    assert (item.status, item.day) == (AMBER, date(2026, 10, 18))
    assert item.detail == ("Received on 03 Oct 2026, awaiting the Registrar: deemed approved if not decided by "
                           "18 Oct 2026.")


@pytest.mark.parametrize(("state", "status", "detail"), [
    ("approved", GREEN, "Approved on 10 Oct 2026."),
    ("deemed_approved", GREEN, "Deemed approved from 19 Oct 2026 (no decision within 15 days)."),
    ("returned", RED, "Returned with observations on 10 Oct 2026: corrected proceedings must be sent."),
])
def test_card_proceedings_decided(society, state, status, detail):
    decided = date(2026, 10, 19) if state == "deemed_approved" else date(2026, 10, 10)
    file_proceedings(society, date(2026, 10, 3), state=state, decided_on=decided)
    item = _item(society, date(2026, 10, 20), "proceedings")
    assert (item.status, item.detail) == (status, detail)


# ---- flags and the whole card ---------------------------------------------------------------------------------

def test_card_flags_red_while_open_green_once_decided(society):
    flag = raise_flag(society, date(2026, 4, 2))
    assert _item(society, date(2026, 4, 3), "flags").status == RED
    type(flag).objects.filter(pk=flag.pk).update(state="dismissed")
    assert _item(society, date(2026, 4, 3), "flags").status == GREEN


def test_card_overall_is_the_worst_item(society):
    assert compliance_card(society, date(2026, 6, 1)).overall == RED  # promoter Board's year ended 10 Apr 2026
    elect_board(society, elected_on=date(2026, 4, 5))
    assert compliance_card(society, date(2026, 6, 1)).overall == GREEN
    raise_flag(society, date(2026, 6, 1))
    assert compliance_card(society, date(2026, 6, 1)).overall == RED


def test_card_overall_grey_for_a_dissolved_society(society):
    society = set_status(society, legal="dissolved")
    assert compliance_card(society, date(2026, 10, 1)).overall == GREY


# ---- who runs it, what is due next, the timeline -------------------------------------------------------------

def test_governance_summary_names_president_and_vice_president(society):
    elect_board(society, elected_on=date(2026, 4, 5), president="Anjali Das", vice_president="Bhaskar Saikia")
    society = reload(society)
    summary = governance_summary(society)
    assert (summary.label, summary.president, summary.vice_president) == (
        "Elected Board", "Anjali Das", "Bhaskar Saikia")
    assert summary.board.term_ends_on == date(2031, 4, 5)


def test_governance_summary_officer_in_charge(society, arcs_officer):
    appoint_officer(society, arcs_officer, date(2026, 10, 1))
    society = reload(society)
    summary = governance_summary(society)
    assert (summary.label, summary.officer_name, summary.board) == (
        "Officer in charge under s.41(6)", "Arcs", None)
    assert summary.last_board.end_reason == Board.EndReason.DISSOLVED_NO_AGM


def test_due_next_lists_the_next_three_last_days_in_order(society):
    items = due_next(society, date(2025, 5, 1))
    assert [(i.day, i.rule_id) for i in items] == [
        (date(2025, 8, 8), "board_meeting_gap_max_120d"),  # 120 days after 10 Apr 2025
        (date(2026, 4, 10), "promoter_board_max_1y"),
        (date(2026, 9, 30), "agm_within_6_months"),
    ]


def test_timeline_supervision_agm_and_annual_return_met_and_overdue(society):
    FinancialYear.objects.filter(society=society).update(agm_held_on=date(2026, 9, 20),
                                                         returns_last_day=date(2026, 10, 20))
    items = {(i.day, i.rule_id): i.kind for i in timeline_for(society, date(2026, 10, 21))}
    assert items[(date(2026, 9, 30), "agm_within_6_months")] == "past"  # met
    assert items[(date(2026, 9, 20), "agm_within_6_months")] == "past"  # held
    assert items[(date(2026, 10, 20), "annual_returns_30d")] == "overdue"


def test_timeline_supervision_agm_held_before_its_last_day_is_met(society):
    FinancialYear.objects.filter(society=society).update(agm_held_on=date(2026, 9, 5))
    items = {(i.day, i.rule_id): i for i in timeline_for(society, date(2026, 9, 12))}
    assert items[(date(2026, 9, 30), "agm_within_6_months")].kind == "met"  # held on 5 Sep, last day ahead
    assert items[(date(2026, 9, 30), "agm_within_6_months")].label == "AGM for the year 2025–26 to be held"
    assert items[(date(2026, 9, 5), "agm_within_6_months")].kind == "past"


def test_timeline_supervision_proceedings_awaiting_approval(society):
    file_proceedings(society, date(2026, 10, 3))
    items = {(i.day, i.rule_id): i.kind for i in timeline_for(society, date(2026, 10, 4))}
    assert items[(date(2026, 10, 18), "gm_proceedings_deemed_approved_15d")] == "upcoming"
