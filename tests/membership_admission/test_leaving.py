"""Leaving the register: the one-year guard on withdrawal and the deficit share (s.21, s.66(2)), cessation on
death or disqualification (ss.19, 22), termination's three fourths of the Directors present and voting, its bar
(at most 5 years, s.23(3)), and the s.24(2) deletion hold run by the sweeper."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from membership.clocks import DELETION_HOLD
from membership.models import CessationCause, Member, Nomination, Termination, TermState
from membership.selectors import register_counts
from membership.services import leaving
from orders.models import Order
from registrar.activity import ActivityEntry
from registrar.clocks.derive import expiry_sweep
from registrar.models import Notification
from tests.conftest import make_user
from tests.gov_sweepers.helpers import make_society
from tests.membership.helpers import make_member, make_person

from .helpers import general_meeting, paper_application, terminate

pytestmark = pytest.mark.django_db


@pytest.fixture
def society(secretary):
    return make_society("SNT", secretary=secretary, name="Rangapara Fishery Co-operative Society Limited")


def _member(society, **extra):
    return make_member(society, Member.objects.filter(society=society).count() + 1, **extra)


def test_withdrawal_refused_before_one_year_of_membership(society, secretary):
    member = _member(society, admitted_on=date(2025, 4, 15))
    with pytest.raises(ValidationError) as exc:
        leaving.member_withdraw(member_id=member.pk, actor=secretary, today=date(2026, 4, 15), on=date(2026, 4, 15))
    assert "may withdraw from 16 Apr 2026" in exc.value.messages[0]
    leaving.member_withdraw(member_id=member.pk, actor=secretary, today=date(2026, 4, 16), on=date(2026, 4, 16))
    member.refresh_from_db()
    assert (member.ceased_on, member.cessation_cause) == (date(2026, 4, 16), CessationCause.WITHDRAWAL)
    assert register_counts(society.pk, date(2026, 4, 15)).members == 1
    assert register_counts(society.pk, date(2026, 4, 16)).members == 0


def test_withdrawal_refused_while_the_deficit_share_is_unpaid(society, secretary):
    member = _member(society, admitted_on=date(2020, 1, 1))
    with pytest.raises(ValidationError, match=r"share of the deficit \(₹250"):
        leaving.member_withdraw(member_id=member.pk, actor=secretary, today=date(2026, 4, 16), on=date(2026, 4, 16),
                                deficit_share_due=Decimal("250.00"))
    assert Member.objects.get(pk=member.pk).ceased_on is None


def test_death_ceases_at_once_and_tells_the_nominee(society, secretary):
    nominee_user = make_user("nominee")
    member = _member(society)
    Nomination.objects.create(member=member, nominee_name="Rita Das", valid_from=date(2021, 1, 1),
                              nominee_person=make_person("Rita Das", user=nominee_user))
    leaving.member_cease(member_id=member.pk, actor=secretary, today=date(2026, 6, 2), cause="death",
                         on=date(2026, 6, 1))
    member.refresh_from_db()
    assert (member.ceased_on, member.cessation_cause) == (date(2026, 6, 1), CessationCause.DEATH)
    assert "died on 01 Jun 2026" in Notification.objects.get(recipient=nominee_user).body


def test_heir_transfer_without_a_nominee_waits_90_days(society, secretary):
    member = _member(society, shares=3)
    leaving.member_cease(member_id=member.pk, actor=secretary, today=date(2026, 6, 1), cause="death",
                         on=date(2026, 6, 1))
    with pytest.raises(ValidationError, match="from 31 Aug 2026"):
        leaving.shares_to_heir_checked(society_id=society.pk, member_id=member.pk, actor=secretary,
                                       today=date(2026, 8, 30), on=date(2026, 8, 30))
    leaving.shares_to_heir_checked(society_id=society.pk, member_id=member.pk, actor=secretary,
                                   today=date(2026, 8, 31), on=date(2026, 8, 31))


@pytest.mark.parametrize(("votes_for", "voting", "carried"), [
    (3, 4, True), (2, 3, False), (6, 8, True), (5, 7, False), (1, 1, True), (0, 1, False)])
def test_termination_needs_three_fourths_of_present_and_voting(society, secretary, votes_for, voting, carried):
    member = _member(society)
    if carried:
        terminate(member, secretary, votes_for=votes_for, present_and_voting=voting)
        assert Termination.objects.filter(member=member).exists()
    else:
        with pytest.raises(ValidationError, match="less than three fourths"):
            terminate(member, secretary, votes_for=votes_for, present_and_voting=voting)
        assert not Order.objects.exists()


def test_termination_bar_length_capped_at_five_years(society, secretary):
    member = _member(society)
    kwargs = {"member_id": member.pk, "actor": secretary, "today": date(2026, 3, 4), "ground": "c",
              "ground_detail": "Dues unpaid.", "decided_on": date(2026, 3, 1), "heard_on": date(2026, 2, 20),
              "present_and_voting": 4, "votes_for": 4, "communicated_on": date(2026, 3, 1),
              "received_on": date(2026, 3, 4)}
    with pytest.raises(ValidationError) as exc:
        leaving.termination_resolve(bar_until=date(2031, 3, 2), **kwargs)
    assert "latest end is 01 Mar 2031" in exc.value.messages[0]
    termination = leaving.termination_resolve(bar_until=date(2031, 3, 1), **kwargs)
    assert termination.bar_until == date(2031, 3, 1)


def test_termination_needs_a_hearing(society, secretary):
    member = _member(society)
    with pytest.raises(ValidationError, match="hearing"):
        leaving.termination_resolve(
            member_id=member.pk, actor=secretary, today=date(2026, 3, 4), ground="f", ground_detail="No AGMs.",
            decided_on=date(2026, 3, 1), heard_on=None, present_and_voting=4, votes_for=4,
            bar_until=date(2027, 3, 1), communicated_on=date(2026, 3, 1), received_on=date(2026, 3, 4))


def test_readmission_bar_refuses_a_new_application(society, secretary):
    person = make_person("Bhaben Deka", age=40)
    member = _member(society, person=person)
    terminate(member, secretary, decided_on=date(2026, 3, 1), bar_years=2)
    expiry_sweep(DELETION_HOLD, today=date(2026, 6, 1))
    from membership.services import admission

    with pytest.raises(ValidationError, match="not be readmitted before 01 Mar 2028"):
        admission.application_submit(society_id=society.pk, actor=secretary, today=date(2027, 1, 5),
                                     channel="paper", person=person, applied_on=date(2027, 1, 5),
                                     received_on=date(2027, 1, 5))


def test_deletion_hold_runs_to_the_later_of_30_days_and_the_appeal_window(society, secretary):
    member = _member(society)
    # Decided 1 Mar; received 18 Mar: appeal until Fri 17 Apr (30 days), later than 31 Mar (decision + 30).
    termination = terminate(member, secretary, decided_on=date(2026, 3, 1), received_on=date(2026, 3, 18))
    assert termination.hold_last_day == date(2026, 4, 17)
    assert expiry_sweep(DELETION_HOLD, today=date(2026, 4, 17)).count == 0
    assert register_counts(society.pk, date(2026, 4, 17)).members == 1
    assert expiry_sweep(DELETION_HOLD, today=date(2026, 5, 30)).count == 1  # late run: dated on the legal day
    assert expiry_sweep(DELETION_HOLD, today=date(2026, 5, 30)).count == 0
    member.refresh_from_db()
    assert (member.ceased_on, member.cessation_cause) == (date(2026, 4, 18), CessationCause.TERMINATION)
    assert register_counts(society.pk, date(2026, 4, 18)).members == 0
    assert Termination.objects.get(pk=termination.pk).state == TermState.DELETED


def test_deletion_hold_of_30_days_when_received_at_once(society, secretary):
    termination = terminate(_member(society), secretary, decided_on=date(2026, 3, 2), received_on=date(2026, 3, 2))
    assert termination.hold_last_day == date(2026, 4, 1)  # appeal to 1 Apr; 2 Mar + 30 = 1 Apr


def test_deletion_hold_keeps_the_name_until_the_appeal_is_decided(society, secretary):
    member = _member(society)
    termination = terminate(member, secretary, decided_on=date(2026, 3, 1), received_on=date(2026, 3, 4))
    leaving.termination_appeal(termination_id=termination.pk, actor=secretary, today=date(2026, 3, 20),
                               filed_on=date(2026, 3, 20))
    assert expiry_sweep(DELETION_HOLD, today=date(2026, 6, 1)).count == 0  # appeal pending: still on the register
    assert Member.objects.get(pk=member.pk).ceased_on is None
    meeting = general_meeting(society, secretary, date(2026, 6, 10))
    leaving.termination_appeal_decide(termination_id=termination.pk, actor=secretary, today=date(2026, 6, 11),
                                      general_meeting_id=meeting.pk, allowed=False)
    assert expiry_sweep(DELETION_HOLD, today=date(2026, 6, 11)).count == 1
    assert Member.objects.get(pk=member.pk).ceased_on == date(2026, 6, 10)  # from the day the GA decided
    assert ActivityEntry.objects.filter(action="membership.terminated_name_deleted").count() == 1


def test_termination_set_aside_on_appeal_keeps_the_member(society, secretary):
    member = _member(society)
    termination = terminate(member, secretary, decided_on=date(2026, 3, 1), received_on=date(2026, 3, 4))
    with pytest.raises(ValidationError, match="out of time"):
        leaving.termination_appeal(termination_id=termination.pk, actor=secretary, today=date(2026, 4, 10),
                                   filed_on=date(2026, 4, 10))  # 4 Mar + 30 = 3 Apr
    leaving.termination_appeal(termination_id=termination.pk, actor=secretary, today=date(2026, 4, 3),
                               filed_on=date(2026, 4, 3))
    meeting = general_meeting(society, secretary, date(2026, 5, 5))
    leaving.termination_appeal_decide(termination_id=termination.pk, actor=secretary, today=date(2026, 5, 5),
                                      general_meeting_id=meeting.pk, allowed=True)
    assert expiry_sweep(DELETION_HOLD, today=date(2026, 9, 1)).count == 0
    assert Member.objects.get(pk=member.pk).ceased_on is None
    assert Order.objects.get(kind="membership.termination").set_aside_on == date(2026, 5, 5)


def test_refused_application_record_is_held_like_a_terminated_name(society, secretary):
    from membership.services import admission

    application = paper_application(society, secretary, received_on=date(2026, 2, 1))
    admission.application_refuse(application_id=application.pk, actor=secretary, today=date(2026, 3, 1),
                                 decided_on=date(2026, 3, 1), reasons="Not resident.", communicated_on=date(2026, 3, 1),
                                 received_on=date(2026, 3, 1))
    application = type(application).objects.get(pk=application.pk)
    assert application.record_held_until == date(2026, 4, 30)  # 1 Mar + 60 = 30 Apr, later than 31 Mar
