"""Services of the dues ledger: bounds, overpayment, permissions, one activity entry each, the demand order."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from dues import services
from dues.actions import DueAction
from dues.models import Due, Payment
from dues.rules import DueKind
from orders.models import Order
from registrar.models import ActivityEntry

from .helpers import RAISED, TODAY, pay, raise_due

pytestmark = pytest.mark.django_db


def _messages(exc: ValidationError, field: str) -> list[str]:
    return [str(m) for e in exc.error_dict[field] for m in e.messages]


def test_due_raise_writes_one_entry_and_issues_the_demand_order(arcs_officer, secretary):
    before = ActivityEntry.objects.count()
    due = raise_due(arcs_officer, secretary.society, kind=DueKind.AUDIT_FEE, principal="12500.5")
    assert ActivityEntry.objects.count() == before + 1
    entry = ActivityEntry.objects.order_by("-seq").first()
    assert entry.action == DueAction.RAISED and entry.society_id == secretary.society.pk
    assert due.principal == Decimal("12500.50") and (due.section, due.rule_id) == ("81(3), 82", "audit_fee_deemed_dues")
    order = due.order
    assert order.kind == "dues.demand" and order.number.startswith("DMD/SNT/2026/")
    assert (order.section, order.rule_id, order.target) == ("81(3), 82", "audit_fee_deemed_dues", due)


def test_due_raise_demand_order_subject_groups_the_amount_the_indian_way(arcs_officer, secretary):
    from django.utils import translation

    with translation.override("as"):  # an Assamese page raised it: the stored subject still has ASCII digits
        due = raise_due(arcs_officer, secretary.society, kind=DueKind.AUDIT_FEE, principal="6400000")
    assert "₹64,00,000.00 — " in due.order.subject


def test_due_raise_fee_on_filing_needs_no_order(arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society, kind=DueKind.REGISTRATION_FEE, principal="1000")
    assert due.order is None and not Order.objects.exists()


def test_due_raise_on_an_order_in_the_register(arcs_officer, secretary):
    first = raise_due(arcs_officer, secretary.society, kind=DueKind.INQUIRY_COSTS)
    second = raise_due(arcs_officer, secretary.society, kind=DueKind.INQUIRY_COSTS, principal="300",
                       order_number=first.order.number)
    assert second.order == first.order and Order.objects.count() == 1
    with pytest.raises(ValidationError) as exc:
        raise_due(arcs_officer, secretary.society, order_number="DMD/SNT/2026/999999")
    assert _messages(exc.value, "order_number") == ["No order numbered DMD/SNT/2026/999999 is in the register for "
                                                     "this society."]


@pytest.mark.parametrize(("extra", "field", "message"), [
    ({"principal": "0"}, "principal", services.AMOUNT_NOT_POSITIVE),
    ({"principal": "-5"}, "principal", services.AMOUNT_NOT_POSITIVE),
    ({"due_by": date(2026, 5, 31)}, "due_by", services.DUE_BY_BEFORE_RAISED),
    ({"raised_on": date(2026, 12, 2), "due_by": date(2026, 12, 31)}, "raised_on", "This date cannot be in the future."),
    ({"kind": DueKind.LIQUIDATOR_CALL}, "order_number", services.ORDER_NEEDED),
    ({"kind": DueKind.COPY_FEE, "interest_rate": Decimal("9"), "interest_from": RAISED}, "interest_rate",
     services.FEE_HAS_NO_INTEREST),
    ({"interest_rate": Decimal("9")}, "interest_rate", services.INTEREST_INCOMPLETE),
    ({"interest_rate": Decimal("101"), "interest_from": RAISED}, "interest_rate", services.INTEREST_RATE_BOUNDS),
    ({"person_name": "Bhaben Das"}, "person_address", services.ADDRESS_NEEDED),
])
def test_due_raise_refuses_out_of_bounds(extra, field, message, arcs_officer, secretary):
    with pytest.raises(ValidationError) as exc:
        raise_due(arcs_officer, secretary.society, **extra)
    assert str(message) in _messages(exc.value, field)
    assert not Due.objects.exists() and not ActivityEntry.objects.filter(action=DueAction.RAISED).exists()


def test_due_surcharge_is_payable_to_the_society(arcs_officer, secretary, citizen):
    due = raise_due(arcs_officer, secretary.society, kind=DueKind.SURCHARGE, person_user=citizen)
    assert due.creditor == Due.Creditor.CLAIMANT and due.claimant_society == secretary.society


def test_due_raise_refused_outside_district_and_for_citizen(other_district_officer, citizen, auditor, secretary):
    for user in (other_district_officer, citizen, auditor):
        with pytest.raises(PermissionDenied):
            raise_due(user, secretary.society)
    assert not Due.objects.exists()


def test_payment_record_writes_one_entry(arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society)
    before = ActivityEntry.objects.count()
    payment = pay(arcs_officer, due, "2000", date(2026, 6, 15), number=" grn 123 ")
    assert ActivityEntry.objects.count() == before + 1
    entry = ActivityEntry.objects.order_by("-seq").first()
    assert entry.action == DueAction.PAYMENT_RECORDED and entry.data["balance_after"] == "3000.00"
    assert payment.reference_number == "GRN 123" and payment.recorded_by == arcs_officer


@pytest.mark.parametrize(("amount", "paid_on", "field", "message"), [
    ("0", date(2026, 6, 15), "amount", services.AMOUNT_NOT_POSITIVE),
    ("-1", date(2026, 6, 15), "amount", services.AMOUNT_NOT_POSITIVE),
    ("100", date(2026, 12, 2), "paid_on", "This date cannot be in the future."),
    ("100", date(2026, 5, 31), "paid_on", "A payment cannot be dated before the due was raised (01 Jun 2026)."),
    ("5000.01", date(2026, 6, 15), "amount", "This is more than is owed: the balance on 15 Jun 2026 is ₹5,000.00."),
])
def test_payment_record_refuses_out_of_bounds(amount, paid_on, field, message, arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society)
    with pytest.raises(ValidationError) as exc:
        pay(arcs_officer, due, amount, paid_on)
    assert str(message) in _messages(exc.value, field)
    assert not Payment.objects.exists()


def test_payment_record_refuses_overpayment_after_part_payment(arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society)
    pay(arcs_officer, due, "4000", date(2026, 6, 15))
    with pytest.raises(ValidationError) as exc:
        pay(arcs_officer, due, "1000.01", date(2026, 6, 20))
    assert _messages(exc.value, "amount") == ["This is more than is owed: the balance on 20 Jun 2026 is ₹1,000.00."]
    pay(arcs_officer, due, "1000", date(2026, 6, 20))
    with pytest.raises(ValidationError) as exc:
        pay(arcs_officer, due, "1", date(2026, 6, 21))
    assert _messages(exc.value, "amount") == [str(services.NOTHING_OWED)]


def test_payment_record_refuses_duplicate_reference_and_backdating(arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society)
    other = raise_due(arcs_officer, secretary.society, principal="700")
    pay(arcs_officer, due, "100", date(2026, 6, 15), kind=Payment.Reference.TREASURY_CHALLAN, number="TC-55")
    with pytest.raises(ValidationError) as exc:
        pay(arcs_officer, other, "100", date(2026, 6, 15), kind=Payment.Reference.TREASURY_CHALLAN, number="tc-55")
    assert _messages(exc.value, "reference_number") == ["A payment with this Treasury challan number is already "
                                                         "recorded."]
    pay(arcs_officer, other, "100", date(2026, 6, 15), kind=Payment.Reference.RECEIPT, number="TC-55")  # other kind
    with pytest.raises(ValidationError) as exc:
        pay(arcs_officer, due, "100", date(2026, 6, 10))
    assert _messages(exc.value, "paid_on") == ["A payment cannot be dated before the last payment recorded against "
                                                "this due (15 Jun 2026)."]


def test_payment_record_refused_outside_district(other_district_officer, citizen, arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society)
    for user in (other_district_officer, citizen):
        with pytest.raises(PermissionDenied):
            pay(user, due, "100", date(2026, 6, 15))
    assert not Payment.objects.exists()


def test_database_refuses_what_the_services_refuse(arcs_officer, secretary):
    """The CHECK constraints hold even for a write that bypasses the services."""
    due = raise_due(arcs_officer, secretary.society)
    base = {"society": secretary.society, "district": secretary.society.district, "kind": DueKind.AUDIT_FEE,
            "order": due.order, "principal": Decimal("10"), "raised_on": RAISED, "due_by": RAISED}
    for bad in ({"principal": Decimal("0")}, {"kind": DueKind.SURCHARGE, "order": None},
                {"due_by": date(2026, 5, 1)}, {"interest_rate": Decimal("5")},
                {"creditor": Due.Creditor.CLAIMANT}, {"society": None}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Due.objects.create(**{**base, **bad})
    for bad in ({"amount": Decimal("0")}, {"amount": Decimal("-3")}, {"interest_part": Decimal("20")}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Payment.objects.create(**{"due": due, "amount": Decimal("10"), "paid_on": TODAY,
                                      "reference_kind": "gras", "reference_number": f"X{len(bad)}", **bad})
