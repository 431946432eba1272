"""Escalation up the officer ladder (issue 13 point 5): the officer in charge's 90 days (s.41(6)) are declared
with Escalation(after_days=30). Computed from the dates when My work is read: nothing is written."""

from datetime import date, timedelta

import pytest

from registrar.clocks import Escalation
from registrar.clocks.work import my_work
from registrar.models import Rank
from societies.governance.clocks import OFFICER_IN_CHARGE
from tests.conftest import make_officer
from tests.my_work.helpers import appointment_due

LAST_DAY = date(2026, 6, 30)


@pytest.mark.parametrize(("today", "level", "rank"), [
    (LAST_DAY - timedelta(days=1), 0, "arcs"),
    (LAST_DAY, 0, "arcs"),                               # the last day itself: still the ARCS's alone
    (LAST_DAY + timedelta(days=1), 1, "deputy_rcs"),     # the day after: the officer above
    (LAST_DAY + timedelta(days=30), 1, "deputy_rcs"),    # 30 more days undecided: still the Deputy
    (LAST_DAY + timedelta(days=31), 2, "joint_rcs"),     # then one rank higher
    (LAST_DAY + timedelta(days=61), 3, "addl_rcs"),
    (LAST_DAY + timedelta(days=91), 4, "rcs"),
    (LAST_DAY + timedelta(days=900), 4, "rcs"),          # the top of the ladder
])
def test_escalation_level_by_days_after_the_last_day(today, level, rank):
    escalation = Escalation(after_days=30)
    assert escalation.level(LAST_DAY, today) == level
    assert escalation.rank(LAST_DAY, today) == rank


def test_escalation_refuses_zero_days():
    with pytest.raises(ValueError, match="at least 1"):
        Escalation(after_days=0)


def test_officer_in_charge_clock_declares_escalation_and_assignee():
    assert OFFICER_IN_CHARGE.escalation == Escalation(after_days=30)
    assert OFFICER_IN_CHARGE.assignee == "officer"


def _subjects(user, today):
    return [item.subject for item in my_work(user, today).items]


@pytest.fixture
def ladder(db):
    return {rank: make_officer(f"{rank}.state", rank, []) for rank in
            (Rank.DEPUTY_RCS, Rank.JOINT_RCS, Rank.ADDL_RCS, Rank.RCS)}


@pytest.mark.django_db
def test_escalation_at_the_last_day_puts_the_case_on_the_deputy_and_keeps_it_with_the_arcs(
        sonitpur, arcs_officer, ladder, monkeypatch):
    appointment_due(sonitpur, arcs_officer, LAST_DAY, name="Rangapara Dairy Co-operative Society Ltd")
    deputy = ladder[Rank.DEPUTY_RCS]
    # On the last day: the ARCS's, not yet the Deputy's.
    assert len(_subjects(arcs_officer, LAST_DAY)) == 1
    assert _subjects(deputy, LAST_DAY) == []
    # The day after: the Deputy has it (escalated), the ARCS still has it, overdue.
    day_after = LAST_DAY + timedelta(days=1)
    [item] = my_work(deputy, day_after).items
    assert item.escalated_to == "Deputy Registrar" and item.level == 1 and item.days_left == -1
    [mine] = my_work(arcs_officer, day_after).items
    assert mine.overdue and mine.overdue_by == 1 and mine.assigned
    assert _subjects(ladder[Rank.JOINT_RCS], day_after) == []


@pytest.mark.django_db
def test_escalation_goes_one_rank_higher_after_the_set_days(sonitpur, arcs_officer, ladder):
    appointment_due(sonitpur, arcs_officer, LAST_DAY)
    joint, addl, rcs = ladder[Rank.JOINT_RCS], ladder[Rank.ADDL_RCS], ladder[Rank.RCS]
    assert _subjects(joint, LAST_DAY + timedelta(days=30)) == []          # boundary: day 30 after
    [item] = my_work(joint, LAST_DAY + timedelta(days=31)).items          # day 31 after: the Joint Registrar
    assert item.escalated_to == "Joint Registrar"
    assert len(_subjects(ladder[Rank.DEPUTY_RCS], LAST_DAY + timedelta(days=31))) == 1  # the Deputy keeps it
    assert _subjects(addl, LAST_DAY + timedelta(days=60)) == []
    assert len(_subjects(addl, LAST_DAY + timedelta(days=61))) == 1
    assert _subjects(rcs, LAST_DAY + timedelta(days=90)) == []
    [top] = my_work(rcs, LAST_DAY + timedelta(days=91)).items
    assert top.escalated_to == "Registrar of Co-operative Societies"


@pytest.mark.django_db
def test_escalation_ends_when_the_case_is_decided(sonitpur, arcs_officer, ladder):
    appointment = appointment_due(sonitpur, arcs_officer, LAST_DAY)
    appointment.ended_on = LAST_DAY + timedelta(days=5)
    appointment.save()
    assert _subjects(ladder[Rank.DEPUTY_RCS], LAST_DAY + timedelta(days=10)) == []
    assert _subjects(arcs_officer, LAST_DAY + timedelta(days=10)) == []


@pytest.mark.django_db
def test_deemed_registration_clock_does_not_escalate(sonitpur, citizen, ladder):
    """The registration decision closes on day 61 (deemed registration): nothing waits above it."""
    from tests.my_work.helpers import application_due

    application_due(citizen, sonitpur, LAST_DAY)
    assert _subjects(ladder[Rank.DEPUTY_RCS], LAST_DAY + timedelta(days=1)) == []
