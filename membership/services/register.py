"""Changes to a register entry's particulars and its nominee, by the society's secretary. Opening an entry
(admission, founders, import) and ending it (withdrawal, death, disqualification, termination) belong to their
own services; all of them write through membership.register so the history stays whole."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from registrar import activity

from .. import permissions, register
from ..actions import MembershipAction
from ..models import Member, Nomination

CHANGEABLE = ("category", "occupation", "member_class", "is_employee")
IN_FUTURE = _("The date cannot be in the future.")
CEASED = _("This member has ceased: the entry can no longer change.")
NOTHING_CHANGED = _("Nothing was changed.")
NOMINEE_REQUIRED = _("Enter the nominee's name.")
NOMINATION_BEFORE = _("A new nomination must be dated after the current one (%(day)s).")


def _lock_member(member_id: int, actor) -> Member:
    member = (Member.objects.select_for_update(of=("self",)).select_related("society", "person")
              .get(pk=member_id))
    permissions.require_change_register(actor, member.society)
    return member


@transaction.atomic
def member_change(*, member_id: int, actor, today: date, on: date, **changes) -> Member:
    """Change the category, occupation, class or employee mark of an entry with effect from `on`."""
    member = _lock_member(member_id, actor)
    if on > today:
        raise ValidationError(IN_FUTURE)
    if member.ceased_on is not None:
        raise ValidationError(CEASED)
    unknown = set(changes) - set(CHANGEABLE)
    if unknown:
        raise TypeError(f"not changeable here: {sorted(unknown)}")
    changed = {k: v for k, v in changes.items() if getattr(member, k) != v}
    if not changed:
        raise ValidationError(NOTHING_CHANGED)
    before = {k: getattr(member, k) for k in changed}
    register.entry_change(member, on=on, recorded_by=actor, **changed)
    activity.record(MembershipAction.MEMBER_CHANGED, actor=actor, society=member.society, target=member,
                    data={"member": member.number, "on": on, "before": before, "after": changed})
    return member


@transaction.atomic
def nomination_record(*, member_id: int, actor, today: date, on: date, nominee_name: str, relation: str = "",
                      address: str = "") -> Nomination:
    """Record a nominee (s.55) from `on`; the previous nomination ends that day (kept in the history)."""
    member = _lock_member(member_id, actor)
    if on > today:
        raise ValidationError(IN_FUTURE)
    if member.ceased_on is not None:
        raise ValidationError(CEASED)
    if not nominee_name.strip():
        raise ValidationError(NOMINEE_REQUIRED)
    current = Nomination.objects.select_for_update().filter(member=member, valid_to__isnull=True).first()
    if current is not None:
        if on <= current.valid_from:  # history is never edited: a later day, or nothing
            raise ValidationError(NOMINATION_BEFORE, params={"day": f"{current.valid_from:%d %b %Y}"})
        current.valid_to = on
        current.save(update_fields=["valid_to"])
    nomination = Nomination.objects.create(member=member, nominee_name=nominee_name.strip(),
                                           relation=relation.strip(), address=address.strip(), valid_from=on,
                                           recorded_by=actor)
    activity.record(MembershipAction.NOMINEE_RECORDED, actor=actor, society=member.society, target=member,
                    data={"member": member.number, "on": on, "nominee": nomination.nominee_name,
                          "previous": current.nominee_name if current else None})
    return nomination
