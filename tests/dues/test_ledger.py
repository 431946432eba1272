"""The balance equals the ledger: the aggregate queries of dues.selectors against dues.rules.position (the same
ledger computed step by step), with interest on a date, at two sizes, in a number of queries that does not grow
with the rows."""

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dues import rules, selectors
from dues.models import Due
from dues.rules import DueKind, Paid
from registrar.models import District
from societies.models import Society

from .helpers import RAISED, TODAY, pay, raise_due

pytestmark = pytest.mark.django_db


def test_position_interest_first_then_principal_stops_interest():
    # ₹10,000 at 12% from 1 Jun 2026: 30 days to 1 Jul = 98.63; paying 5,098.63 clears interest and half.
    payments = [Paid(date(2026, 7, 1), Decimal("5098.63"))]
    at_payment = rules.position(Decimal("10000"), Decimal("12"), date(2026, 6, 1), [], date(2026, 7, 1))
    assert at_payment.interest == Decimal("98.63")
    later = rules.position(Decimal("10000"), Decimal("12"), date(2026, 6, 1), payments, date(2026, 7, 31))
    assert later.principal == Decimal("5000.00")
    assert later.interest == Decimal("49.32")  # 5,000 × 12% × 30/365
    paid_off = [*payments, Paid(date(2026, 7, 31), Decimal("5049.32"))]
    assert rules.position(Decimal("10000"), Decimal("12"), date(2026, 6, 1), paid_off, date(2027, 7, 31)).balance \
        == Decimal("0.00")


def _society(n: int, district) -> Society:
    return Society.objects.create(registration_number=f"SNT/DUES/{n:05d}", name=f"Dues test society {n}",
                                  society_type="dairy", district=district, address="Tezpur",
                                  registered_on=date(2020, 1, 1))


def _build(actor, size: int, seed: int) -> list[Society]:
    """`size` societies, each with an audit fee (no interest), a surcharge with interest, and a few payments."""
    rng = random.Random(seed)
    district = District.objects.get(code="SNT")
    societies = []
    for n in range(size):
        society = _society(seed * 1000 + n, district)
        societies.append(society)
        # Whole rupees as well as paise: SQLite divides integers as integers unless the SQL says otherwise.
        fee = raise_due(actor, society, principal=f"{rng.randint(100, 90000)}.{rng.choice([0, rng.randint(1, 99)]):02d}")
        surcharge = raise_due(actor, society, kind=DueKind.SURCHARGE, principal=str(rng.choice([rng.randint(1000, 500000), rng.randint(1000, 500000) + 0.5])),
                              interest_rate=Decimal(rng.choice(["6", "9.5", "12", "18.25"])),
                              interest_from=RAISED - timedelta(days=rng.randint(0, 400)))
        day = RAISED
        for due in (fee, surcharge):
            for _ in range(rng.randint(0, 3)):
                day += timedelta(days=rng.randint(0, 40))
                balance = selectors.due_balance(due.pk, day)
                if balance > 1:
                    pay(actor, due, (balance * Decimal(rng.randint(5, 60)) / 100).quantize(Decimal("0.01")), day)
    return societies


def _reference(due: Due, on: date) -> Decimal:
    payments = [Paid(p.paid_on, p.amount) for p in due.payments.all()]
    return rules.position(due.principal, due.interest_rate, due.interest_from, payments, on).balance


@pytest.mark.parametrize("size", [2, 8])
def test_balance_equals_ledger_at_two_sizes_in_constant_queries(size, arcs_officer):
    societies = _build(arcs_officer, size, seed=size)
    for on in (date(2026, 8, 15), TODAY, date(2027, 6, 30)):
        dues = list(Due.objects.prefetch_related("payments"))
        expected = {s.pk: sum((_reference(d, on) for d in dues if d.society_id == s.pk), Decimal("0")) for s in
                    societies}
        with CaptureQueriesContext(connection) as per_society:
            rows = {r["society"]: r["balance_total"] for r in selectors.society_balances(Due.objects.all(), on)}
        assert len(per_society) == 1
        assert rows == expected
        with CaptureQueriesContext(connection) as one:
            assert selectors.society_balance(societies[0].pk, on) == expected[societies[0].pk]
        assert len(one) == 1
        with CaptureQueriesContext(connection) as per_due:
            balances = dict(selectors.with_balances(Due.objects.all(), on).values_list("pk", "balance"))
        assert len(per_due) == 1
        assert balances == {d.pk: _reference(d, on) for d in dues}


def test_balance_of_a_person_is_principal_plus_interest_minus_payments(arcs_officer, secretary, citizen):
    society = secretary.society
    raise_due(arcs_officer, society, kind=DueKind.SURCHARGE, principal="10000", person_user=citizen,
              interest_rate=Decimal("12"), interest_from=date(2026, 6, 1))
    raise_due(arcs_officer, society, kind=DueKind.INQUIRY_COSTS, principal="1500", person_name="Bhaben Das",
              person_address="Ward 4, Tezpur")
    due = Due.objects.get(person_user=citizen)
    pay(arcs_officer, due, "5098.63", date(2026, 7, 1))
    assert selectors.person_balance(date(2026, 7, 31), user_id=citizen.pk) == Decimal("5049.32")
    assert selectors.person_balance(TODAY, name="bhaben das") == Decimal("1500.00")
    assert selectors.society_balance(society.pk, date(2026, 7, 31)) == Decimal("6549.32")


def test_dues_unpaid_lists_balances_past_their_last_day(arcs_officer, secretary):
    society = secretary.society
    overdue = raise_due(arcs_officer, society, due_by=date(2026, 7, 1))
    paid = raise_due(arcs_officer, society, principal="100", due_by=date(2026, 7, 1))
    pay(arcs_officer, paid, "100", date(2026, 6, 20))
    not_yet = raise_due(arcs_officer, society, due_by=date(2026, 12, 31))
    on = date(2026, 7, 2)
    assert [d.pk for d in selectors.dues_unpaid(on=on)] == [overdue.pk]
    assert [d.pk for d in selectors.dues_unpaid(on=date(2026, 7, 1))] == []  # the last day itself is not past
    assert not_yet.pk in [d.pk for d in selectors.dues_unpaid(on=date(2027, 1, 1))]
    assert selectors.dues_unpaid(on=on)[0].balance == Decimal("5000.00")
