"""The dues the Act knows, as data and pure functions (no database, no clock).

Each kind cites its section and rules.yaml id:
- registration fee: s.17(1), s.10(1)(e); registration_fee_1pct — paid with the application (a fee on filing).
- amendment fee: s.12 (fee on filing an amendment of the bye-laws; the amount is the Rules', not the Act's).
- audit fee: s.81(3), s.82; audit_fee_deemed_dues — "deemed to be outstanding dues from the society", with the
  cost of writing up incomplete accounts (s.82); due on assessment, by the officer's order.
- inquiry or inspection costs: s.89(1), s.89(4); inquiry_inspection_cost_recovery — apportioned by an order after
  hearing, recoverable "in the manner of realization of audit fees or through a Cooperative Demand Certificate".
- surcharge: s.103(1), s.103(4); surcharge_lookback_4y — an award against a person, payable to the society.
- liquidator's call: ss.4(4), 28, 58 (contributions in winding up); the liquidator's decision, payable to the
  society in liquidation.
- copy fee: s.87(6); inquiry_report_copy_on_fee — paid by a member with the request for a copy.

Interest. rules.yaml records no statutory rate of interest for any of these dues (grep 'interest': none is about
dues), so the portal never adds interest by default. An interest basis (rate per annum and the date it runs
from) is a term of the source order when the order fixes one; a fee on filing has no order and carries none.
Interest is simple, on the principal still unpaid, for each day after `interest_from` (the trigger day is
excluded, as everywhere in the statute engine) up to and including the day asked about; a year is 365 days.
A payment is applied to the interest accrued on the day it is paid first, then to the principal (the usual rule
of appropriation when the order says nothing else): so interest stops once the principal is paid.
"""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

PAISE = Decimal("0.01")
DAYS_IN_YEAR = 365


class DueKind(models.TextChoices):
    REGISTRATION_FEE = "registration_fee", _("Registration fee")
    AMENDMENT_FEE = "amendment_fee", _("Amendment fee")
    AUDIT_FEE = "audit_fee", _("Audit fee (deemed dues, s.81(3))")
    INQUIRY_COSTS = "inquiry_costs", _("Cost of inquiry or inspection (s.89)")
    SURCHARGE = "surcharge", _("Surcharge (s.103)")
    LIQUIDATOR_CALL = "liquidator_call", _("Liquidator's call on a contributory")
    COPY_FEE = "copy_fee", _("Copy fee (s.87(6))")
    OTHER = "other", _("Other dues")


@dataclass(frozen=True)
class KindRule:
    section: str
    rule_id: str
    on_filing: bool = False        # a fee paid with a filing: no source order, no interest
    office_demands: bool = True    # False: the source order is someone else's (the liquidator's decision)
    to_society: bool = False       # payable to the society (surcharge, a liquidator's call), not to the office


KIND_RULES: dict[str, KindRule] = {
    DueKind.REGISTRATION_FEE: KindRule("17(1), 10(1)(e)", "registration_fee_1pct", on_filing=True),
    DueKind.AMENDMENT_FEE: KindRule("12", "", on_filing=True),
    DueKind.AUDIT_FEE: KindRule("81(3), 82", "audit_fee_deemed_dues"),
    DueKind.INQUIRY_COSTS: KindRule("89(1), 89(4)", "inquiry_inspection_cost_recovery"),
    DueKind.SURCHARGE: KindRule("103(1), 103(4)", "surcharge_lookback_4y", to_society=True),
    DueKind.LIQUIDATOR_CALL: KindRule("4(4), 28, 58", "dissolution_past_member_liability_2y", office_demands=False,
                                      to_society=True),
    DueKind.COPY_FEE: KindRule("87(6)", "inquiry_report_copy_on_fee", on_filing=True),
    DueKind.OTHER: KindRule("", ""),
}
FILING_KINDS = tuple(k for k, rule in KIND_RULES.items() if rule.on_filing)


def to_paise(amount: Decimal) -> Decimal:
    return Decimal(amount).quantize(PAISE, rounding=ROUND_HALF_UP)


def interest_days(interest_from: date | None, since: date | None, on: date) -> int:
    """Days of interest up to and including `on`, counted after the later of `interest_from` and `since`."""
    if interest_from is None:
        return 0
    start = max(interest_from, since) if since else interest_from
    return max(0, (on - start).days)


@dataclass(frozen=True)
class Paid:
    paid_on: date
    amount: Decimal


@dataclass(frozen=True)
class Position:
    principal: Decimal        # principal still unpaid
    interest: Decimal         # interest accrued and unpaid
    paid: Decimal

    @property
    def balance(self) -> Decimal:
        return self.principal + self.interest


def position(principal: Decimal, rate: Decimal | None, interest_from: date | None, payments, on: date) -> Position:
    """The reference ledger, step by step (the selectors compute the same with aggregate queries): each payment up
    to `on`, oldest first, is applied to accrued interest, then to principal."""
    rate = rate or Decimal(0)
    unpaid_principal, interest_raw, last, paid = Decimal(principal), Decimal(0), interest_from, Decimal(0)
    interest_paid = Decimal(0)
    for payment in sorted(payments, key=lambda p: p.paid_on):
        if payment.paid_on > on:
            continue
        interest_raw += unpaid_principal * rate * interest_days(interest_from, last, payment.paid_on) / 100 / \
            DAYS_IN_YEAR
        if interest_from is not None:
            last = max(last, payment.paid_on)
        due_interest = to_paise(interest_raw) - interest_paid
        to_interest = min(payment.amount, max(due_interest, Decimal(0)))
        interest_paid += to_interest
        unpaid_principal -= payment.amount - to_interest
        paid += payment.amount
    interest_raw += unpaid_principal * rate * interest_days(interest_from, last, on) / 100 / DAYS_IN_YEAR
    return Position(principal=to_paise(unpaid_principal), interest=to_paise(interest_raw) - interest_paid, paid=paid)
