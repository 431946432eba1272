"""The share ledger (issue 14 point 5): allotment, transfer between members, refund, to heirs; the cap on
one member's holding (rules.yaml member_shareholding_cap)."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from membership import rules, selectors
from membership.models import MembershipSettings, ShareLedgerEntry
from membership.services import shares as services
from registrar.models import ActivityEntry

from .helpers import make_member, make_person

pytestmark = pytest.mark.django_db
TODAY = date(2024, 6, 1)


@pytest.fixture
def society(secretary):
    MembershipSettings.objects.create(society=secretary.society, share_value=Decimal("100"), holding_cap_shares=10)
    return secretary.society


@pytest.mark.parametrize(("holding", "issued", "cap_shares", "cap_percent", "ok"), [
    (10, 100, 10, None, True), (11, 100, 10, None, False), (20, 100, None, Decimal("20"), True),
    (21, 100, None, Decimal("20"), False), (5, 100, 10, Decimal("4"), False), (1000, 1000, None, None, True),
])
def test_share_cap_rule(holding, issued, cap_shares, cap_percent, ok):
    assert rules.holding_within_cap(holding_after=holding, issued_after=issued, cap_shares=cap_shares,
                                    cap_percent=cap_percent) is ok


def test_share_cap_guard_refuses_allotment_over_cap(society, secretary):
    member = make_member(society, 1, person=make_person("Ranjit Bora"))
    services.shares_allot(society_id=society.pk, member_id=member.pk, actor=secretary, today=TODAY, on=TODAY,
                          shares=10)
    with pytest.raises(ValidationError) as caught:
        services.shares_allot(society_id=society.pk, member_id=member.pk, actor=secretary, today=TODAY, on=TODAY,
                              shares=1)
    assert caught.value.messages == [
        "Ranjit Bora would hold 11 shares: more than the society's cap on one member's holding (10; s.7, bye-laws)."]
    assert services.holding(member.pk) == 10
    assert ActivityEntry.objects.filter(action="membership.shares_allotted").count() == 1


def test_share_cap_guard_refuses_transfer_over_cap(society, secretary):
    giver = make_member(society, 1, person=make_person("Giver"), shares=6)
    receiver = make_member(society, 2, person=make_person("Taker"), shares=8)
    with pytest.raises(ValidationError):
        services.shares_transfer(society_id=society.pk, from_member_id=giver.pk, to_member_id=receiver.pk,
                                 actor=secretary, today=TODAY, on=TODAY, shares=3)
    out, into = services.shares_transfer(society_id=society.pk, from_member_id=giver.pk,
                                         to_member_id=receiver.pk, actor=secretary, today=TODAY, on=TODAY, shares=2)
    assert (out.shares, into.shares, out.transfer_key) == (-2, 2, into.transfer_key)
    assert (services.holding(giver.pk), services.holding(receiver.pk)) == (4, 10)


def test_share_totals_on_register_come_from_ledger_after_refund_and_heir(society, secretary):
    a = make_member(society, 1, shares=4)
    heir = make_member(society, 2, shares=1)
    gone = make_member(society, 3, shares=3)
    services.shares_to_heir(society_id=society.pk, member_id=a.pk, heir_member_id=heir.pk, actor=secretary,
                            on=TODAY)
    services.shares_refund(society_id=society.pk, member_id=gone.pk, actor=secretary, on=TODAY)
    held = {v.number: (v.shares_held, v.shares_value) for v in selectors.register_as_at(society.pk, TODAY)}
    assert held == {1: (0, Decimal("0")), 2: (5, Decimal("500")), 3: (0, Decimal("0"))}
    before = {v.number: v.shares_held for v in selectors.register_as_at(society.pk, date(2023, 1, 1))}
    assert before == {1: 4, 2: 1, 3: 3}
    assert ShareLedgerEntry.objects.filter(kind=ShareLedgerEntry.Kind.FROM_DECEASED, member=heir).count() == 1


def test_share_services_only_for_the_secretary(society, citizen):
    member = make_member(society, 1)
    with pytest.raises(PermissionDenied):
        services.shares_allot(society_id=society.pk, member_id=member.pk, actor=citizen, today=TODAY, on=TODAY,
                              shares=1)
