"""Contributories and calls (ss.4(4), 28, 58; issue 21 point 3).

contributories_list makes the list from the register of members as it stood on the day of the s.94
cancellation order (liquidation.workspace_rules.contributory_liability); running it again adds entries the
register has gained since (a cessation entered late) and never removes one already called. A call is a due in the
ledger (dues.Due, kind liquidator_call, payable to the society) resting on the liquidator's decision, an order in
the register (workspace_orders.CALL); unpaid, the due's own page sends it for a demand certificate (recovery)."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from dues.actions import DueAction
from dues.models import Due
from dues.rules import KIND_RULES, DueKind, to_paise
from membership.models import Member
from orders.services import order_issue
from registrar import activity
from registrar.l10n import ascii_digits, money

from .. import workspace_rules as rules
from ..models import Call, Contributory, WindingUp
from ..workspace_access import require_liquidator
from ..workspace_actions import WorkspaceAction
from ..workspace_orders import CALL
from .workspace import require_not_paused

NO_ORDER = _("The list of contributories is made from the cancellation order's date: there is no order yet.")
AMOUNT_NOT_POSITIVE = _("Enter an amount of more than ₹0.")
CALL_IN_FUTURE = _("A call cannot be dated after today.")
DUE_BY_BEFORE_CALL = _("The last day to pay cannot be before the call.")
LIABILITY_ENDED = _("%(name)s's liability under s.28 ended on %(day)s (five years from the cessation): no call "
                    "can be made now.")


def _case(actor, winding_up_id: int) -> WindingUp:
    case = (WindingUp.objects.select_for_update(of=("self",)).select_related("society", "cancellation_order")
            .get(pk=winding_up_id))
    require_liquidator(actor, case)
    return case


def order_day(case: WindingUp) -> date | None:
    return case.cancellation_order.made_on if case.cancellation_order_id else None


def contributories_list(*, actor, winding_up_id: int, today: date) -> int:
    """Enter every contributory from the register of members; returns how many were added."""
    with transaction.atomic():
        case = _case(actor, winding_up_id)
        made_on = order_day(case)
        if made_on is None:
            raise ValidationError(NO_ORDER)
        have = set(Contributory.objects.filter(winding_up=case).values_list("member_id", flat=True))
        # Entries admitted by the order's day; the register's (society, ceased_on) index serves the filter.
        members = (Member.objects.filter(society=case.society, admitted_on__lte=made_on)
                   .select_related("person").order_by("number"))
        new = []
        for member in members:
            if member.pk in have:
                continue
            liability = rules.contributory_liability(member.ceased_on, made_on)
            if liability is None:
                continue
            new.append(Contributory(winding_up=case, member=member, name=member.person.name,
                                    address=member.person.address, basis=liability.basis,
                                    ceased_on=member.ceased_on if liability.basis != rules.CURRENT else None,
                                    cessation_cause=member.cessation_cause if liability.basis != rules.CURRENT else "",
                                    liable_until=liability.until))
        Contributory.objects.bulk_create(new)
        activity.record(WorkspaceAction.CONTRIBUTORIES_LISTED, actor=actor, society=case.society, target=case,
                        data={"added": len(new), "order_made_on": made_on})
    return len(new)


def call_make(*, actor, contributory_id: int, amount: Decimal, called_on: date, due_by: date, today: date,
              note: str = "") -> Call:
    """The liquidator's call on one contributory: his decision in the register of orders and the due in the
    ledger, payable to the society in liquidation."""
    with transaction.atomic():
        contributory = (Contributory.objects.select_for_update(of=("self",))
                        .select_related("winding_up__society__district", "member").get(pk=contributory_id))
        case = contributory.winding_up
        require_liquidator(actor, case)
        require_not_paused(case, today)
        errors: dict[str, list] = {}
        amount = to_paise(amount) if amount is not None else None
        if amount is None or amount <= 0:
            errors.setdefault("amount", []).append(ValidationError(AMOUNT_NOT_POSITIVE))
        if called_on > today:
            errors.setdefault("called_on", []).append(ValidationError(CALL_IN_FUTURE))
        if due_by < called_on:
            errors.setdefault("due_by", []).append(ValidationError(DUE_BY_BEFORE_CALL))
        if not rules.may_call_on(contributory.liable_until, called_on):
            errors.setdefault("__all__", []).append(ValidationError(LIABILITY_ENDED, params={
                "name": contributory.name, "day": f"{contributory.liable_until:%d-%m-%Y}"}))
        if errors:
            raise ValidationError(errors)
        society = case.society
        order = order_issue(kind=CALL.code, made_on=called_on, society=society, officer=actor, target=contributory,
                            subject=f"Call of ₹{ascii_digits(money(amount))} on {contributory.name}"
                                    f" (member No. {contributory.member.number})")
        rule = KIND_RULES[DueKind.LIQUIDATOR_CALL]
        due = Due(society=None, person_name=contributory.name[:200],
                  person_address=contributory.address or society.address, district_id=society.district_id,
                  creditor=Due.Creditor.CLAIMANT, claimant_name=society.name[:200], claimant_society=society,
                  kind=DueKind.LIQUIDATOR_CALL, section=rule.section, rule_id=rule.rule_id, principal=amount,
                  raised_on=called_on, due_by=due_by, note=note.strip(), raised_by=actor, order=order)
        due.full_clean(exclude=["society", "person_user", "district", "claimant_society", "order", "raised_by"])
        due.save()
        call = Call.objects.create(contributory=contributory, amount=amount, called_on=called_on, due=due,
                                   order=order)
        activity.record(DueAction.RAISED, actor=actor, society=society, target=due, data={
            "kind": due.kind, "principal": amount, "raised_on": called_on, "due_by": due_by, "order": order.number,
            "debtor": due.debtor_label, "payable_to": due.creditor_label, "interest_rate": None,
            "interest_from": None})
        activity.record(WorkspaceAction.CALL_MADE, actor=actor, society=society, target=call, data={
            "contributory": contributory.name, "member": contributory.member.number, "amount": amount,
            "order": order.number, "due": due.pk})
    return call
