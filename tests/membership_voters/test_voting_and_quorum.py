"""The one-full-year rule with the founders' exception, the employee bar, and quorum from the list valid on the
meeting's day (s.26(3), s.27(1), s.33(1), s.34(1); ADR 0041)."""

from datetime import date

import pytest

from membership import register
from membership.models import CessationCause
from membership.voters import quorum, rules
from societies.governance.models import GeneralMeeting
from societies.governance.services.meetings import general_meeting_record

from .helpers import YEAR_END, final_list, register_of


@pytest.mark.parametrize(("admitted", "founder", "vote"), [
    (date(2025, 3, 31), False, True),    # a member through the whole year 2025-26
    (date(2025, 4, 1), False, True),     # admitted on its first day: a full year
    (date(2025, 4, 2), False, False),    # one day short of the full year
    (date(2025, 6, 15), False, False),   # the rules.yaml example: votes only from 1 Apr 2027
    (date(2025, 6, 15), True, True),     # a founder member votes at once (s.27(1) proviso)
])
def test_voting_one_full_year_with_founders_exception(admitted, founder, vote):
    assert rules.has_vote_for_year(year_ended_on=YEAR_END, admitted_on=admitted, founder=founder,
                                   voting_class=True, payment_made=True) is vote


@pytest.mark.parametrize(("purpose", "employee", "vote"), [
    ("general", True, True), ("board_election", True, False), ("bye_law", True, False),
    ("board_election", False, True), ("bye_law", False, True),
])
def test_voting_employees_excluded_from_board_elections_and_bye_laws_only(purpose, employee, vote):
    assert rules.may_vote(has_vote=True, is_employee=employee, purpose=purpose) is vote


@pytest.mark.parametrize(("voters", "quorum_n", "requisition"), [(250, 25, 63), (41, 5, 11), (8, 1, 2)])
def test_quorum_and_requisition_thresholds(voters, quorum_n, requisition):
    assert rules.general_meeting_quorum(voters) == quorum_n
    assert rules.requisition_signatures_needed(voters) == requisition


@pytest.mark.django_db
def test_quorum_on_day_30_reads_last_years_final_list_less_ceased(secretary):
    society = secretary.society
    members = register_of(society, served=10)  # 3 founders + 10 served + 1 employee vote: 14
    final_list(society, secretary, year_ended_on=date(2025, 3, 31))
    register.entry_change(members[0], on=date(2026, 4, 10), ceased_on=date(2026, 4, 10),
                          cessation_cause=CessationCause.DEATH)
    day_30 = date(2026, 4, 30)  # the 2026 final list is not affixed yet
    meeting = general_meeting_record(society_id=society.pk, actor=secretary, today=day_30, kind="special",
                                     held_on=day_30, members_eligible=999, members_present=2)
    assert (meeting.members_eligible, meeting.quorum_required, meeting.quorum_met) == (13, 2, True)
    assert meeting.voter_list.year_ended_on == date(2025, 3, 31)
    assert quorum.requisition_threshold(society, day_30) == 4
    assert quorum.quorum_on(society, day_30) == 2


@pytest.mark.django_db
def test_quorum_typed_only_without_a_voter_list_and_marked_so(secretary):
    society = secretary.society
    meeting = general_meeting_record(society_id=society.pk, actor=secretary, today=date(2026, 4, 30),
                                     kind="special", held_on=date(2026, 4, 30), members_eligible=120,
                                     members_present=12)
    assert (meeting.members_eligible, meeting.quorum_required, meeting.voter_list) == (120, 12, None)
    assert GeneralMeeting.objects.filter(voter_list__isnull=True).count() == 1


@pytest.mark.django_db
def test_quorum_requisition_needs_a_quarter_of_the_voters_on_the_list(secretary):
    from django.core.exceptions import ValidationError

    from societies.governance.services.meetings import TOO_FEW_SIGNATURES, requisition_record

    society = secretary.society
    register_of(society, served=10)  # 14 members with a vote on the final list: 25% is 4 (3.5 rounded up)
    final_list(society, secretary)
    common = {"society_id": society.pk, "actor": secretary, "today": date(2026, 6, 2), "kind": "general_meeting",
              "requisitioned_by": "members", "agenda": "Remove the President."}
    with pytest.raises(ValidationError) as refused:
        requisition_record(received_on=date(2026, 6, 1), signatures=3, **common)
    assert refused.value.messages == [TOO_FEW_SIGNATURES % {"needed": 4, "voters": 14, "n": 3}]
    assert requisition_record(received_on=date(2026, 6, 2), signatures=4, **common).hold_by == date(2026, 7, 17)
