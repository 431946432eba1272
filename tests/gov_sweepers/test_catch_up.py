"""Catch-up for supervision: with beat stopped for 10 days (28 Sep - 7 Oct 2026), running every sweep day by day
and running them once on the last day give the same Boards, cessations, bars, deemed approvals and flags, all
on their legal dates."""

from datetime import date, timedelta

import pytest
from django.db import transaction

from registrar import sweeps
from societies.governance import rules
from societies.governance.models import (
    Board,
    ComplianceFlag,
    Director,
    FinancialYear,
    OfficerAppointment,
    Proceedings,
    Requisition,
)

from .helpers import elect_board, make_society, requisition, supervision_start, year
from .test_other_sweepers import make_proceedings

pytestmark = pytest.mark.django_db

OUTAGE = [date(2026, 9, 28) + timedelta(days=n) for n in range(10)]


def _build(user):
    agm = make_society(name="A AGM missed")  # dissolved from 1 Oct 2026
    elect_board(agm, date(2023, 6, 1))
    year(agm, date(2026, 3, 31), meetings_checked=True)
    both = make_society(name="B special GM and AGM")  # AGM (1 Oct) comes before the special GM (4 Oct)
    elect_board(both, date(2023, 6, 1))
    year(both, date(2026, 3, 31))
    requisition(both, Requisition.Kind.GENERAL_MEETING, date(2026, 8, 20))
    term = make_society(name="C term ends")  # elected 2 Oct 2021 -> directors cease 3 Oct 2026; AGM held
    elect_board(term, date(2021, 10, 2))
    FinancialYear.objects.filter(pk=year(term, date(2026, 3, 31)).pk).update(agm_held_on=date(2026, 9, 1))
    gap = make_society(name="D gap")  # President ceases 30 Sep 2026
    elect_board(gap, date(2023, 6, 1), next_meeting_due_on=date(2026, 9, 30))
    make_proceedings(make_society(name="E proceedings"), user, received_on=date(2026, 9, 16))  # deemed 2 Oct
    gm = make_society(name="F special GM only")  # directors cease 4 Oct 2026
    elect_board(gm, date(2023, 6, 1))
    requisition(gm, Requisition.Kind.GENERAL_MEETING, date(2026, 8, 20))
    special_board = make_society(name="G special Board meeting")  # President ceases 30 Sep 2026 (s.43(2)-(3))
    elect_board(special_board, date(2023, 6, 1))
    requisition(special_board, Requisition.Kind.BOARD_MEETING, date(2026, 9, 15))
    promoter = make_society(name="H promoter Board", registered_on=date(2025, 10, 2))  # its year ends 2 Oct 2026
    supervision_start(promoter)
    FinancialYear.objects.filter(society=promoter).update(agm_held_on=date(2026, 9, 1), meetings_checked=True)
    Board.objects.filter(society=promoter).update(next_meeting_due_on=date(2099, 1, 1))
    officer = make_society(name="I officer in charge")  # 90 days run out 29 Sep 2026: flagged 30 Sep
    OfficerAppointment.objects.create(society=officer, officer=user, appointed_by=user, appointed_on=date(2026, 7, 1),
                                      order_number="ARCS/SNT/CATCH-UP/1",
                                      board_due_on=rules.officer_board_last_day(date(2026, 7, 1)))


def _snapshot():
    return {
        "boards": sorted((b.society.name, b.ended_on, b.end_reason) for b in Board.objects.select_related("society")),
        "directors": sorted((d.board.society.name, d.name, d.ceased_on, d.director_bar_until, d.office_ceased_on,
                             d.office_bar_until) for d in Director.objects.select_related("board__society")),
        "proceedings": sorted(Proceedings.objects.values_list("state", "decided_on")),
        "requisitions": sorted(Requisition.objects.values_list("society__name", "state", "lapsed_on")),
        "flags": sorted(ComplianceFlag.objects.values_list("society__name", "kind", "raised_on")),
        "years": FinancialYear.objects.count(),
    }


def _run(user, days):
    savepoint = transaction.savepoint()
    try:
        _build(user)
        for day in days:
            sweeps.run_all(today=day)
        return _snapshot()
    finally:
        transaction.savepoint_rollback(savepoint)


def test_agm_and_board_sweeps_catch_up_day_by_day_equals_one_late_run(secretary):
    daily = _run(secretary, OUTAGE)
    late = _run(secretary, [OUTAGE[-1]])
    assert daily == late
    ended = {name: (on, reason) for name, on, reason in late["boards"]}
    assert ended["A AGM missed"] == (date(2026, 10, 1), "dissolved_no_agm")
    assert ended["B special GM and AGM"] == (date(2026, 10, 1), "dissolved_no_agm")
    assert ended["C term ends"] == (date(2026, 10, 3), "ceased_no_election")
    assert ended["D gap"] == (None, "")
    assert ended["F special GM only"] == (date(2026, 10, 4), "ceased_special_gm")
    assert late["proceedings"] == [("deemed_approved", date(2026, 10, 2))]
    assert ("D gap", "Ranjit Bora", None, None, date(2026, 9, 30), date(2029, 9, 30)) in late["directors"]
    assert ("B special GM and AGM", "lapsed", date(2026, 10, 4)) in late["requisitions"]
    assert ("G special Board meeting", "lapsed", date(2026, 9, 30)) in late["requisitions"]
    assert ("G special Board meeting", "Ranjit Bora", None, None, date(2026, 9, 30), date(2029, 9, 30)) \
        in late["directors"]
    assert ended["H promoter Board"] == (date(2026, 10, 3), "promoter_lapsed")
    assert ("I officer in charge", "officer_overrun", date(2026, 9, 30)) in late["flags"]
