"""The share ledger (ss.7, 52-57). Each action locks the society row (the holding cap may be a share of the
society's issued shares, so two allotments in one society are serialised), then the members concerned, checks
that the actor is the society's secretary, writes the ledger rows and one activity entry."""

import uuid
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from registrar import activity
from societies.models import Society

from .. import permissions, rules
from ..actions import MembershipAction
from ..models import Member, MembershipSettings, ShareLedgerEntry

NOT_POSITIVE = _("Enter a number of shares above nought.")
OVER_CAP = _("%(name)s would hold %(holding)s shares: more than the society's cap on one member's holding "
             "(%(cap)s; s.7, bye-laws).")
NOT_ENOUGH = _("%(name)s holds %(holding)s shares on %(day)s: fewer than %(shares)s.")
NOT_A_MEMBER = _("%(name)s is not on the register on %(day)s.")
SAME_MEMBER = _("A member cannot transfer shares to themself.")
BEFORE_ADMISSION = _("The date cannot be before %(name)s was admitted (%(day)s).")
IN_FUTURE = _("The date cannot be in the future.")


def settings_for(society) -> MembershipSettings:
    return MembershipSettings.objects.filter(society=society).first() or MembershipSettings(society=society)


def holding(member_id: int, day: date | None = None) -> int:
    rows = ShareLedgerEntry.objects.filter(member_id=member_id)
    if day is not None:
        rows = rows.filter(on__lte=day)
    return rows.aggregate(total=Sum("shares"))["total"] or 0


def issued(society_id: int) -> int:
    return ShareLedgerEntry.objects.filter(society_id=society_id).aggregate(total=Sum("shares"))["total"] or 0


def _cap_label(terms: MembershipSettings) -> str:
    parts = []
    if terms.holding_cap_shares is not None:
        parts.append(str(terms.holding_cap_shares))
    if terms.holding_cap_percent is not None:
        parts.append(f"{terms.holding_cap_percent}%")
    return " / ".join(parts)


def _check_cap(member: Member, terms: MembershipSettings, *, holding_after: int, issued_after: int) -> None:
    if not rules.holding_within_cap(holding_after=holding_after, issued_after=issued_after,
                                    cap_shares=terms.holding_cap_shares, cap_percent=terms.holding_cap_percent):
        raise ValidationError(OVER_CAP, params={"name": member.person.name, "holding": holding_after,
                                                "cap": _cap_label(terms)})


def _lock(society_id: int, actor, member_ids: list[int]) -> tuple[Society, dict[int, Member]]:
    society = Society.objects.select_for_update(of=("self",)).get(pk=society_id)
    permissions.require_change_register(actor, society)
    members = {m.pk: m for m in Member.objects.select_for_update(of=("self",)).select_related("person")
               .filter(society=society, pk__in=member_ids).order_by("pk")}
    if len(members) != len(set(member_ids)):
        raise Member.DoesNotExist("no such member in this society")
    return society, members


def _check_day(member: Member, on: date, today: date) -> None:
    if on > today:
        raise ValidationError(IN_FUTURE)
    if on < member.admitted_on:
        raise ValidationError(BEFORE_ADMISSION, params={"name": member.person.name,
                                                        "day": f"{member.admitted_on:%d %b %Y}"})
    if member.ceased_on is not None and member.ceased_on <= on:
        raise ValidationError(NOT_A_MEMBER, params={"name": member.person.name, "day": f"{on:%d %b %Y}"})


@transaction.atomic
def shares_allot(*, society_id: int, member_id: int, actor, today: date, on: date, shares: int,
                 reference: str = "") -> ShareLedgerEntry:
    """Allot new shares to a member at the society's face value. rules.yaml member_shareholding_cap."""
    if shares <= 0:
        raise ValidationError(NOT_POSITIVE)
    society, members = _lock(society_id, actor, [member_id])
    member = members[member_id]
    _check_day(member, on, today)
    terms = settings_for(society)
    _check_cap(member, terms, holding_after=holding(member.pk) + shares, issued_after=issued(society.pk) + shares)
    entry = ShareLedgerEntry.objects.create(
        society=society, member=member, on=on, kind=ShareLedgerEntry.Kind.ALLOTMENT, shares=shares,
        value=terms.share_value * shares, reference=reference, recorded_by=actor)
    activity.record(MembershipAction.SHARES_ALLOTTED, actor=actor, society=society, target=member,
                    data={"member": member.number, "shares": shares, "on": on, "value": entry.value})
    return entry


@transaction.atomic
def shares_transfer(*, society_id: int, from_member_id: int, to_member_id: int, actor, today: date, on: date,
                    shares: int, reference: str = "") -> tuple[ShareLedgerEntry, ShareLedgerEntry]:
    """Transfer shares from one member to another (ss.52-53): the giver must hold them on the day; the receiver's
    holding after the transfer stays within the cap (issued shares do not change)."""
    if shares <= 0:
        raise ValidationError(NOT_POSITIVE)
    if from_member_id == to_member_id:
        raise ValidationError(SAME_MEMBER)
    society, members = _lock(society_id, actor, [from_member_id, to_member_id])
    giver, receiver = members[from_member_id], members[to_member_id]
    for member in (giver, receiver):
        _check_day(member, on, today)
    held = holding(giver.pk, on)
    if held < shares or holding(giver.pk) < shares:
        raise ValidationError(NOT_ENOUGH, params={"name": giver.person.name, "holding": held, "shares": shares,
                                                  "day": f"{on:%d %b %Y}"})
    terms = settings_for(society)
    _check_cap(receiver, terms, holding_after=holding(receiver.pk) + shares, issued_after=issued(society.pk))
    value = _value_of(giver.pk, shares)
    key = uuid.uuid4()
    out = ShareLedgerEntry.objects.create(
        society=society, member=giver, on=on, kind=ShareLedgerEntry.Kind.TRANSFER_OUT, shares=-shares,
        value=-value, counterpart=receiver, transfer_key=key, reference=reference, recorded_by=actor)
    into = ShareLedgerEntry.objects.create(
        society=society, member=receiver, on=on, kind=ShareLedgerEntry.Kind.TRANSFER_IN, shares=shares,
        value=value, counterpart=giver, transfer_key=key, reference=reference, recorded_by=actor)
    activity.record(MembershipAction.SHARES_TRANSFERRED, actor=actor, society=society, target=receiver,
                    data={"from": giver.number, "to": receiver.number, "shares": shares, "on": on})
    return out, into


def _value_of(member_id: int, shares: int) -> Decimal:
    """The book value of `shares` of the member's holding: the holding's value pro rata."""
    totals = ShareLedgerEntry.objects.filter(member_id=member_id).aggregate(shares=Sum("shares"), value=Sum("value"))
    if not totals["shares"]:
        return Decimal("0")
    return (totals["value"] * shares / totals["shares"]).quantize(Decimal("0.01"))


@transaction.atomic
def shares_refund(*, society_id: int, member_id: int, actor, on: date, reference: str = "") -> ShareLedgerEntry:
    """Refund a former member's whole holding (on withdrawal or cessation, s.57): `on` is the payment day."""
    society, members = _lock(society_id, actor, [member_id])
    member = members[member_id]
    return _pay_out(society, member, actor=actor, on=on, reference=reference, kind=ShareLedgerEntry.Kind.REFUND,
                    action=MembershipAction.SHARES_REFUNDED)


@transaction.atomic
def shares_to_heir(*, society_id: int, member_id: int, actor, on: date, heir_member_id: int | None = None,
                   reference: str = "") -> ShareLedgerEntry:
    """A deceased member's holding to the nominee or heir (ss.55-56): transferred to the heir's entry when the
    heir is a member (within the cap), otherwise its value paid. The 90-day wait without a nominee
    (heir_transfer_after_90d) is for the leaving services to check before calling this."""
    ids = [member_id] + ([heir_member_id] if heir_member_id else [])
    society, members = _lock(society_id, actor, ids)
    member = members[member_id]
    heir = members.get(heir_member_id) if heir_member_id else None
    if heir is not None:
        shares = holding(member.pk)
        terms = settings_for(society)
        _check_cap(heir, terms, holding_after=holding(heir.pk) + shares, issued_after=issued(society.pk))
    entry = _pay_out(society, member, actor=actor, on=on, reference=reference, kind=ShareLedgerEntry.Kind.TO_HEIR,
                     action=MembershipAction.SHARES_TO_HEIR, heir=heir)
    return entry


def _pay_out(society, member, *, actor, on, reference, kind, action, heir=None) -> ShareLedgerEntry:
    shares = holding(member.pk)
    if shares <= 0:
        raise ValidationError(NOT_ENOUGH, params={"name": member.person.name, "holding": shares, "shares": 1,
                                                  "day": f"{on:%d %b %Y}"})
    value = _value_of(member.pk, shares)
    key = uuid.uuid4() if heir else None
    entry = ShareLedgerEntry.objects.create(
        society=society, member=member, on=on, kind=kind, shares=-shares, value=-value, counterpart=heir,
        transfer_key=key, reference=reference, recorded_by=actor)
    if heir is not None:
        ShareLedgerEntry.objects.create(
            society=society, member=heir, on=on, kind=ShareLedgerEntry.Kind.FROM_DECEASED, shares=shares,
            value=value, counterpart=member, transfer_key=key, reference=reference, recorded_by=actor)
    activity.record(action, actor=actor, society=society, target=member,
                    data={"member": member.number, "shares": shares, "on": on, "value": value,
                          "heir": heir.number if heir else None})
    return entry
