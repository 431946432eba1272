"""Recording the scheme and serving its notices through the services: the special majority, the bank's s.116
sanction, a division's allotment of members, the notices from the register on the resolution day, service and
options per person."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from membership import register
from membership.models import CessationCause
from registrar.activity import ActivityEntry
from societies.restructuring.actions import SchemeAction
from societies.restructuring.models import OptionState, Scheme, SchemeKind, SchemeState
from societies.restructuring.services import notices as notice_services
from societies.restructuring.services.common import NO_SANCTION
from societies.restructuring.services.scheme import (
    NOT_ALLOTTED,
    NOT_CARRIED,
    NOT_SIMILAR,
    scheme_file,
    scheme_record_bank_sanction,
)
from tests.membership.helpers import make_member

from .helpers_scheme import RESOLVED, file_amalgamation, file_division, file_merger, society_with_members

pytestmark = pytest.mark.django_db


def _messages(exc) -> str:
    return " ".join(exc.value.messages)


def test_scheme_file_refuses_a_resolution_short_of_the_special_majority(secretary, sonitpur):
    society = society_with_members(sonitpur, secretary, size=2)
    with pytest.raises(ValidationError) as refused:
        file_division(secretary, society, size=2, present=30, votes=19)
    assert str(NOT_CARRIED % {"for": 19, "present": 30, "majority": "2/3", "needed": 20}) in _messages(refused)
    assert not Scheme.objects.exists()
    scheme = file_division(secretary, society, size=2, present=30, votes=20)
    assert scheme.majority_applied == "2/3" and scheme.state == SchemeState.RESOLVED
    assert ActivityEntry.objects.filter(action=SchemeAction.SCHEME_FILED).count() == 1


def test_scheme_file_majority_follows_the_setting(secretary, sonitpur, settings):
    settings.RESTRUCTURING_SPECIAL_MAJORITY = "3/4"
    society = society_with_members(sonitpur, secretary, size=2)
    with pytest.raises(ValidationError) as refused:
        file_division(secretary, society, size=2, present=30, votes=22)
    assert "special majority of 3/4 (at least 23 votes for)" in _messages(refused)


def test_scheme_file_division_allots_every_member_to_one_new_society(secretary, sonitpur):
    society = society_with_members(sonitpur, secretary, size=6)
    with pytest.raises(ValidationError) as refused:
        file_division(secretary, society, size=4)   # allots 1-2 and 3-4; 5 and 6 go nowhere
    assert str(NOT_ALLOTTED % {"numbers": "5, 6"}) in _messages(refused)


def test_scheme_file_amalgamation_needs_similar_objects(secretary, sonitpur):
    society = society_with_members(sonitpur, secretary, size=2, society_type="dairy")
    other = society_with_members(sonitpur, secretary, size=2, society_type="fishery")
    with pytest.raises(ValidationError) as refused:
        file_amalgamation(secretary, society, other)
    assert str(NOT_SIMILAR % {"name": other.name, "other": "Fishery", "own": "Dairy"}) in _messages(refused)


def test_scheme_file_is_refused_to_anyone_but_the_secretary(secretary, citizen, sonitpur):
    society = society_with_members(sonitpur, secretary, size=2)
    with pytest.raises(PermissionDenied):
        file_division(citizen, society, size=2)


def test_bank_scheme_proceeds_only_with_the_rbi_sanction(secretary, sonitpur):
    bank = society_with_members(sonitpur, secretary, size=2, society_type="cooperative_bank")
    into = society_with_members(sonitpur, secretary, size=1, society_type="cooperative_bank")
    scheme = file_merger(secretary, bank, into)   # the resolution is recorded without it
    base = {"actor": secretary, "scheme_id": scheme.pk, "society_id": bank.pk, "today": date(2026, 1, 10)}
    with pytest.raises(ValidationError) as refused:
        notice_services.notices_prepare(**base)
    assert str(NO_SANCTION) in _messages(refused)
    scheme_record_bank_sanction(**base, reference="RBI/DoR/2026/17", sanctioned_on=date(2026, 1, 8))
    assert notice_services.notices_prepare(**base) == 2
    assert ActivityEntry.objects.filter(action=SchemeAction.BANK_SANCTION_RECORDED).count() == 1


def test_notices_go_to_the_register_on_the_resolution_day(secretary, sonitpur):
    society = society_with_members(sonitpur, secretary, size=2)
    gone = make_member(society, 3, admitted_on=date(2020, 1, 1))
    register.entry_change(gone, on=date(2025, 12, 1), ceased_on=date(2025, 12, 1),
                          cessation_cause=CessationCause.WITHDRAWAL)
    make_member(society, 4, admitted_on=date(2026, 1, 3))      # admitted after the resolution
    scheme = scheme_file(actor=secretary, society_id=society.pk, today=date(2026, 1, 3), kind=SchemeKind.MERGER,
                         resolution_on=RESOLVED, members_present=2, votes_for=2, scheme_text="Merger.",
                         merge_into=society_with_members(sonitpur, secretary, size=1).registration_number)
    made = notice_services.notices_prepare(actor=secretary, scheme_id=scheme.pk, society_id=society.pk,
                                           today=date(2026, 1, 4))
    assert made == 2
    assert sorted(scheme.notices.values_list("member__number", "amount")) == [(1, 200), (2, 200)]
    assert notice_services.notices_prepare(actor=secretary, scheme_id=scheme.pk, society_id=society.pk,
                                           today=date(2026, 1, 4)) == 0   # again: nothing new


def test_service_opens_each_persons_window_and_options_stay_inside_it(secretary, sonitpur):
    society = society_with_members(sonitpur, secretary, size=3)
    scheme = file_division(secretary, society, size=3)
    base = {"actor": secretary, "scheme_id": scheme.pk, "society_id": society.pk}
    notice_services.notices_prepare(**base, today=date(2026, 1, 4))
    one, two, three = scheme.notices.order_by("member__number")
    notice_services.notices_mark_voted_for(**base, today=date(2026, 1, 4), numbers="3")
    with pytest.raises(ValidationError) as refused:
        notice_services.notices_record_service(**base, today=date(2026, 1, 4), notice_ids=[one.pk],
                                               served_on=date(2026, 1, 4), method="post")
    assert "registered-post number" in _messages(refused)
    notice_services.notices_record_service(**base, today=date(2026, 1, 5), notice_ids=[one.pk, three.pk],
                                           served_on=date(2026, 1, 5), method="post", reference="RN123IN")
    scheme = Scheme.objects.get(pk=scheme.pk)
    assert scheme.state == SchemeState.NOTICES and scheme.windows_close_on is None   # No. 2 not yet served
    notice_services.notices_record_service(**base, today=date(2026, 1, 9), notice_ids=[two.pk],
                                           served_on=date(2026, 1, 9), method="hand")
    rows = {n.member.number: n for n in scheme.notices.select_related("member")}
    assert (rows[1].window_ends_on, rows[2].window_ends_on, rows[3].window_ends_on) == (
        date(2026, 2, 4), date(2026, 2, 8), None)
    assert rows[3].option == OptionState.VOTED_FOR
    assert Scheme.objects.get(pk=scheme.pk).windows_close_on == date(2026, 2, 8)
    with pytest.raises(ValidationError) as late:
        notice_services.notice_record_option(**base, today=date(2026, 2, 6), notice_id=one.pk,
                                             option=OptionState.WITHDRAWING, on=date(2026, 2, 5))
    assert "05 Jan 2026 to 04 Feb 2026" in _messages(late)
    notice_services.notice_record_option(**base, today=date(2026, 2, 6), notice_id=one.pk,
                                         option=OptionState.WITHDRAWING, on=date(2026, 2, 4))
    with pytest.raises(ValidationError) as ended:   # No. 2's window has run out: its service is not re-dated
        notice_services.notices_record_service(**base, today=date(2026, 2, 9), notice_ids=[two.pk],
                                               served_on=date(2026, 2, 1), method="hand")
    assert "window ended on 08 Feb 2026" in _messages(ended)
    with pytest.raises(ValidationError):   # a decided option is not served again
        notice_services.notices_record_service(**base, today=date(2026, 2, 6), notice_ids=[one.pk],
                                               served_on=date(2026, 1, 6), method="hand")
    with pytest.raises(ValidationError):   # a member who has opted cannot be marked as voting for
        notice_services.notices_mark_voted_for(**base, today=date(2026, 2, 6), numbers="1-3")
