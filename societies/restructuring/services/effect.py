"""The conditions before effect and the effect of a scheme (issue 17 points 3-4; helper R2's part).

- `notice_claim_met`: a withdrawing member's share or a creditor's claim was paid (ss.13(4)(a), 14(4)(a)).
- `scheme_approve`: the Registrar's approval, an order in the register (orders.services.order_issue). For a merger
  (s.15, read with s.14(3)-(6): lifecycles.md §15 item 16) the windows are not deemed automatically
  (merger_withdrawal_option_30d is not automatic): the order records the assents of those whose window ended in
  silence, and the merger takes effect with it.
- `successor_apply`: a new society of the scheme applies for registration through the registration module (its
  own s.11 clock; it may be deemed registered). `successor_registered` (receivers.py) links the society.
- `scheme_take_effect`: every condition met (conditions.py) -> the old registrations stand cancelled and the
  societies are deemed dissolved (s.13(5), s.14(5)); members move to the successors as the scheme says. Called by
  each of the three services above once the last condition is met, so the effect is automatic
  (division_effect, amalgamation_effect: automatic), dated on the day the last condition was met.

Each service: lock the scheme (then the rows under it), check the capability and the district, change, save,
write the activity entries, in one transaction.
"""

from datetime import date
from uuid import uuid4

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Sum
from django.utils.translation import gettext_lazy as _

from membership import register
from membership.models import AdmissionBasis, CessationCause, Member, ShareLedgerEntry
from orders.services import order_issue
from registrar import activity
from registrar.capabilities import Act, may
from societies.models import Society

from .. import conditions as checklist
from ..actions_effect import EffectAction
from ..assignment import member_successors, successor_for
from ..models import OptionState, SchemeKind, SchemeNotice, SchemeRole, SchemeSociety, SchemeState
from ..orders import APPROVAL, SECTIONS
from .common import d, lock_scheme

NOT_ALLOWED = _("You may not do this for a scheme outside your jurisdiction or rank.")
SCHEME_CLOSED = _("This scheme is no longer open (%(state)s).")
NOT_WITHDRAWING = _("Only a member or creditor who opted to withdraw is paid under the scheme.")
ALREADY_PAID = _("This payment is already recorded (paid on %(day)s).")
PAID_IN_FUTURE = _("The date of payment cannot be after today.")
PAID_BEFORE_OPTION = _("The date of payment cannot be before the option to withdraw (%(day)s).")
REFERENCE_NEEDED = _("Give the voucher, cheque or transfer reference of the payment.")
NOT_READY_FOR_APPROVAL = _("The scheme cannot be approved yet: %(missing)s.")
ALREADY_APPROVED = _("The scheme is already approved by order %(number)s.")
NOT_READY = _("The scheme cannot take effect yet: %(missing)s.")
NOT_A_NEW_SOCIETY = _("Only a new society of the scheme applies for registration.")
ALREADY_APPLIED = _("This new society's application is already entered (%(number)s).")
RECEIVED_BEFORE_RESOLUTION = _("The application cannot be received before the special resolution (%(day)s).")

TRANSITION = {SchemeKind.DIVISION: "divided", SchemeKind.AMALGAMATION: "amalgamated",
              SchemeKind.MERGER: "merged_out"}


def _require(actor, act: Act, scheme) -> None:
    if not may(actor, act, scheme.district_id):
        raise PermissionDenied(NOT_ALLOWED)


def _require_open(scheme) -> None:
    if not checklist.scheme_is_open(scheme):
        raise ValidationError(SCHEME_CLOSED, params={"state": scheme.get_state_display()})


def _missing_text(found) -> str:
    return "; ".join(str(c.label) + (f" ({c.detail})" if c.detail else "") for c in found)


# ---- ss.13(4)(a), 14(4)(a): the withdrawing members' and creditors' claims --------------------------------

@transaction.atomic
def notice_claim_met(*, notice_id: int, actor, paid_on: date, reference: str, today: date) -> SchemeNotice:
    scheme_id = SchemeNotice.objects.values_list("scheme_id", flat=True).get(pk=notice_id)
    scheme = lock_scheme(scheme_id)
    _require(actor, Act.RECORD_SCHEME_PAYMENT, scheme)
    _require_open(scheme)
    notice = SchemeNotice.objects.select_for_update().get(pk=notice_id)
    if notice.option != OptionState.WITHDRAWING:
        raise ValidationError(NOT_WITHDRAWING)
    if notice.claim_met_on is not None:
        raise ValidationError(ALREADY_PAID, params={"day": d(notice.claim_met_on)})
    if paid_on > today:
        raise ValidationError({"paid_on": PAID_IN_FUTURE})
    if notice.option_on and paid_on < notice.option_on:
        raise ValidationError({"paid_on": ValidationError(PAID_BEFORE_OPTION, params={"day": d(notice.option_on)})})
    reference = (reference or "").strip()
    if not reference:
        raise ValidationError({"reference": REFERENCE_NEEDED})
    notice.claim_met_on = paid_on
    notice.save(update_fields=["claim_met_on"])
    activity.record(EffectAction.CLAIM_MET, actor=actor, society=notice.transferor.society, target=scheme,
                    data={"notice": notice.pk, "name": notice.name, "recipient": notice.recipient,
                          "amount": notice.amount, "paid_on": paid_on, "reference": reference[:120]})
    effect_if_ready(scheme, today=today, actor=actor)
    return notice


# ---- the Registrar's approval: an order ------------------------------------------------------------------

def _record_merger_assents(scheme, notices, today: date) -> int:
    """s.15 by analogy with s.14(3): the windows that ended in silence are recorded as assent by the approval
    order, dated the day after each person's last day (the approval order's activity entry counts them)."""
    count = 0
    for notice in notices:
        if notice.option == OptionState.OPEN and notice.window_ends_on and notice.window_ends_on < today:
            notice.option = OptionState.DEEMED_ASSENT
            notice.option_on = checklist.next_day(notice.window_ends_on)
            notice.save(update_fields=["option", "option_on"])
            count += 1
    return count


@transaction.atomic
def scheme_approve(*, scheme_id: int, actor, today: date, remarks: str = ""):
    """ss.13(4)(b), 14(4)(b): the Registrar approves the scheme once every window has closed (and, for a merger,
    every claim is met: it takes effect on this order)."""
    scheme = lock_scheme(scheme_id)
    _require(actor, Act.APPROVE_RESTRUCTURING, scheme)
    _require_open(scheme)
    if scheme.approval_order_id:
        raise ValidationError(ALREADY_APPROVED, params={"number": scheme.approval_order.number})
    loaded = checklist.load(scheme)
    blocking = checklist.missing(checklist.conditions(scheme, today, loaded=loaded), for_approval=True)
    if blocking:
        raise ValidationError(NOT_READY_FOR_APPROVAL, params={"missing": _missing_text(blocking)})
    assents = 0
    if scheme.kind == SchemeKind.MERGER:
        assents = _record_merger_assents(scheme, loaded[1], today)
    if scheme.state == SchemeState.NOTICES:
        # Every window has closed (checked above); a merger's never closes by itself.
        scheme.windows_closed()
    section, rule_id = SECTIONS[scheme.kind]
    order = order_issue(kind=APPROVAL.code, made_on=today, target=scheme, society=scheme.society,
                        district=scheme.district, officer=actor, section=section, rule_id=rule_id,
                        subject=f"Approval of the scheme of {scheme.get_kind_display()}: {scheme.society.name}")
    if scheme.bank_sanction_on:
        # s.111(5): an order amalgamating a bank made with the Reserve Bank's sanction is not appealable.
        order.rbi_sanctioned = True
        order.save(update_fields=["rbi_sanctioned"])
    scheme.approval_order = order
    scheme.approve()
    scheme.save()
    activity.record(EffectAction.SCHEME_APPROVED, actor=actor, society=scheme.society, target=scheme,
                    data={"order": order.number, "made_on": today, "kind": scheme.kind,
                          "assents_recorded": assents, "remarks": remarks.strip()[:500]})
    effect_if_ready(scheme, today=today, actor=actor)
    return scheme


# ---- the successors' registrations (s.11 through the registration module) ---------------------------------

@transaction.atomic
def successor_apply(*, party_id: int, actor, today: date, received_on: date, society_type: str, address: str,
                    area_of_operation: str, authorised_share_capital, chief_promoter_name: str,
                    applicant_name: str, applicant_email: str = ""):
    """A new society of the scheme applies for registration: entered as a paper application (it has its own
    60-day clock from `received_on` and may be deemed registered under s.11); linked to the scheme."""
    from societies.registration.services.filing import application_receive_paper

    scheme_id = SchemeSociety.objects.values_list("scheme_id", flat=True).get(pk=party_id)
    scheme = lock_scheme(scheme_id)
    _require_open(scheme)
    party = SchemeSociety.objects.select_for_update().get(pk=party_id)
    if party.role != SchemeRole.NEW_SUCCESSOR:
        raise ValidationError(NOT_A_NEW_SOCIETY)
    if party.application_id:
        raise ValidationError(ALREADY_APPLIED, params={"number": party.application.acknowledgement_number})
    if received_on < scheme.resolution_on:
        raise ValidationError({"received_on": ValidationError(RECEIVED_BEFORE_RESOLUTION,
                                                              params={"day": d(scheme.resolution_on)})})
    # The registration module checks the officer's rank and district and the name; its clock starts here.
    application = application_receive_paper(
        actor=actor, district=scheme.district, received_on=received_on, today=today,
        proposed_name=party.proposed_name, society_type=society_type, address=address,
        area_of_operation=area_of_operation, authorised_share_capital=authorised_share_capital,
        chief_promoter_name=chief_promoter_name, applicant_name=applicant_name, applicant_email=applicant_email)
    party.application = application
    party.save(update_fields=["application"])
    activity.record(EffectAction.SUCCESSOR_APPLIED, actor=actor, society=scheme.society, target=scheme,
                    data={"party": party.pk, "name": party.proposed_name,
                          "acknowledgement_number": application.acknowledgement_number,
                          "decision_due_on": application.decision_due_on})
    return application


def successor_registered(*, application, society, on: date, today: date | None = None) -> SchemeSociety | None:
    """Inside the registration's transaction (registered, or deemed registered on its legal day): the new society
    of a scheme is linked, and the scheme takes effect if that was the last condition."""
    scheme_id = (SchemeSociety.objects.filter(application_id=application.pk)
                 .values_list("scheme_id", flat=True).first())
    if scheme_id is None:
        return None
    scheme = lock_scheme(scheme_id)
    party = SchemeSociety.objects.select_for_update().get(application_id=application.pk)
    party.society = society
    party.save(update_fields=["society"])
    activity.record(EffectAction.SUCCESSOR_REGISTERED, actor=None, society=society, target=scheme,
                    data={"scheme": scheme.pk, "registration_number": society.registration_number,
                          "registered_on": on, "deemed": society.registration_kind == "deemed"})
    if checklist.scheme_is_open(scheme):
        effect_if_ready(scheme, today=max(today or on, on), actor=None)
    return party


# ---- the effect -----------------------------------------------------------------------------------------

def effect_if_ready(scheme, *, today: date, actor) -> bool:
    """Apply the effect when every condition is met (the scheme is locked by the caller)."""
    if scheme.state not in (SchemeState.CONDITIONS, SchemeState.APPROVED):
        return False
    loaded = checklist.load(scheme)
    found = checklist.conditions(scheme, today, loaded=loaded)
    if checklist.missing(found):
        return False
    _take_effect(scheme, found, loaded, today=today, actor=actor)
    return True


@transaction.atomic
def scheme_take_effect(*, scheme_id: int, actor, today: date):
    """The officer's button for the same effect (normally applied by the service that met the last condition)."""
    scheme = lock_scheme(scheme_id)
    _require(actor, Act.APPROVE_RESTRUCTURING, scheme)
    _require_open(scheme)
    loaded = checklist.load(scheme)
    found = checklist.conditions(scheme, today, loaded=loaded)
    blocking = checklist.missing(found)
    if blocking or scheme.state not in (SchemeState.CONDITIONS, SchemeState.APPROVED):
        raise ValidationError(NOT_READY, params={"missing": _missing_text(blocking) or scheme.get_state_display()})
    _take_effect(scheme, found, loaded, today=today, actor=actor)
    return scheme


def _next_number(society) -> int:
    return (Member.objects.filter(society=society).aggregate(top=Max("number"))["top"] or 0) + 1


def _move_members(scheme, parties, notices, on: date, actor) -> dict:
    """Members go to the successors as the scheme says: each old entry ceases (transferred, or withdrew and was
    paid) and a new entry opens in the successor's register with the basis "transferred under the scheme"."""
    mapping, _problems = member_successors(scheme, parties)
    ledger: list[ShareLedgerEntry] = []
    by_member = {n.member_id: n for n in notices if n.member_id}
    transferor_ids = [p.society_id for p in parties if p.role == SchemeRole.TRANSFEROR]
    successors = {p.society_id: p for p in parties if p.role != SchemeRole.TRANSFEROR}
    locked = {pk: Society.objects.select_for_update(of=("self",)).get(pk=pk) for pk in sorted(successors)}
    numbers = {pk: _next_number(society) for pk, society in locked.items()}
    moved = dict.fromkeys(successors, 0)
    withdrawn = 0
    members = list(Member.objects.select_for_update(of=("self",)).select_related("person", "society")
                   .filter(society_id__in=transferor_ids, ceased_on__isnull=True).order_by("society_id", "number"))
    # Each member's holding (the ledger is the register's only record of shares): one query for all of them.
    holdings = {row["member_id"]: row for row in ShareLedgerEntry.objects.filter(member__in=members)
                .values("member_id").annotate(shares=Sum("shares"), value=Sum("value"))}
    for member in members:
        notice = by_member.get(member.pk)
        if notice is not None and notice.option == OptionState.WITHDRAWING:
            register.entry_change(member, on=on, recorded_by=actor, ceased_on=on,
                                  cessation_cause=CessationCause.SCHEME_WITHDRAWAL,
                                  cessation_note=f"Share paid on {notice.claim_met_on:%d %b %Y}"[:200])
            withdrawn += 1
            _refund(ledger, member, holdings.get(member.pk), on, notice, actor)
            continue
        party = successor_for(mapping, member.society_id, member.number)
        target = locked[party.society_id]
        register.entry_change(member, on=on, recorded_by=actor, ceased_on=on,
                              cessation_cause=CessationCause.SCHEME_TRANSFER,
                              cessation_note=f"To {target.name} ({target.registration_number})"[:200])
        entry = Member(society=target, number=numbers[target.pk], person=member.person, admitted_on=on,
                       admission_basis=AdmissionBasis.SCHEME_TRANSFER, category=member.category,
                       occupation=member.occupation, member_class=member.member_class,
                       is_employee=member.is_employee, voting_pending=member.voting_pending,
                       admission_resolution_ref=f"{member.society.registration_number} No. {member.number}"[:60])
        register.entry_open(entry, recorded_by=actor)
        _carry(ledger, member, entry, holdings.get(member.pk), on, actor)
        numbers[target.pk] += 1
        moved[target.pk] += 1
    ShareLedgerEntry.objects.bulk_create(ledger)
    return {"moved": moved, "withdrawn": withdrawn}


def _carry(ledger, old, new, holding, on, actor) -> None:
    """The member's shares go with them: out of the old register's entry, into the successor's, as one transfer
    (two entries sharing a key, each naming the other)."""
    if not holding or holding["shares"] <= 0:
        return
    key = uuid4()
    reference = f"Transferred under the scheme ({old.society.registration_number} No. {old.number})"[:80]
    ledger += [
        ShareLedgerEntry(society_id=old.society_id, member=old, on=on, kind=ShareLedgerEntry.Kind.TRANSFER_OUT,
                         shares=-holding["shares"], value=-holding["value"], counterpart=new, transfer_key=key,
                         reference=reference, recorded_by=actor),
        ShareLedgerEntry(society_id=new.society_id, member=new, on=on, kind=ShareLedgerEntry.Kind.TRANSFER_IN,
                         shares=holding["shares"], value=holding["value"], counterpart=old, transfer_key=key,
                         reference=reference, recorded_by=actor)]


def _refund(ledger, member, holding, on, notice, actor) -> None:
    """A member who withdrew was paid their share (claim_met_on): the holding is refunded out of the register."""
    if not holding or holding["shares"] <= 0:
        return
    ledger.append(ShareLedgerEntry(
        society_id=member.society_id, member=member, on=on, kind=ShareLedgerEntry.Kind.REFUND,
        shares=-holding["shares"], value=-holding["value"],
        reference=f"Share paid under the scheme on {notice.claim_met_on:%d %b %Y}"[:80], recorded_by=actor))


def _take_effect(scheme, found, loaded, *, today: date, actor) -> None:
    parties, notices = loaded
    on = checklist.effect_date(found) or today
    successors = [p.society for p in parties if p.role != SchemeRole.TRANSFEROR]
    listed = [{"registration_number": s.registration_number, "name": s.name} for s in successors]
    counts = _move_members(scheme, parties, notices, on, actor)
    for party in sorted((p for p in parties if p.role == SchemeRole.TRANSFEROR), key=lambda p: p.society_id):
        society = Society.objects.select_for_update(of=("self",)).get(pk=party.society_id)
        # s.13(5), s.14(5): the registration stands cancelled; the society is deemed dissolved; its name is
        # deleted from the register (it stays findable in the public register, marked with this status).
        getattr(society, TRANSITION[scheme.kind])()
        society.save(update_fields=["legal_status"])
        activity.record(EffectAction.SOCIETY_RESTRUCTURED, actor=actor, society=society, target=scheme,
                        data={"kind": scheme.kind, "effective_on": on, "successors": listed,
                              "order": scheme.approval_order.number})
    scheme.take_effect()
    scheme.effective_on = on
    scheme.save()
    activity.record(EffectAction.SCHEME_TOOK_EFFECT, actor=actor, society=scheme.society, target=scheme,
                    data={"kind": scheme.kind, "effective_on": on, "applied_on": today, "successors": listed,
                          "members_moved": {str(k): v for k, v in counts["moved"].items()},
                          "members_withdrawn": counts["withdrawn"]})
