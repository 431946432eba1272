"""Supervision re-counts its clocks when a deemed registration is rectified (societies.registration.rectifiers,
governance.receivers).

Received 15 Jan 2026 -> deemed registered from 17 Mar 2026: the promoter Board took office that day, its year
ends 17 Mar 2027 (promoter_board_max_1y) and its first meeting was due by 15 Jul 2026
(board_meeting_gap_max_120d). The order is made on 20 Mar 2026.
"""

from datetime import date

import pytest

from registrar.rectification import effect_rectify
from societies.governance.models import Board, FinancialYear
from societies.governance.sweepers import boards_dissolve_for_missed_agm, boards_end_expired_terms
from tests.rectification.helpers import make_deemed

pytestmark = pytest.mark.django_db

ORDER_DAY = date(2026, 3, 20)


def _promoter_board(society) -> Board:
    return Board.objects.get(society=society, kind=Board.Kind.PROMOTER)


def test_deemed_registration_opens_promoter_board_counted_from_the_deemed_date(citizen, sonitpur):
    application, _entry = make_deemed(citizen, sonitpur)
    board = _promoter_board(application.society)
    assert (board.took_office_on, board.term_ends_on, board.next_meeting_due_on) == (
        date(2026, 3, 17), date(2027, 3, 17), date(2026, 7, 15))
    assert list(FinancialYear.objects.filter(society=application.society).values_list("ends_on", flat=True)) == [
        date(2026, 3, 31)]


def test_certificate_rectification_recounts_promoter_board_from_the_real_date(citizen, sonitpur, registrar):
    application, entry = make_deemed(citizen, sonitpur)
    effect_rectify(entry_seq=entry.seq, actor=registrar, real_date=date(2026, 3, 10), outcome="certificate",
                   reasons="Certificate posted 10 Mar 2026; entered 18 Mar.", today=ORDER_DAY)
    board = _promoter_board(application.society)
    assert (board.took_office_on, board.term_ends_on, board.next_meeting_due_on) == (
        date(2026, 3, 10), date(2027, 3, 10), date(2026, 7, 8))
    assert board.ended_on is None


def test_set_aside_registration_closes_board_and_every_clock(citizen, sonitpur, arcs_officer, registrar):
    application, entry = make_deemed(citizen, sonitpur, officer=arcs_officer, hearing_on=date(2026, 3, 10))
    effect_rectify(entry_seq=entry.seq, actor=registrar, real_date=date(2026, 3, 13), outcome="refusal",
                   reasons="Refusal posted 13 Mar 2026 after the hearing of 10 Mar.", today=ORDER_DAY)
    board = _promoter_board(application.society)
    assert (board.ended_on, board.end_reason) == (ORDER_DAY, Board.EndReason.REGISTRATION_SET_ASIDE)
    assert not FinancialYear.objects.filter(society=application.society, agm_checked=False).exists()
    # A year later nothing fires for a society that does not exist.
    assert boards_dissolve_for_missed_agm(today=date(2026, 10, 1)).count == 0
    assert boards_end_expired_terms(today=date(2027, 3, 18)).count == 0
