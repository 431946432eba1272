"""Who may apply for an inquiry (s.87(1), inquiry_application_thresholds), from the registers where present, and the
Registrar's own-motion inquiries (s.125, s.126)."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from audit.inquiry.models import Applicant, Channel, InquiryState
from audit.inquiry.services import inquiry as services
from tests.gov_sweepers.helpers import elect_board
from tests.membership.helpers import bulk_members

from .helpers import RECEIVED, apply_online

pytestmark = pytest.mark.django_db


def _paper(officer, society, kind, signatories, **extra):
    return services.inquiry_apply(actor=officer, society_id=society.pk, applicant_kind=kind,
                                  applicant_name="Signatories of the petition", grounds="Accounts not kept",
                                  today=RECEIVED, channel=Channel.PAPER, received_on=RECEIVED,
                                  signatories=signatories, **extra)


def test_inquiry_members_threshold_counted_from_the_register(secretary, arcs_officer):
    society = secretary.society
    bulk_members(society, 20)                     # 20 on the register: one tenth is 2
    names = dict(society.members.values_list("number", "person__name"))
    case = _paper(arcs_officer, society, Applicant.MEMBERS, f"1, {names[1]}\n2, {names[2]}")
    assert (case.signatories_valid, case.register_total, case.state) == (2, 20, InquiryState.RECEIVED)
    assert case.order_due_on == date(2026, 3, 12)


def test_inquiry_paper_petition_signatories_checked_against_the_register(secretary, arcs_officer):
    society = secretary.society
    bulk_members(society, 20)
    names = dict(society.members.values_list("number", "person__name"))
    with pytest.raises(ValidationError) as exc:
        # No. 2 with another name, No. 99 not on the register, No. 1 twice: one valid of 20, two needed.
        _paper(arcs_officer, society, Applicant.MEMBERS, f"1, {names[1]}\n2, Someone Else\n99, Nobody\n1, {names[1]}")
    messages = exc.value.message_dict["signatories"]
    assert messages[0] == ("Not maintainable under s.87(1): 1 valid signatories of 20 members; at least 2 are "
                           "needed (one tenth).")
    assert "No. 99 is not on the register on 02 Mar 2026" in messages
    assert "No. 1 signed twice" in messages
    assert any(m.startswith("No. 2 is ") and m.endswith(", not Someone Else") for m in messages)


def test_inquiry_members_threshold_without_a_register_takes_the_stated_total(secretary, arcs_officer):
    society = secretary.society
    with pytest.raises(ValidationError) as exc:
        _paper(arcs_officer, society, Applicant.MEMBERS, "1, A\n2, B")
    assert "no register to count them from" in exc.value.message_dict["signatories"][0]
    with pytest.raises(ValidationError):
        _paper(arcs_officer, society, Applicant.MEMBERS, "1, A\n2, B", declared_total=30)   # 3 needed
    case = _paper(arcs_officer, society, Applicant.MEMBERS, "1, A\n2, B\n3, C", declared_total=30)
    assert case.signatories_valid == 3 and "not checked" in case.eligibility_note


def test_inquiry_directors_threshold_from_the_board_in_office(secretary, arcs_officer):
    society = secretary.society
    elect_board(society, date(2025, 5, 1))       # five Directors: one third is 2
    case = _paper(arcs_officer, society, Applicant.DIRECTORS, "Ranjit Bora\ndirector 0")
    assert (case.signatories_valid, case.register_total) == (2, 5)
    with pytest.raises(ValidationError) as exc:
        _paper(arcs_officer, society, Applicant.DIRECTORS, "Ranjit Bora\nNot A Director")
    assert exc.value.message_dict["signatories"][:2] == [
        "Not maintainable under s.87(1): 1 valid signatories of 5 Directors; at least 2 are needed (one third).",
        "Not A Director is not a Director in office"]


def test_inquiry_affiliating_society_and_creditor_apply_as_one_body(secretary, citizen):
    for kind in (Applicant.AFFILIATING_SOCIETY, Applicant.CREDITOR):
        case = apply_online(citizen, secretary.society, kind=kind)
        assert case.channel == Channel.ONLINE and case.applicant_user == citizen and case.received_on == RECEIVED


def test_inquiry_paper_entry_is_for_officers_of_the_district(secretary, other_district_officer, citizen):
    with pytest.raises(PermissionDenied):
        _paper(other_district_officer, secretary.society, Applicant.CREDITOR, "")
    with pytest.raises(ValidationError):   # nobody applies "as the Registrar" through the application form
        apply_online(citizen, secretary.society, kind=Applicant.REGISTRAR_S125)


def test_inquiry_own_motion_under_s125_is_ordered_at_once(secretary, arcs_officer):
    case = services.inquiry_open_own_motion(
        actor=arcs_officer, society_id=secretary.society.pk, basis=Applicant.REGISTRAR_S125,
        grounds="Persistent default in holding the AGM: opinion under s.125", subject="Conduct of the Board",
        officer_id=arcs_officer.pk, today=RECEIVED)
    assert case.state == InquiryState.ORDERED and case.channel == Channel.OWN_MOTION
    assert case.complete_due_on == date(2026, 4, 1)
    with pytest.raises(ValidationError):
        services.inquiry_open_own_motion(actor=arcs_officer, society_id=secretary.society.pk,
                                         basis=Applicant.CREDITOR, grounds="x", subject="y",
                                         officer_id=arcs_officer.pk, today=RECEIVED)
