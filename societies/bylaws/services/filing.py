"""The secretary's side of an amendment: the s.12 filing (issue 16 point 2), the reply to a direction to
reconsider (s.12(7)-(8)) and the s.68 notice of a registered new address."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from orders.services import order_issue
from registrar import activity
from societies.models import Society

from .. import clausefile, redline, rules
from ..actions import ByeLawAction
from ..models import OPEN_STATES, Amendment, AmendmentClause, AmendmentKind, AmendmentState
from ..orders import ACKNOWLEDGEMENT
from . import votes
from .common import d, lock_amendment, lock_society, require_secretary, version_in_force
from .versions import parse_or_error

MEETING_IN_FUTURE = _("The general meeting cannot be after today.")
RESOLUTION_BEFORE_MEETING = _("The resolution cannot be dated before the general meeting.")
RESOLUTION_IN_FUTURE = _("The resolution cannot be after today.")
NUMBERS_UNREADABLE = _("Give member numbers separated by commas or lines (ranges as 12-15); %(token)s is not one.")
MORE_ATTENDED_THAN_MEMBERS = _("%(attended)s members attended but only %(members)s were on the register.")
REGISTER_COUNT_DIFFERS = _("The register of members shows %(count)s members on %(day)s, not %(given)s.")
VOTED_NOT_ATTENDING = _("These members voted but are not on the attendance list: %(numbers)s.")
VOTED_BOTH = _("These members are on both vote lists: %(numbers)s.")
NOT_CARRIED = _("Counting only the votes of members entitled to vote (employees cannot vote on bye-laws, s.26(3) "
                "proviso), the resolution has %(for)s for and %(against)s against: it was not carried.")
SIGNATURES = _("The copy of the resolution must be signed by the President and at least two Directors "
               "(s.12(5)); name the Directors who signed.")
COPY_NEEDED = _("Upload the copy of the resolution signed by the President and two Directors.")
NO_VERSION = _("The office has not yet recorded this society's registered bye-laws; ask the ARCS of the district "
               "to record them (the PDF is enough) before filing an amendment of their clauses.")
NO_CHANGE = _("Nothing is changed: edit at least one clause.")
NAME_NEEDED = _("Give the new name.")
NAME_SAME = _("The new name is the society's present name.")
NAME_PROBLEMS = {
    rules.NAME_NOT_LIMITED: _("The name of a society with limited liability must end with the word \"Limited\" "
                              "(s.6(2))."),
    rules.NAME_IDENTICAL: _("Another society in the district already has this name."),
    rules.NAME_BANK_IN_PACS: _("A primary agricultural credit society may use the word \"Bank\" in its name only "
                               "with a permission under the Banking Regulation Act (s.147): give its number."),
}
ADDRESS_NEEDED = _("Give the new head office address.")
ADDRESS_SAME = _("The new address is the society's present address.")
MOVED_IN_FUTURE = _("The date of the physical move cannot be after today; leave it empty if the office has not "
                    "moved yet.")
OPEN_AMENDMENT = _("An amendment of this society filed on %(day)s is still awaiting the Registrar's decision.")
NOT_RECONSIDERING = _("The society has not been directed to reconsider this amendment.")
REPLY_LATE = _("The period to reconsider ended on %(day)s: the reply can no longer be sent on the portal.")
REPLY_NEEDED = _("Write the society's reply.")
NOTICE_NOT_DUE = _("No notice of a new address is due on this amendment.")
NOTICE_ALREADY = _("The notice of the new address was already recorded (%(day)s).")
NOTICE_BEFORE_REGISTRATION = _("The notice cannot be dated before the amendment was registered (%(day)s).")
NOTICE_IN_FUTURE = _("The notice cannot be dated after today.")


def _numbers(field: str, text: str, errors: dict) -> list[int]:
    try:
        return rules.parse_numbers(text)
    except ValueError as exc:
        errors.setdefault(field, []).append(ValidationError(NUMBERS_UNREADABLE, params={"token": str(exc)[:20]}))
        return []


def _fmt(numbers) -> str:
    return ", ".join(str(n) for n in numbers)


def _clause_changes(base, text: str, errors: dict) -> list[redline.ClauseChange]:
    """Against a transcribed version: the whole text edited in place, compared clause by clause. Against a
    PDF-only version: each clause given is "clause N substituted by ..." (or deleted when its text is
    "omitted")."""
    if not text.strip():
        return []
    try:
        proposed = parse_or_error(text, "clause_text")
    except ValidationError as exc:
        for field, messages in exc.message_dict.items():
            errors.setdefault(field, []).extend(messages)
        return []
    if base is not None and base.transcribed:
        current = [clausefile.ParsedClause(c.heading, c.number, c.text) for c in base.clauses.all()]
        return redline.changes(current, proposed)
    return [redline.ClauseChange(redline.DELETED if c.text.strip().lower() in ("omitted", "deleted")
                                 else redline.CHANGED, c.number, c.heading, "", c.text) for c in proposed]


@transaction.atomic
def amendment_file(*, actor, society_id: int, today: date, kind: str, meeting_on: date, resolution_on: date,
                   resolution_text: str, members_on_register: int, attended: str, voted_for: str,
                   voted_against: str = "", employees: str = "", president_signed: bool, signing_directors: str,
                   resolution_copy=None, clause_text: str = "", new_name: str = "", banking_permission: str = "",
                   new_address: str = "", moved_on: date | None = None) -> Amendment:
    """s.12(2), (4), (5): the secretary files the amendment the general meeting resolved. Received today (filed
    online), so the Registrar's 60 days (30 under s.141) run from today. A late filing is accepted with the
    lateness recorded (the earlier of a month and 30 days governs, §15 item 4)."""
    society = lock_society(society_id)
    require_secretary(actor, society)
    errors: dict[str, list] = {}

    def error(field, message, **params):
        errors.setdefault(field, []).append(ValidationError(message, params=params or None))

    # One amendment at a time: the next is filed against the version the pending one may still produce.
    pending = Amendment.objects.filter(society=society, state__in=OPEN_STATES).order_by("received_on").first()
    if pending is not None:
        raise ValidationError(OPEN_AMENDMENT, params={"day": d(pending.received_on)})
    if meeting_on > today:
        error("meeting_on", MEETING_IN_FUTURE)
    if resolution_on > today:
        error("resolution_on", RESOLUTION_IN_FUTURE)
    elif resolution_on < meeting_on:
        error("resolution_on", RESOLUTION_BEFORE_MEETING)

    attended_n = _numbers("attended", attended, errors)
    for_n, against_n = _numbers("voted_for", voted_for, errors), _numbers("voted_against", voted_against, errors)
    employees_n = set(_numbers("employees", employees, errors))
    facts = votes.register_facts(society, meeting_on)
    if facts is not None and members_on_register != facts.on_register:
        error("members_on_register", REGISTER_COUNT_DIFFERS, count=facts.on_register, day=d(meeting_on),
              given=members_on_register)
    if len(set(attended_n)) > members_on_register:
        error("attended", MORE_ATTENDED_THAN_MEMBERS, attended=len(set(attended_n)), members=members_on_register)
    count = rules.tally(for_n, against_n, attended_n, employees=employees_n if facts is None else set(),
                        entitled=facts.entitled if facts is not None else None)
    if count.not_attending:
        error("voted_for", VOTED_NOT_ATTENDING, numbers=_fmt(count.not_attending))
    if count.in_both:
        error("voted_against", VOTED_BOTH, numbers=_fmt(count.in_both))
    if for_n and not count.passed and not count.not_attending and not count.in_both:
        error("voted_for", NOT_CARRIED, **{"for": count.counted_for, "against": count.counted_against})
    directors = [line.strip() for line in signing_directors.splitlines() if line.strip()]
    if not rules.signatures_complete(president_signed, directors):
        error("signing_directors", SIGNATURES)
    if resolution_copy is None:
        error("resolution_copy", COPY_NEEDED)

    base = version_in_force(society, today)
    changes = _clause_changes(base, clause_text, errors)
    old_value = ""
    if kind == AmendmentKind.CLAUSES:
        if base is None:
            error("clause_text", NO_VERSION)
        elif not changes and "clause_text" not in errors:
            error("clause_text", NO_CHANGE)
    elif kind == AmendmentKind.NAME:
        new_name = " ".join(new_name.split())
        old_value = society.name
        if not new_name:
            error("new_name", NAME_NEEDED)
        elif new_name.lower() == society.name.lower():
            error("new_name", NAME_SAME)
        else:
            others = list(Society.objects.filter(district=society.district).exclude(pk=society.pk)
                          .values_list("name", flat=True))
            for problem in rules.name_problems(new_name, society_type=society.society_type, district_names=others,
                                               has_banking_permission=bool(banking_permission.strip())):
                error("new_name", NAME_PROBLEMS[problem])
    elif kind == AmendmentKind.ADDRESS:
        new_address = new_address.strip()
        old_value = society.address
        if not new_address:
            error("new_address", ADDRESS_NEEDED)
        elif " ".join(new_address.split()).lower() == " ".join(society.address.split()).lower():
            error("new_address", ADDRESS_SAME)
        if moved_on is not None and moved_on > today:
            error("moved_on", MOVED_IN_FUTURE)
    if errors:
        raise ValidationError(errors)

    late = rules.lateness(resolution_on, meeting_on, today)
    credit = rules.is_credit_structure(society.society_type)
    amendment = Amendment(
        society=society, kind=kind, credit_structure=credit, base_version=base, filed_by=actor, received_on=today,
        meeting_on=meeting_on, resolution_on=resolution_on, resolution_text=resolution_text.strip(),
        members_on_register=members_on_register, attended=_fmt(sorted(set(attended_n))),
        voted_for=_fmt(for_n), voted_against=_fmt(against_n),
        employees=_fmt(sorted(employees_n)), votes_source="register" if facts is not None else "secretary",
        counted_for=count.counted_for, counted_against=count.counted_against, excluded_votes=list(count.excluded),
        president_signed=president_signed, signing_directors="\n".join(directors),
        filing_last_day=late.governing_last_day, forward_late=late.forward_late, copy_late=late.copy_late,
        old_value=old_value, new_name=new_name if kind == AmendmentKind.NAME else "",
        banking_permission=banking_permission.strip() if kind == AmendmentKind.NAME else "",
        new_address=new_address if kind == AmendmentKind.ADDRESS else "",
        moved_on=moved_on if kind == AmendmentKind.ADDRESS else None,
        decision_due_on=rules.decision_last_day(today, credit))
    amendment.save()
    amendment.resolution_copy.save(f"resolution-{amendment.pk}.pdf", resolution_copy, save=False)
    amendment.save(update_fields=["resolution_copy"])
    AmendmentClause.objects.bulk_create([
        AmendmentClause(amendment=amendment, change=c.change, heading=c.heading, number=c.number,
                        old_text=c.old_text, new_text=c.new_text, position=i) for i, c in enumerate(changes)])
    ack = order_issue(kind=ACKNOWLEDGEMENT.code, made_on=today, target=amendment, society=society,
                      subject=f"Acknowledgement: amendment of the bye-laws of {society.name}",
                      communicated_on=today, reference="portal")
    activity.record(ByeLawAction.AMENDMENT_FILED, actor=actor, society=society, target=amendment, data={
        "kind": kind, "received_on": today, "decision_due_on": amendment.decision_due_on, "credit": credit,
        "late": late.late, "filing_last_day": late.governing_last_day, "clauses": len(changes),
        "excluded_votes": list(count.excluded), "votes_source": amendment.votes_source,
        "acknowledgement": ack.number})
    return amendment


@transaction.atomic
def amendment_reply(*, actor, amendment_id: int, today: date, text: str) -> Amendment:
    """s.12(8): the society's reply within the period fixed. The Registrar's 30 days then run from the reply."""
    amendment = lock_amendment(amendment_id)
    require_secretary(actor, amendment.society)
    if amendment.state != AmendmentState.RECONSIDERATION_DIRECTED:
        raise ValidationError(NOT_RECONSIDERING)
    if today > amendment.reconsider_by:
        raise ValidationError(REPLY_LATE, params={"day": d(amendment.reconsider_by)})
    if not text.strip():
        raise ValidationError({"text": REPLY_NEEDED})
    amendment.receive_reply(on=today, text=text.strip(),
                            final_due_on=rules.decision_after_reconsideration_last_day(today, amendment.reconsider_by))
    amendment.save()
    activity.record(ByeLawAction.REPLY_RECEIVED, actor=actor, society=amendment.society, target=amendment,
                    data={"reply_on": today, "final_due_on": amendment.final_due_on})
    return amendment


@transaction.atomic
def amendment_record_address_notice(*, actor, amendment_id: int, given_on: date, today: date) -> Amendment:
    """s.68: the society records the day it gave notice of its new address (to the Registrar and the affiliating
    society)."""
    amendment = lock_amendment(amendment_id)
    require_secretary(actor, amendment.society)
    if amendment.address_notice_due_on is None:
        raise ValidationError(NOTICE_NOT_DUE)
    if amendment.address_notice_on is not None:
        raise ValidationError(NOTICE_ALREADY, params={"day": d(amendment.address_notice_on)})
    if given_on > today:
        raise ValidationError({"given_on": NOTICE_IN_FUTURE})
    if given_on < amendment.decided_on:
        raise ValidationError({"given_on": ValidationError(NOTICE_BEFORE_REGISTRATION,
                                                           params={"day": d(amendment.decided_on)})})
    amendment.address_notice_on = given_on
    amendment.save(update_fields=["address_notice_on"])
    activity.record(ByeLawAction.ADDRESS_NOTICE_GIVEN, actor=actor, society=amendment.society, target=amendment,
                    data={"given_on": given_on, "due_on": amendment.address_notice_due_on,
                          "late": given_on > amendment.address_notice_due_on})
    return amendment
