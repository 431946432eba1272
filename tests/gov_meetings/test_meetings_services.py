"""General meetings: the AGM clocks, quorum, adjournment and its flag, accounts-ready flag, special meetings."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from registrar.models import ActivityEntry, Holiday
from societies.governance.actions import GovernanceAction
from societies.governance.models import ComplianceFlag, Requisition
from societies.governance.services import meetings as svc
from societies.models import Society

from .helpers import record_agm, start, year

pytestmark = pytest.mark.django_db


def _messages(exc_info) -> list[str]:
    return [str(m) for m in exc_info.value.messages]


def test_agm_recorded_sets_returns_last_day(secretary):
    start(secretary.society)
    meeting = record_agm(secretary, held_on=date(2026, 9, 20), eligible=250, present=25)
    fy = year(secretary.society)
    assert (meeting.quorum_required, meeting.quorum_met) == (25, True)  # s.34(1): 10% of 250
    assert fy.agm_held_on == date(2026, 9, 20)
    assert fy.returns_last_day == date(2026, 10, 20)  # s.129: 30 days after the AGM
    entry = ActivityEntry.objects.get(action=GovernanceAction.GENERAL_MEETING_RECORDED)
    assert entry.data["held"] is True and entry.data["returns_last_day"] == "2026-10-20"


def test_agm_returns_last_day_rolls_past_a_holiday(secretary):
    start(secretary.society)
    Holiday.objects.create(date=date(2026, 10, 20), name="Kati Bihu")
    record_agm(secretary, held_on=date(2026, 9, 20))
    assert year(secretary.society).returns_last_day == date(2026, 10, 21)


def test_agm_without_quorum_does_not_stop_the_agm_clock(secretary):
    start(secretary.society)
    meeting = record_agm(secretary, held_on=date(2026, 9, 20), eligible=250, present=24)
    fy = year(secretary.society)
    assert meeting.quorum_met is False and fy.agm_held_on is None
    assert fy.returns_last_day == date(2026, 10, 30)  # unchanged: §14 default, 30 days after 30 Sep


def test_agm_adjourned_sitting_counts_as_held_without_quorum(secretary):
    """s.34(3); rules.yaml adjourned_meeting_no_quorum_needed."""
    start(secretary.society)
    record_agm(secretary, held_on=date(2026, 9, 10), present=3, adjourned_to=date(2026, 9, 17))
    sitting = record_agm(secretary, held_on=date(2026, 9, 17), present=3)
    assert sitting.quorum_met is False and svc.general_meeting_is_held(sitting)
    assert year(secretary.society).agm_held_on == date(2026, 9, 17)  # s.34(3)


def test_agm_adjourned_past_deadline_raises_flag_once(secretary):
    start(secretary.society)
    record_agm(secretary, held_on=date(2026, 9, 25), present=3, adjourned_to=date(2026, 10, 2), today=date(2026, 9, 25))
    record_agm(secretary, held_on=date(2026, 9, 28), present=3, adjourned_to=date(2026, 10, 5), today=date(2026, 9, 28))
    flag = ComplianceFlag.objects.get(society=secretary.society)
    assert (flag.kind, flag.rule_id, flag.subject_key) == (
        ComplianceFlag.Kind.AGM_ADJOURNED_PAST_DEADLINE, "agm_within_6_months", "fy:2026-03-31")
    assert "30 Sep 2026" in flag.facts
    assert ActivityEntry.objects.filter(action=GovernanceAction.FLAG_RAISED).count() == 1


def test_agm_adjourned_within_deadline_raises_no_flag(secretary):
    start(secretary.society)
    record_agm(secretary, held_on=date(2026, 9, 10), present=3, adjourned_to=date(2026, 9, 30))
    assert not ComplianceFlag.objects.exists()


def test_agm_accounts_ready_late_raises_flag_not_cessation(secretary):
    start(secretary.society)
    record_agm(secretary, held_on=date(2026, 9, 20), accounts_ready_on=date(2026, 9, 6))
    flag = ComplianceFlag.objects.get(kind=ComplianceFlag.Kind.ACCOUNTS_NOT_READY)
    assert flag.rule_id == "agm_accounts_ready_15d_before"
    assert "05 Sep 2026" in flag.facts  # s.30(4): 15 days before a 20 Sep AGM
    assert secretary.society.boards.get(ended_on__isnull=True).directors.filter(ceased_on__isnull=False).count() == 0
    assert Society.objects.get(pk=secretary.society.pk).governance_status == "promoter_board"


def test_agm_accounts_ready_in_time_raises_no_flag(secretary):
    start(secretary.society)
    record_agm(secretary, held_on=date(2026, 9, 20), accounts_ready_on=date(2026, 9, 5))
    assert not ComplianceFlag.objects.exists()


def test_agm_twice_for_a_year_is_refused(secretary):
    start(secretary.society)
    record_agm(secretary, held_on=date(2026, 9, 20))
    with pytest.raises(ValidationError) as exc:
        record_agm(secretary, held_on=date(2026, 9, 22))
    assert _messages(exc) == ["The AGM for 2025–26 is already recorded as held on 20 Sep 2026."]


def test_agm_before_year_end_is_refused(secretary):
    start(secretary.society)
    with pytest.raises(ValidationError) as exc:
        record_agm(secretary, held_on=date(2026, 3, 20))
    assert _messages(exc) == ["An AGM for 2025–26 can only be held after the year ends on 31 Mar 2026."]


def test_agm_in_future_is_refused(secretary):
    start(secretary.society)
    with pytest.raises(ValidationError) as exc:
        record_agm(secretary, held_on=date(2026, 9, 20), today=date(2026, 9, 19))
    assert _messages(exc) == ["The date of the meeting cannot be in the future."]


def test_agm_more_present_than_eligible_is_refused(secretary):
    start(secretary.society)
    with pytest.raises(ValidationError) as exc:
        record_agm(secretary, eligible=40, present=41)
    assert _messages(exc) == ["More members present than members eligible to vote."]


def test_general_meeting_quorum_for_delegates_is_25_percent(secretary):
    start(secretary.society)
    meeting = record_agm(secretary, eligible=41, present=10, delegate_body=True)
    assert (meeting.quorum_required, meeting.quorum_met) == (11, False)


def test_special_gm_held_in_time_meets_requisition(secretary):
    start(secretary.society)
    requisition = svc.requisition_record(society_id=secretary.society.pk, actor=secretary, today=date(2026, 7, 1),
                                         kind="general_meeting", requisitioned_by="members",
                                         received_on=date(2026, 7, 1), agenda="Remove the manager")
    svc.general_meeting_record(society_id=secretary.society.pk, actor=secretary, today=date(2026, 8, 15),
                               kind="special", held_on=date(2026, 8, 15), members_eligible=100, members_present=20,
                               requisition_id=requisition.pk)
    requisition = Requisition.objects.get(pk=requisition.pk)
    assert (requisition.state, requisition.held_on) == (Requisition.State.HELD, date(2026, 8, 15))


def test_special_gm_held_late_leaves_requisition_open(secretary):
    start(secretary.society)
    requisition = svc.requisition_record(society_id=secretary.society.pk, actor=secretary, today=date(2026, 7, 1),
                                         kind="general_meeting", requisitioned_by="members",
                                         received_on=date(2026, 7, 1), agenda="Remove the manager")
    svc.general_meeting_record(society_id=secretary.society.pk, actor=secretary, today=date(2026, 8, 16),
                               kind="special", held_on=date(2026, 8, 16), members_eligible=100, members_present=20,
                               requisition_id=requisition.pk)
    assert Requisition.objects.get(pk=requisition.pk).state == Requisition.State.OPEN
