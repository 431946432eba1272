"""The society's record of the scheme (issue 17 point 1): the General Assembly's special resolution, the kind,
the societies it joins (for a division, what goes to which new society), and a bank's s.116 sanction."""

from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from membership.selectors import on_register, versions_as_at
from registrar import activity
from societies.bylaws.rules import parse_numbers
from societies.choices import LegalStatus
from societies.models import Society

from .. import rules
from ..actions import SchemeAction
from ..models import OPEN_STATES, Scheme, SchemeKind, SchemeRole, SchemeSociety, SchemeState
from .common import (
    d,
    lock_scheme,
    lock_society,
    needs_sanction,
    require_secretary,
    require_transferor_secretary,
    special_majority,
)

RESOLUTION_IN_FUTURE = _("The resolution cannot be dated after today.")
VOTES_OVER_PRESENT = _("More votes for (%(for)s) than members present and voting (%(present)s).")
NOT_CARRIED = _("%(for)s of %(present)s members present and voting is not the special majority of %(majority)s "
                "(at least %(needed)s votes for): the resolution was not carried.")
NOT_REGISTERED = _("%(name)s is not a registered society in good standing (%(status)s): it cannot be part of a "
                   "scheme.")
OPEN_SCHEME = _("%(name)s is already in a scheme recorded on %(day)s that is not finished.")
DIVISION_TWO = _("A division makes two or more new societies (s.13(1)): name at least two.")
ONE_NEW_SOCIETY = _("An amalgamation forms one new society (s.14(1)): name it.")
NAMES_REPEATED = _("Each new society needs its own name.")
AMALGAMATE_WITH = _("Name at least one other society that amalgamates with this one, by its registration number.")
UNKNOWN_SOCIETY = _("No registered society has the registration number %(number)s.")
SELF_IN_SCHEME = _("The society cannot be named as another party to its own scheme.")
NOT_SIMILAR = _("%(name)s is a %(other)s society, this one a %(own)s society: only societies with similar objects "
                "may amalgamate (s.14(1)).")
MERGE_INTO = _("Name the existing society this one merges into, by its registration number.")
NUMBERS_UNREADABLE = _("Give member numbers separated by commas or lines (ranges as 12-15); %(token)s is not one.")
NOT_ON_REGISTER = _("Not on the register on the day of the resolution: %(numbers)s.")
IN_TWO_SOCIETIES = _("Allotted to more than one new society: %(numbers)s.")
NOT_ALLOTTED = _("Every member goes to one of the new societies: %(numbers)s are not allotted.")
NO_REGISTER = _("The register of members shows no members on %(day)s: record the register before the scheme, "
                "since every member is served its notice from it.")
SANCTION_BOTH = _("Give both the RBI/NABARD sanction's reference and its date.")
SANCTION_IN_FUTURE = _("The sanction cannot be dated after today.")
SANCTION_NOT_NEEDED = _("No society in this scheme is a co-operative bank: no s.116 sanction is needed.")
SANCTION_ALREADY = _("The sanction was already recorded (%(reference)s, %(day)s).")


@dataclass
class NewSociety:
    """A division's (or an amalgamation's) proposed new society: its name and what the scheme gives it."""

    name: str
    allotment: str = ""
    member_numbers: str = ""
    numbers: list[int] = field(default_factory=list)


def _fmt(numbers) -> str:
    shown = sorted(numbers)
    return ", ".join(str(n) for n in shown[:30]) + (" …" if len(shown) > 30 else "")


def _in_open_scheme(society: Society) -> Scheme | None:
    return (Scheme.objects.filter(parties__society=society, parties__role=SchemeRole.TRANSFEROR,
                                  state__in=OPEN_STATES).order_by("resolution_on").first())


def _registered_party(number: str, own: Society, errors, field_name) -> Society | None:
    found = Society.objects.filter(registration_number=(number or "").strip()).first()
    if found is None:
        errors.append((field_name, UNKNOWN_SOCIETY, {"number": (number or "").strip()[:40]}))
    elif found.pk == own.pk:
        errors.append((field_name, SELF_IN_SCHEME, {}))
    elif found.legal_status != LegalStatus.REGISTERED:
        errors.append((field_name, NOT_REGISTERED, {"name": found.name, "status": found.get_legal_status_display()}))
    else:
        return found
    return None


def _check_division(society, resolution_on, successors: list[NewSociety], errors) -> None:
    if len([s for s in successors if s.name.strip()]) < 2:
        errors.append(("successors", DIVISION_TWO, {}))
        return
    register = set(versions_as_at(society.pk, resolution_on).filter(on_register(resolution_on))
                   .values_list("number", flat=True))
    if not register:
        errors.append(("successors", NO_REGISTER, {"day": d(resolution_on)}))
        return
    seen: dict[int, int] = {}
    twice: set[int] = set()
    for index, new in enumerate(successors):
        try:
            new.numbers = parse_numbers(new.member_numbers)
        except ValueError as exc:
            errors.append(("successors", NUMBERS_UNREADABLE, {"token": str(exc)[:20]}))
            return
        for number in new.numbers:
            if number in seen and seen[number] != index:
                twice.add(number)
            seen[number] = index
    absent = set(seen) - register
    if absent:
        errors.append(("successors", NOT_ON_REGISTER, {"numbers": _fmt(absent)}))
    if twice:
        errors.append(("successors", IN_TWO_SOCIETIES, {"numbers": _fmt(twice)}))
    missing = register - set(seen)
    if missing:
        errors.append(("successors", NOT_ALLOTTED, {"numbers": _fmt(missing)}))


@transaction.atomic
def scheme_file(*, actor, society_id: int, today: date, kind: str, resolution_on: date, members_present: int,
                votes_for: int, scheme_text: str, successors: list[NewSociety] = (),
                other_transferors: list[str] = (), merge_into: str = "", bank_sanction_reference: str = "",
                bank_sanction_on: date | None = None) -> Scheme:
    """ss.13(1), 14(1), 15(1): the secretary records the General Assembly's special resolution and the scheme.
    The majority is the one in force (special_majority(): lifecycles.md §15 item 15). For a division, every
    member on the register on the resolution day is allotted to exactly one new society (s.13(1): which
    members go where); an amalgamation's other societies must have similar objects (s.14(1), read as the same
    type); a merger names the existing society it goes into."""
    society = lock_society(society_id)
    require_secretary(actor, society)
    errors: list[tuple[str, object, dict]] = []
    successors = [s for s in successors if s.name.strip()]
    if society.legal_status != LegalStatus.REGISTERED:
        raise ValidationError(NOT_REGISTERED, params={"name": society.name,
                                                      "status": society.get_legal_status_display()})
    pending = _in_open_scheme(society)
    if pending is not None:
        raise ValidationError(OPEN_SCHEME, params={"name": society.name, "day": d(pending.resolution_on)})
    if resolution_on > today:
        errors.append(("resolution_on", RESOLUTION_IN_FUTURE, {}))
    majority = special_majority()
    if votes_for > members_present:
        errors.append(("votes_for", VOTES_OVER_PRESENT, {"for": votes_for, "present": members_present}))
    elif not rules.special_majority_carried(votes_for, members_present, majority):
        errors.append(("votes_for", NOT_CARRIED, {"for": votes_for, "present": members_present,
                                                  "majority": rules.majority_label(majority),
                                                  "needed": rules.votes_needed(members_present, majority)}))
    others: list[Society] = []
    existing = None
    if kind == SchemeKind.DIVISION:
        if resolution_on <= today:
            _check_division(society, resolution_on, successors, errors)
    elif kind == SchemeKind.AMALGAMATION:
        if len(successors) != 1:
            errors.append(("successors", ONE_NEW_SOCIETY, {}))
        numbers = [n for n in other_transferors if (n or "").strip()]
        if not numbers:
            errors.append(("other_transferors", AMALGAMATE_WITH, {}))
        for number in numbers:
            other = _registered_party(number, society, errors, "other_transferors")
            if other is None:
                continue
            if other.society_type != society.society_type:
                errors.append(("other_transferors", NOT_SIMILAR, {
                    "name": other.name, "other": other.get_society_type_display(),
                    "own": society.get_society_type_display()}))
            busy = _in_open_scheme(other)
            if busy is not None:
                errors.append(("other_transferors", OPEN_SCHEME, {"name": other.name, "day": d(busy.resolution_on)}))
            if other not in others:
                others.append(other)
    elif kind == SchemeKind.MERGER:
        if not (merge_into or "").strip():
            errors.append(("merge_into", MERGE_INTO, {}))
        else:
            existing = _registered_party(merge_into, society, errors, "merge_into")
    else:
        raise ValidationError(_("Unknown kind of scheme."))
    if len({s.name.strip().lower() for s in successors}) != len(successors):
        errors.append(("successors", NAMES_REPEATED, {}))
    if bool(bank_sanction_reference.strip()) != bool(bank_sanction_on):
        errors.append(("bank_sanction_reference", SANCTION_BOTH, {}))
    elif bank_sanction_on and bank_sanction_on > today:
        errors.append(("bank_sanction_on", SANCTION_IN_FUTURE, {}))
    if errors:
        raise ValidationError({name: [ValidationError(message, params=params or None)
                                      for n, message, params in errors if n == name]
                               for name in dict.fromkeys(n for n, _m, _p in errors)})

    scheme = Scheme.objects.create(
        kind=kind, society=society, district=society.district, resolution_on=resolution_on,
        members_present=members_present, votes_for=votes_for, scheme_text=scheme_text.strip(),
        bank_sanction_reference=bank_sanction_reference.strip(), bank_sanction_on=bank_sanction_on,
        majority_applied=rules.majority_label(majority), filed_by=actor)
    SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.TRANSFEROR, society=society)
    for other in others:
        SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.TRANSFEROR, society=other)
    if existing is not None:
        SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.EXISTING_SUCCESSOR, society=existing)
    for new in successors:
        SchemeSociety.objects.create(scheme=scheme, role=SchemeRole.NEW_SUCCESSOR, proposed_name=new.name.strip(),
                                     allotment=new.allotment.strip(), member_numbers=new.member_numbers.strip())
    activity.record(SchemeAction.SCHEME_FILED, actor=actor, society=society, target=scheme, data={
        "kind": kind, "resolution_on": resolution_on, "members_present": members_present, "votes_for": votes_for,
        "majority": scheme.majority_applied, "transferors": [society.pk, *[o.pk for o in others]],
        "merge_into": existing.pk if existing else None, "new_societies": [s.name.strip() for s in successors]})
    return scheme


@transaction.atomic
def scheme_record_bank_sanction(*, actor, scheme_id: int, society_id: int, today: date, reference: str,
                                sanctioned_on: date) -> Scheme:
    """s.116: the RBI's (or NABARD's) prior written sanction of a co-operative bank's scheme, recorded by the
    secretary of a society in the scheme. Without it the notices are not prepared or served."""
    scheme = lock_scheme(scheme_id)
    require_transferor_secretary(actor, scheme, society_id)
    if scheme.state not in (SchemeState.RESOLVED, SchemeState.NOTICES):
        raise ValidationError(_("The scheme is past the stage where a sanction is recorded."))
    if not needs_sanction(scheme):
        raise ValidationError(SANCTION_NOT_NEEDED)
    if scheme.bank_sanction_on:
        raise ValidationError(SANCTION_ALREADY, params={"reference": scheme.bank_sanction_reference,
                                                        "day": d(scheme.bank_sanction_on)})
    if not reference.strip() or sanctioned_on is None:
        raise ValidationError({"reference": [ValidationError(SANCTION_BOTH)]})
    if sanctioned_on > today:
        raise ValidationError({"sanctioned_on": [ValidationError(SANCTION_IN_FUTURE)]})
    scheme.bank_sanction_reference, scheme.bank_sanction_on = reference.strip(), sanctioned_on
    scheme.save(update_fields=["bank_sanction_reference", "bank_sanction_on"])
    activity.record(SchemeAction.BANK_SANCTION_RECORDED, actor=actor, society=scheme.society, target=scheme,
                    data={"reference": scheme.bank_sanction_reference, "on": sanctioned_on})
    return scheme


WITHDRAW_TOO_LATE = _("The scheme can no longer be withdrawn: it is “%(state)s”.")
WITHDRAW_SUCCESSOR_REGISTERED = _("%(name)s is already registered under the scheme: the scheme can no longer be "
                                  "withdrawn by the society. Ask the Registrar.")
WITHDRAW_REASONS = _("Give the reasons for withdrawing the scheme.")
WITHDRAW_RESOLUTION_ORDER = _("The resolution withdrawing the scheme cannot be before the resolution that made it "
                              "(%(day)s) or after today.")


@transaction.atomic
def scheme_withdraw(*, actor, scheme_id: int, society_id: int, today: date, resolution_on: date,
                    reasons: str) -> Scheme:
    """The society abandons its scheme by a resolution of its General Assembly (the Act is silent on it; a
    scheme is the society's own proposal until it takes effect). Any transferor's secretary records it, before a
    new society is registered under it. The option windows stop (the clocks only count a scheme serving notices),
    nothing takes effect, and the societies are free to file another scheme."""
    scheme = lock_scheme(scheme_id)
    party = require_transferor_secretary(actor, scheme, society_id)
    if scheme.state not in OPEN_STATES:
        raise ValidationError(WITHDRAW_TOO_LATE, params={"state": scheme.get_state_display()})
    registered = (scheme.parties.filter(role=SchemeRole.NEW_SUCCESSOR, society__isnull=False)
                  .select_related("society").first())
    if registered is not None:
        raise ValidationError(WITHDRAW_SUCCESSOR_REGISTERED, params={"name": registered.society.name})
    errors = {}
    if not (reasons or "").strip():
        errors["reasons"] = [ValidationError(WITHDRAW_REASONS)]
    if resolution_on is None or not scheme.resolution_on <= resolution_on <= today:
        errors["resolution_on"] = [ValidationError(WITHDRAW_RESOLUTION_ORDER,
                                                   params={"day": d(scheme.resolution_on)})]
    if errors:
        raise ValidationError(errors)
    was = scheme.get_state_display()
    scheme.withdraw()
    scheme.withdrawn_on, scheme.withdrawal_resolution_on = today, resolution_on
    scheme.withdrawal_reasons, scheme.withdrawn_by = reasons.strip(), actor
    scheme.save(update_fields=["state", "withdrawn_on", "withdrawal_resolution_on", "withdrawal_reasons",
                               "withdrawn_by"])
    activity.record(SchemeAction.SCHEME_WITHDRAWN, actor=actor, society=party.society, target=scheme,
                    data={"resolution_on": resolution_on, "reasons": scheme.withdrawal_reasons, "was": str(was),
                          "by_society": party.society_id})
    return scheme
