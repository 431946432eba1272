"""The report reaches the members (s.87(5), s.88(4)): a general meeting gets the report on its agenda, and a held
meeting without it is flagged (inquiry_report_before_next_gm, inspection_report_before_next_agm)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from audit.inquiry.models import InquiryCase, InquiryState
from societies.governance.models import AgendaItem, ComplianceFlag
from societies.governance.services.meetings import general_meeting_record

from .helpers import communicated_case

pytestmark = pytest.mark.django_db
HELD = date(2026, 6, 1)


def _special_gm(secretary, held_on=HELD, **extra):
    return general_meeting_record(society_id=secretary.society.pk, actor=secretary, today=held_on, kind="special",
                                  held_on=held_on, members_eligible=100, members_present=40, **extra)


def test_inquiry_general_meeting_held_without_the_report_is_flagged(secretary, citizen, arcs_officer):
    case = communicated_case(citizen, arcs_officer, secretary.society)   # communicated 11 May 2026
    meeting = _special_gm(secretary, agenda=["Confirmation of the last proceedings"])
    [flag] = ComplianceFlag.objects.filter(society=secretary.society, kind=ComplianceFlag.Kind.REPORT_NOT_PLACED)
    assert flag.rule_id == "inquiry_report_before_next_gm"
    assert flag.subject_key == f"inquiry:{case.pk}:meeting:{meeting.pk}"
    assert flag.facts.startswith("The general meeting held on 01 Jun 2026 did not have on its agenda Report of "
                                 f"the inquiry {case.reference}")
    case = InquiryCase.objects.get(pk=case.pk)
    assert case.state == InquiryState.COMMUNICATED            # still to be placed at the next meeting


def test_inquiry_report_on_the_agenda_is_placed_and_not_flagged(secretary, citizen, arcs_officer):
    case = communicated_case(citizen, arcs_officer, secretary.society)
    meeting = _special_gm(secretary, agenda=["Accounts"], reports=[f"inquiry:{case.pk}"])
    assert [(i.position, i.report_id) for i in AgendaItem.objects.filter(meeting=meeting)] == [(1, None),
                                                                                              (2, case.pk)]
    case = InquiryCase.objects.get(pk=case.pk)
    assert case.state == InquiryState.PLACED and case.placed_at == meeting
    assert not ComplianceFlag.objects.filter(kind=ComplianceFlag.Kind.REPORT_NOT_PLACED).exists()


def test_inquiry_report_not_yet_received_is_not_flagged_at_an_earlier_meeting(secretary, citizen, arcs_officer):
    communicated_case(citizen, arcs_officer, secretary.society)
    _special_gm(secretary, held_on=date(2026, 5, 10))          # before the report was communicated
    assert not ComplianceFlag.objects.filter(kind=ComplianceFlag.Kind.REPORT_NOT_PLACED).exists()
    with pytest.raises(ValidationError):                        # nor can it be placed before it was received
        _special_gm(secretary, held_on=date(2026, 5, 9), reports=["inquiry:999999"])


def test_inquiry_report_copy_for_a_member_on_the_fee(secretary, citizen, arcs_officer):
    from decimal import Decimal

    from audit.inquiry.services.recovery import report_copy_request
    from dues.rules import DueKind
    from tests.membership.helpers import bulk_members

    bulk_members(secretary.society, 3)
    case = communicated_case(citizen, arcs_officer, secretary.society)
    with pytest.raises(ValidationError) as exc:          # s.87(6): members of the society only
        report_copy_request(actor=arcs_officer, today=date(2026, 5, 20), inquiry_id=case.pk, name="Outsider",
                            fee=Decimal("50"), member_number=99)
    assert exc.value.message_dict["member_number"] == [
        "No. 99 is not on the register of the society: a copy of an inquiry report is for its members (s.87(6))."]
    copy = report_copy_request(actor=arcs_officer, today=date(2026, 5, 20), inquiry_id=case.pk, name="Member 2",
                               fee=Decimal("50"), member_number=2)
    assert (copy.due.kind, copy.due.principal, copy.due.rule_id) == (DueKind.COPY_FEE, Decimal("50.00"),
                                                                     "inquiry_report_copy_on_fee")
