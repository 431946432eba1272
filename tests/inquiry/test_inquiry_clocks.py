"""Each clock of inquiry and inspection at its last day and the day after, with escalation up the officer ladder
(registrar.clocks: the Deputy Registrar from the day after the last day, one rank more every 15 days)."""

from datetime import date, timedelta

import pytest

from audit.inquiry import clocks
from audit.inquiry.services import inquiry as services
from audit.inquiry.services.inspection import inspection_order
from audit.inquiry.services.seizure import records_seize
from registrar.clocks import Escalation
from registrar.clocks.work import my_work
from registrar.models import Rank
from tests.conftest import make_officer

from .helpers import RECEIVED, apply_online, completed_case, ordered_case

pytestmark = pytest.mark.django_db


def _order(citizen, officer, society):
    apply_online(citizen, society)
    return date(2026, 3, 12)                    # s.87(2): receipt 2 Mar + 10


def _complete(citizen, officer, society):
    ordered_case(citizen, officer, society)
    return date(2026, 4, 11)                    # s.87(3): order 12 Mar + 30


def _delay(citizen, officer, society):
    ordered_case(citizen, officer, society)
    return date(2026, 4, 26)                    # s.87(4)(b): 11 Apr + 15


def _expected(citizen, officer, society):
    case = ordered_case(citizen, officer, society)
    services.inquiry_record_delay(case_id=case.pk, actor=officer, reasons="Records with the police",
                                  expected_on=date(2026, 5, 20), today=date(2026, 4, 20))
    return date(2026, 5, 20)                    # the date the delay letter gave


def _report(citizen, officer, society):
    completed_case(citizen, officer, society)
    return date(2026, 5, 11)                    # s.87(4)(a): completion 11 Apr + 30


def _inspection(citizen, officer, society):
    inspection_order(actor=officer, society_id=society.pk, scope="Loan ledgers", officer=officer,
                     today=date(2026, 6, 1))
    return date(2026, 7, 1)                     # 30-day target (DEFAULT)


def _seizure(citizen, officer, society):
    records_seize(actor=officer, society_id=society.pk, seized_on=date(2026, 6, 1), holder_name="Cashier",
                  items="Cash book", holder_signed=True, witness_1="", witness_2="", copy_given_to="Secretary",
                  today=date(2026, 6, 1), open_inspection=False)
    return date(2026, 6, 8)                     # seizure + 7 (our target)


CLOCKS = [
    (clocks.INQUIRY_ORDER, _order), (clocks.INQUIRY_COMPLETE, _complete), (clocks.INQUIRY_DELAY, _delay),
    (clocks.INQUIRY_EXPECTED, _expected), (clocks.INQUIRY_REPORT, _report),
    (clocks.INSPECTION_TARGET, _inspection), (clocks.SEIZURE_AUDIT, _seizure),
]


def test_inquiry_and_inspection_clocks_declare_escalation_to_the_officer_above():
    for clock, _builder in CLOCKS:
        assert clock.escalation == Escalation(after_days=15), clock


@pytest.mark.parametrize(("clock", "builder"), CLOCKS, ids=[c.name for c, _b in CLOCKS])
def test_inquiry_clock_last_day_and_day_after_with_escalation(clock, builder, secretary, citizen, arcs_officer):
    deputy = make_officer("deputy.state", Rank.DEPUTY_RCS, [])
    last_day = builder(citizen, arcs_officer, secretary.society)

    def items(user, day):
        return [i for i in my_work(user, day).items if i.clock is clock]

    # The last day: the ARCS's, not overdue, not escalated; nothing on the Deputy's list.
    [mine] = items(arcs_officer, last_day)
    assert mine.last_day == last_day and mine.days_left == 0 and mine.level == 0
    assert items(deputy, last_day) == []
    # The day after: overdue with the ARCS, and on the Deputy Registrar's My work.
    after = last_day + timedelta(days=1)
    [mine] = items(arcs_officer, after)
    assert mine.overdue and mine.days_left == -1
    [up] = items(deputy, after)
    assert up.level == 1 and up.escalated_to == "Deputy Registrar"


def test_inquiry_clock_closes_when_ordered_in_time(secretary, citizen, arcs_officer):
    case = apply_online(citizen, secretary.society)
    services.inquiry_order(case_id=case.pk, actor=arcs_officer, subject="Loans", officer_id=arcs_officer.pk,
                           today=date(2026, 3, 12))
    assert [i for i in my_work(arcs_officer, date(2026, 3, 13)).items if i.clock is clocks.INQUIRY_ORDER] == []


def test_inquiry_delay_letter_refused_until_the_30_days_have_passed(secretary, citizen, arcs_officer):
    from django.core.exceptions import ValidationError

    case = ordered_case(citizen, arcs_officer, secretary.society)
    with pytest.raises(ValidationError) as exc:
        services.inquiry_record_delay(case_id=case.pk, actor=arcs_officer, reasons="x",
                                      expected_on=date(2026, 5, 1), today=date(2026, 4, 11))
    assert exc.value.messages == ["The 30 days of the inquiry run until 11 Apr 2026: a delay letter is for an "
                                  "inquiry not completed by then (s.87(4)(b))."]
    case = services.inquiry_record_delay(case_id=case.pk, actor=arcs_officer, reasons="Records with the police",
                                         expected_on=date(2026, 5, 1), today=date(2026, 4, 12))
    assert case.delay_letter_on == date(2026, 4, 12) and case.expected_on > RECEIVED
