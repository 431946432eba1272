"""Writing the dues ledger: raising a due and recording a payment. Each locks, checks `may(user, RECORD_DUES,
district)`, validates, saves and writes one activity entry, in one transaction."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from orders.models import Order
from orders.services import order_issue
from registrar import activity, bounds
from registrar.capabilities import Act, may
from registrar.l10n import ascii_digits, money
from registrar.models import District
from societies.models import Society

from .actions import DueAction
from .models import Due, Payment
from .orders import DEMAND
from .rules import KIND_RULES, to_paise
from .selectors import with_balances

NOT_ALLOWED = _("Only the ARCS of the district or an officer above may record dues here.")
AMOUNT_NOT_POSITIVE = _("Enter an amount of more than ₹0.")
DUE_BY_BEFORE_RAISED = _("The last day to pay cannot be before the day the due is raised.")
NO_DEBTOR = _("Name who owes this: the society, a portal user, or a person with their address.")
ADDRESS_NEEDED = _("Give the address of the person who owes this.")
CLAIMANT_NEEDED = _("Name the claimant the amount is payable to.")
ORDER_NOT_FOUND = _("No order numbered %(number)s is in the register for this society.")
ORDER_NEEDED = _("A liquidator's call needs the liquidator's decision: give its number in the register.")
FEE_HAS_NO_INTEREST = _("A fee paid on filing carries no interest.")
INTEREST_INCOMPLETE = _("Give both the rate of interest and the date it runs from, or neither.")
INTEREST_RATE_BOUNDS = _("The rate of interest is a percentage a year: more than 0 and at most 100.")
PAID_BEFORE_RAISED = _("A payment cannot be dated before the due was raised (%(day)s).")
PAID_BEFORE_LAST = _("A payment cannot be dated before the last payment recorded against this due (%(day)s).")
OVERPAYMENT = _("This is more than is owed: the balance on %(day)s is ₹%(balance)s.")
NOTHING_OWED = _("Nothing is owed on this due.")
DUPLICATE_REFERENCE = _("A payment with this %(kind)s number is already recorded.")
REFERENCE_NEEDED = _("Give the challan or receipt number.")


def _check(actor, district_id: int) -> None:
    if not may(actor, Act.RECORD_DUES, district_id):
        raise PermissionDenied(NOT_ALLOWED)


def due_raise(*, actor, kind: str, principal: Decimal, raised_on: date, due_by: date, today: date,
              society_id: int | None = None, person_user=None, person_name: str = "", person_address: str = "",
              district_id: int | None = None, claimant_name: str = "", claimant_society_id: int | None = None,
              order_number: str = "", interest_rate: Decimal | None = None, interest_from: date | None = None,
              note: str = "") -> Due:
    """Enter a due in the ledger. A fee on filing needs no order; any other due rests on its source order: the
    order named by `order_number` (in the register, about the same society), or — when none is named and the
    office itself demands this kind — an order demanding the due, issued here (dues.orders.DEMAND)."""
    rule = KIND_RULES[kind]
    person_name, person_address = person_name.strip(), person_address.strip()
    claimant_name, order_number = claimant_name.strip(), order_number.strip()
    with transaction.atomic():
        society = None
        if society_id is not None:
            society = Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)
            district_id = society.district_id
        if district_id is None:
            raise ValidationError(NO_DEBTOR)
        _check(actor, district_id)
        errors: dict[str, list] = {}

        def error(field, message, **params):
            errors.setdefault(field, []).append(ValidationError(message, params=params or None))

        principal = to_paise(principal) if principal is not None else None
        if principal is None or principal <= 0:
            error("principal", AMOUNT_NOT_POSITIVE)
        try:
            bounds.check_act_date(raised_on, today=today)
        except ValidationError as exc:
            errors.setdefault("raised_on", []).append(exc)
        if due_by < raised_on:
            error("due_by", DUE_BY_BEFORE_RAISED)
        if society is None and person_user is None and not person_name:
            error("__all__", NO_DEBTOR)
        if person_name and not person_address:
            error("person_address", ADDRESS_NEEDED)
        claimant_society = None
        if claimant_society_id is not None:
            claimant_society = Society.objects.get(pk=claimant_society_id)
            claimant_name = claimant_name or claimant_society.name
        elif rule.to_society and not claimant_name and society is not None:
            claimant_society, claimant_name = society, society.name
        creditor = Due.Creditor.CLAIMANT if claimant_name else Due.Creditor.OFFICE
        if rule.to_society and creditor == Due.Creditor.OFFICE:
            error("claimant_name", CLAIMANT_NEEDED)
        if (interest_rate is None) != (interest_from is None):
            error("interest_rate", INTEREST_INCOMPLETE)
        elif interest_rate is not None:
            if rule.on_filing:
                error("interest_rate", FEE_HAS_NO_INTEREST)
            elif not Decimal(0) < interest_rate <= Decimal(100):
                error("interest_rate", INTEREST_RATE_BOUNDS)
        order = None
        if order_number and not rule.on_filing:
            order = Order.objects.filter(number=order_number, district_id=district_id).first()
            if order is None or (society is not None and order.society_id not in (None, society.pk)):
                error("order_number", ORDER_NOT_FOUND, number=order_number)
        elif not rule.on_filing and not rule.office_demands:
            error("order_number", ORDER_NEEDED)
        if errors:
            raise ValidationError(errors)

        due = Due(society=society, person_user=person_user, person_name=person_name, person_address=person_address,
                  district_id=district_id, creditor=creditor, claimant_name=claimant_name,
                  claimant_society=claimant_society, kind=kind, section=rule.section, rule_id=rule.rule_id,
                  principal=principal, interest_rate=interest_rate, interest_from=interest_from,
                  raised_on=raised_on, due_by=due_by, note=note.strip(), raised_by=actor)
        issued = order is None and not rule.on_filing
        if issued:
            order = order_issue(kind=DEMAND.code, made_on=raised_on, society=society,
                                district=District.objects.get(pk=district_id), officer=actor,
                                section=rule.section, rule_id=rule.rule_id,
                                subject=f"{due.get_kind_display()}: ₹{ascii_digits(money(principal))} — {due.debtor_label}")
        due.order = order
        due.full_clean(exclude=["society", "person_user", "district", "claimant_society", "order", "raised_by"])
        due.save()
        if issued:
            order.target = due
            order.save(update_fields=["target_type", "target_id"])
        activity.record(DueAction.RAISED, actor=actor, society=society, target=due, data={
            "kind": kind, "principal": principal, "raised_on": raised_on, "due_by": due_by,
            "order": order.number if order else "", "debtor": due.debtor_label, "payable_to": due.creditor_label,
            "interest_rate": interest_rate, "interest_from": interest_from})
    return due


def payment_record(*, due_id: int, actor, amount: Decimal, paid_on: date, reference_kind: str,
                   reference_number: str, today: date) -> Payment:
    """Record a payment against a due. The due's row is locked first, so two payments at once are checked one
    after the other against the balance: together they can never pay more than is owed. The part applied to
    accrued interest is fixed here (dues.rules: interest first)."""
    reference_number = " ".join((reference_number or "").split()).upper()
    with transaction.atomic():
        due = Due.objects.select_for_update(of=("self",)).get(pk=due_id)
        _check(actor, due.district_id)
        errors: dict[str, list] = {}

        def error(field, message, **params):
            errors.setdefault(field, []).append(ValidationError(message, params=params or None))

        amount = to_paise(amount) if amount is not None else None
        if amount is None or amount <= 0:
            error("amount", AMOUNT_NOT_POSITIVE)
        try:
            bounds.check_act_date(paid_on, today=today)
        except ValidationError as exc:
            errors.setdefault("paid_on", []).append(exc)
        if paid_on < due.raised_on:
            error("paid_on", PAID_BEFORE_RAISED, day=bounds.long_date(due.raised_on))
        last = due.payments.order_by("-paid_on").values_list("paid_on", flat=True).first()
        if last is not None and paid_on < last:
            error("paid_on", PAID_BEFORE_LAST, day=bounds.long_date(last))
        if not reference_number:
            error("reference_number", REFERENCE_NEEDED)
        elif Payment.objects.filter(reference_kind=reference_kind, reference_number=reference_number).exists():
            error("reference_number", DUPLICATE_REFERENCE,
                  kind=Payment.Reference(reference_kind).label)
        if errors:
            raise ValidationError(errors)
        position = {k: to_paise(v) for k, v in with_balances(Due.objects.filter(pk=due.pk), paid_on)
                    .values("balance", "interest_due").get().items()}
        if position["balance"] <= 0:
            raise ValidationError({"amount": NOTHING_OWED})
        if amount > position["balance"]:
            raise ValidationError({"amount": ValidationError(OVERPAYMENT, params={
                "day": bounds.long_date(paid_on), "balance": money(position['balance'])})})
        interest_part = min(amount, max(position["interest_due"], Decimal(0)))
        payment = Payment(due=due, amount=amount, interest_part=interest_part, paid_on=paid_on, reference_kind=reference_kind, reference_number=reference_number,
                          recorded_by=actor)
        payment.full_clean(exclude=["due", "recorded_by"], validate_constraints=False)
        try:
            with transaction.atomic():
                payment.save()
        except IntegrityError:  # the same reference recorded at the same moment by someone else
            if not Payment.objects.filter(reference_kind=reference_kind, reference_number=reference_number).exists():
                raise
            raise ValidationError({"reference_number": ValidationError(
                DUPLICATE_REFERENCE, params={"kind": Payment.Reference(reference_kind).label})}) from None
        activity.record(DueAction.PAYMENT_RECORDED, actor=actor, society=due.society, target=due, data={
            "amount": amount, "paid_on": paid_on, "reference_kind": reference_kind,
            "reference_number": reference_number, "interest_part": interest_part,
            "balance_after": position["balance"] - amount})
    return payment
