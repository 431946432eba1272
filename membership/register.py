"""The one writer of register entries and their history (ADR 0037). Called inside services, which lock, check
permission and write the activity entry; these helpers do neither.

- `entry_open(member, ...)` saves a new Member and its first version (valid from `admitted_on`).
- `entry_change(member, on=D, **changes)` applies changes effective on day D: the open version is closed on D
  and a new one opened from D (or, when the open version starts on D, replaced in place). A change dated before
  the open version's first day is refused: history is never rewritten here (a rectification would be its own
  service).
- `person_changed(person, on=D)` opens a new version for every current entry of the person after their name,
  parent's name, gender, age or address changed.
- `version_of(member, valid_from)` builds (does not save) the version row: for bulk_create in imports and demo.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Member, MemberVersion, Person

PARTICULARS = ("category", "occupation", "member_class", "is_employee", "voting_pending", "ceased_on",
               "cessation_cause", "cessation_note")
PERSON_FIELDS = ("name", "parent_name", "parent_relation", "gender", "date_of_birth", "age_years", "age_on",
                 "address")

CHANGE_BEFORE_HISTORY = _("A change to the register cannot take effect before %(day)s, the start of the entry's "
                          "current version.")
UNKNOWN_FIELD = "not a particular of the register entry: %s"


def version_of(member: Member, valid_from: date, *, person: Person | None = None, recorded_by=None) -> MemberVersion:
    person = person or member.person
    return MemberVersion(
        member=member, society_id=member.society_id, number=member.number, valid_from=valid_from,
        recorded_by=recorded_by,
        **{f: getattr(member, f) for f in PARTICULARS}, **{f: getattr(person, f) for f in PERSON_FIELDS},
    )


def entry_open(member: Member, *, recorded_by=None) -> Member:
    """Save a new entry and its first version, valid from the admission date."""
    member.full_clean(exclude=["person", "society"])
    member.save()
    version_of(member, member.admitted_on, recorded_by=recorded_by).save()
    return member


def entry_change(member: Member, *, on: date, recorded_by=None, **changes) -> MemberVersion:
    """Apply `changes` (fields of PARTICULARS) to the entry with effect from `on`. The caller holds the member's
    row lock (select_for_update)."""
    for field in changes:
        if field not in PARTICULARS:
            raise TypeError(UNKNOWN_FIELD % field)
    for field, value in changes.items():
        setattr(member, field, value)
    member.save(update_fields=list(changes))
    return _roll(member, on=on, recorded_by=recorded_by)


def person_changed(person: Person, *, on: date, recorded_by=None) -> int:
    """The person's particulars were saved: new versions for each of their current entries. Returns how many."""
    count = 0
    for member in Member.objects.select_for_update().filter(person=person, ceased_on__isnull=True):
        member.person = person
        _roll(member, on=on, recorded_by=recorded_by)
        count += 1
    return count


def _roll(member: Member, *, on: date, recorded_by) -> MemberVersion:
    current = MemberVersion.objects.select_for_update().get(member=member, valid_to__isnull=True)
    if on < current.valid_from:
        raise ValidationError(CHANGE_BEFORE_HISTORY, params={"day": f"{current.valid_from:%d %b %Y}"})
    new = version_of(member, on, recorded_by=recorded_by)
    if on == current.valid_from:
        new.pk = current.pk
        new.recorded_at = current.recorded_at
        new.save()
        return new
    current.valid_to = on
    current.save(update_fields=["valid_to"])
    new.save()
    return new
