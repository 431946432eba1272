"""Payments on a certificate (rows of the dues ledger, with a receipt), instalments, distraint of crop."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from dues.models import Due, Payment
from dues.rules import to_paise
from dues.selectors import with_balances
from dues.services import payment_record
from orders.services import order_issue
from registrar import activity, bounds
from registrar.l10n import money
from registrar.numbering import next_number

from .. import orders, permissions, rules
from ..actions import RecoveryAction
from ..models import Certificate, CertState, Distraint, Instalment

NOT_PAYABLE = _("This certificate is %(state)s: no payment can be received on it.")
NOT_SERVED_YET = _("The certificate must be served before payment is received on it.")
OVERPAID = _("This is more than is owed: the balance on %(day)s is ₹%(balance)s.")
AMOUNT_NOT_POSITIVE = _("Enter an amount of more than ₹0.")
PAID_IN_FUTURE = _("A payment cannot be dated after today.")
INSTALMENTS_EXIST = _("Instalments are already fixed on this certificate.")
INSTALMENTS_NONE = _("Give at least one instalment.")
INSTALMENTS_TOO_MUCH = _("The instalments come to ₹%(total)s, more than the ₹%(balance)s owed.")
INSTALMENT_ORDER = _("Each instalment falls due after the one before it.")
INSTALMENT_PAID = _("Instalment %(number)s is paid: there is nothing to distrain for.")
DISTRAINT_EARLY = _("Distraint is allowed only once the instalment has been unpaid for more than 30 days "
                    "(s.102(2)(a)): from %(day)s.")
DISTRAINT_BARRED = _("Distraint is barred: twelve months from the instalment's due date ended on %(day)s "
                     "(s.102(2) proviso). Other routes of recovery remain open.")
DISTRAINT_FUTURE = _("Distraint cannot be ordered for a day after today.")
PRODUCE_NEEDED = _("Describe the crop or produce distrained.")


def _dues(certificate):
    return [d for d in (certificate.costs_due_id, certificate.due_id) if d]


@dataclass(frozen=True)
class Position:
    principal: Decimal
    interest: Decimal
    costs: Decimal
    paid: Decimal

    @property
    def balance(self):
        return self.principal + self.interest + self.costs


def certificate_position(certificate, on: date) -> Position:
    """What is owed on `on`: principal unpaid, interest to that day at the certificate's rate, costs unpaid."""
    rows = {r["pk"]: r for r in with_balances(Due.objects.filter(pk__in=_dues(certificate)), on)
            .values("pk", "principal", "paid", "interest_due", "balance")}
    main = rows[certificate.due_id]
    costs = rows.get(certificate.costs_due_id)
    return Position(principal=to_paise(main["balance"] - main["interest_due"]),
                    interest=to_paise(main["interest_due"]),
                    costs=to_paise(costs["balance"]) if costs else Decimal("0.00"),
                    paid=to_paise(sum((r["paid"] or 0) for r in rows.values())))


def paid_total(certificate, on: date) -> Decimal:
    return Payment.objects.filter(due_id__in=_dues(certificate), paid_on__lte=on).aggregate(
        s=Sum("amount"))["s"] or Decimal(0)


def _receipt_number(certificate, paid_on) -> str:
    return f"RCP/{certificate.district.code}/{paid_on.year}/{next_number('BRC', certificate.district, paid_on.year):06d}"


def certificate_pay(*, certificate_id: int, actor, amount: Decimal, paid_on: date, today: date,
                    reference: str = "") -> str:
    """Receive a payment: costs first, then interest to the day of payment, then principal (dues.rules). Returns
    the receipt number. A certificate paid in full is closed with a no-dues certificate, the claimant told."""
    with transaction.atomic():
        certificate = (Certificate.objects.select_for_update(of=("self",))
                       .select_related("district", "requisition", "order").get(pk=certificate_id))
        permissions.require_office(actor, certificate.district_id)
        if certificate.state == CertState.GRANTED:
            raise ValidationError(NOT_SERVED_YET)
        if certificate.state not in (CertState.SERVED, CertState.IN_DEFAULT):
            raise ValidationError(NOT_PAYABLE, params={"state": certificate.get_state_display().lower()})
        amount = to_paise(amount or 0)
        if amount <= 0:
            raise ValidationError({"amount": AMOUNT_NOT_POSITIVE})
        if paid_on > today:
            raise ValidationError({"paid_on": PAID_IN_FUTURE})
        position = certificate_position(certificate, paid_on)
        if amount > position.balance:
            raise ValidationError({"amount": ValidationError(OVERPAID, params={
                "day": bounds.long_date(paid_on), "balance": money(position.balance)})})
        receipt = _receipt_number(certificate, paid_on)
        to_costs = min(amount, position.costs)
        if to_costs > 0:
            payment_record(due_id=certificate.costs_due_id, actor=actor, amount=to_costs, paid_on=paid_on,
                           reference_kind=Payment.Reference.RECEIPT, reference_number=f"{receipt}-C", today=today)
        if amount - to_costs > 0:
            payment_record(due_id=certificate.due_id, actor=actor, amount=amount - to_costs, paid_on=paid_on,
                           reference_kind=Payment.Reference.RECEIPT, reference_number=receipt, today=today)
        activity.record(RecoveryAction.PAYMENT_RECEIVED, actor=actor,
                        society=certificate.requisition.debtor_society, target=certificate,
                        data={"receipt": receipt, "amount": amount, "paid_on": paid_on, "reference": reference[:80],
                              "balance_after": position.balance - amount})
        if amount == position.balance:
            _close(certificate, paid_on, actor)
    return receipt


def _close(certificate, paid_on, actor):
    from .notices import tell_claimant

    certificate.state, certificate.closed_on = CertState.PAID, paid_on
    certificate.closure = order_issue(
        kind=orders.CLOSURE.code, made_on=paid_on, district=certificate.district,
        society=certificate.requisition.debtor_society, officer=actor, target=certificate,
        subject=f"{certificate.order.number}: paid in full, no dues")
    certificate.save(update_fields=["state", "closed_on", "closure"])
    activity.record(RecoveryAction.CERTIFICATE_CLOSED, actor=actor, society=certificate.requisition.debtor_society,
                    target=certificate, data={"number": certificate.order.number, "closed_on": paid_on,
                                              "no_dues": certificate.closure.number})
    tell_claimant(certificate)


def instalments_fix(*, certificate_id: int, actor, schedule: list[tuple[date, Decimal]], today: date):
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update(of=("self",)).get(pk=certificate_id)
        permissions.require_office(actor, certificate.district_id)
        if certificate.state not in (CertState.SERVED, CertState.IN_DEFAULT):
            raise ValidationError(NOT_PAYABLE, params={"state": certificate.get_state_display().lower()})
        if certificate.instalments.exists():
            raise ValidationError(INSTALMENTS_EXIST)
        if not schedule:
            raise ValidationError(INSTALMENTS_NONE)
        days = [d for d, _a in schedule]
        if days != sorted(days) or len(set(days)) != len(days):
            raise ValidationError(INSTALMENT_ORDER)
        total = sum(to_paise(a) for _d, a in schedule)
        balance = certificate_position(certificate, today).balance
        if total > balance:
            raise ValidationError(INSTALMENTS_TOO_MUCH, params={"total": money(total), "balance": money(balance)})
        rows = [Instalment.objects.create(certificate=certificate, number=i, due_on=d, amount=to_paise(a))
                for i, (d, a) in enumerate(schedule, start=1)]
        activity.record(RecoveryAction.INSTALMENTS_FIXED, actor=actor, target=certificate,
                        data={"count": len(rows), "total": total})
    return rows


def instalment_unpaid(instalment, on: date) -> bool:
    """Unpaid on `on` when the payments so far fall short of this and the earlier instalments together."""
    through = sum(i.amount for i in instalment.certificate.instalments.all() if i.number <= instalment.number)
    return paid_total(instalment.certificate, on) < through


def distraint_order(*, instalment_id: int, actor, ordered_on: date, produce: str, today: date) -> Distraint:
    """s.102(2): distraint for an instalment unpaid more than 30 days (distraint_after_30d_unpaid), never after
    twelve months from its due date (distraint_bar_12m)."""
    with transaction.atomic():
        instalment = Instalment.objects.select_for_update().select_related(
            "certificate__district", "certificate__requisition", "certificate__order").get(pk=instalment_id)
        certificate = instalment.certificate
        permissions.require_office(actor, certificate.district_id)
        if ordered_on > today:
            raise ValidationError({"ordered_on": DISTRAINT_FUTURE})
        last = rules.distraint_last_day(instalment.due_on)
        if ordered_on > last:
            raise ValidationError(DISTRAINT_BARRED, params={"day": bounds.long_date(last)})
        first = rules.distraint_first_day(instalment.due_on)
        if ordered_on < first:
            raise ValidationError(DISTRAINT_EARLY, params={"day": bounds.long_date(first)})
        if not instalment_unpaid(instalment, ordered_on):
            raise ValidationError(INSTALMENT_PAID, params={"number": instalment.number})
        if not produce.strip():
            raise ValidationError({"produce": PRODUCE_NEEDED})
        distraint = Distraint(instalment=instalment, ordered_on=ordered_on, produce=produce.strip(),
                              ordered_by=actor)
        distraint.order = order_issue(
            kind=orders.DISTRAINT.code, made_on=ordered_on, district=certificate.district,
            society=certificate.requisition.debtor_society, officer=actor,
            subject=f"{certificate.order.number}: distraint for instalment {instalment.number}")
        distraint.save()
        distraint.order.target = distraint
        distraint.order.save(update_fields=["target_type", "target_id"])
        activity.record(RecoveryAction.DISTRAINT_ORDERED, actor=actor, target=certificate,
                        data={"instalment": instalment.number, "order": distraint.order.number})
    return distraint
