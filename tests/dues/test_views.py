"""Pages of the dues ledger: the list (filters, paging, CSV, query count), the ledger, the forms (errors on the
form, never a 500), the secretary's read-only ledger."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from dues.models import Due, Payment
from dues.rules import DueKind
from registrar.models import District
from societies.models import Society

from .helpers import RAISED, TODAY, pay, raise_due

pytestmark = pytest.mark.django_db
MAX_LIST_QUERIES = 14


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)


def _societies(actor, n, start=0):
    district = District.objects.get(code="SNT")
    for i in range(start, start + n):
        society = Society.objects.create(registration_number=f"SNT/DV/{i:04d}", name=f"Borgaon Weavers {i:04d}",
                                         society_type="weavers", district=district, address="Tezpur",
                                         registered_on=date(2020, 1, 1))
        due = raise_due(actor, society, principal=str(1000 + i))
        pay(actor, due, "10", date(2026, 6, 10))


def test_office_dues_query_count_does_not_grow_with_rows(client, arcs_officer, django_assert_max_num_queries):
    client.force_login(arcs_officer)
    _societies(arcs_officer, 3)
    client.get(reverse("office_dues"))  # warm: the session's first request reads more (second factor, caches)
    with django_assert_max_num_queries(MAX_LIST_QUERIES) as small:
        assert client.get(reverse("office_dues")).status_code == 200
    _societies(arcs_officer, 60, start=3)
    with django_assert_max_num_queries(MAX_LIST_QUERIES) as large:
        response = client.get(reverse("office_dues"))
    assert len(large) == len(small)
    page = response.context["page"]
    assert page.paginator.count == 63 and len(page.object_list) == 50
    assert page.object_list[0]["balance_total"] == Decimal("1052.00")  # largest first
    assert response.context["totals"]["balance"] == sum(Decimal(990 + i) for i in range(63))


def test_office_dues_filters_and_csv(client, arcs_officer, secretary):
    client.force_login(arcs_officer)
    raise_due(arcs_officer, secretary.society, principal="5000", due_by=date(2026, 7, 1))
    raise_due(arcs_officer, secretary.society, kind=DueKind.REGISTRATION_FEE, principal="250",
              due_by=date(2026, 12, 31))
    response = client.get(reverse("office_dues"), {"kind": "registration_fee"})
    assert [r["balance_total"] for r in response.context["page"].object_list] == [Decimal("250.00")]
    response = client.get(reverse("office_dues"), {"state": "overdue", "format": "csv"})
    lines = response.content.decode().strip().splitlines()
    assert response["Content-Type"].startswith("text/csv")
    assert lines[0] == "society,registration_number,district,dues,principal,balance,overdue"
    assert lines[1] == "Dhekiajuli Dairy Co-operative Society Limited,SNT/REG/2025/0001,Sonitpur,2,5250.00,5250.00," \
                       "5000.00"
    assert client.get(reverse("office_dues"), {"q": "nothing like it"}).context["page"].paginator.count == 0


def test_office_dues_hides_other_districts(client, other_district_officer, arcs_officer, secretary):
    raise_due(arcs_officer, secretary.society)
    client.force_login(other_district_officer)
    response = client.get(reverse("office_dues"))
    assert "Dhekiajuli" not in response.content.decode()
    assert client.get(reverse("office_society_dues", kwargs={"pk": secretary.society.pk})).status_code == 404


def test_office_ledger_shows_order_payments_and_balance(client, arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society, kind=DueKind.SURCHARGE, principal="10000",
                    interest_rate=Decimal("12"), interest_from=RAISED)
    pay(arcs_officer, due, "2000", date(2026, 7, 1), number="GRN0001")
    client.force_login(arcs_officer)
    body = client.get(reverse("office_society_dues", kwargs={"pk": secretary.society.pk})).content.decode()
    assert due.order.number in body and "GRN0001" in body
    # 2,000 paid 1 Jul: 98.63 interest (30 days), 1,901.37 principal; then 8,098.63 × 12% × 153/365 = 407.37.
    assert "₹8,506.00" in body and "₹407.37 unpaid today" in body


def test_due_raise_form_shows_errors_not_500(client, arcs_officer, secretary):
    client.force_login(arcs_officer)
    url = reverse("office_due_raise", kwargs={"pk": secretary.society.pk})
    response = client.post(url, {"kind": "audit_fee", "debtor": "society", "principal": "0", "raised_on": "2026-12-02",
                                 "due_by": "2026-11-01"})
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "principal" in errors and errors["raised_on"] == ["This date cannot be in the future."]
    response = client.post(url, {"kind": "liquidator_call", "debtor": "person", "person_name": "Bhaben Das",
                                 "person_address": "Tezpur", "principal": "10", "raised_on": "2026-11-01",
                                 "due_by": "2026-11-30"})
    assert response.status_code == 400
    assert response.context["form"].errors["order_number"] == [
        "A liquidator's call needs the liquidator's decision: give its number in the register."]
    response = client.post(url, {"kind": "audit_fee", "debtor": "society", "principal": "1234.5",
                                 "raised_on": "2026-11-01", "due_by": "2026-11-30"})
    assert response.status_code == 302
    assert Due.objects.get().principal == Decimal("1234.50")


def test_payment_form_refuses_overpayment_on_the_form(client, arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society, principal="500")
    client.force_login(arcs_officer)
    url = reverse("office_due_pay", kwargs={"pk": due.pk})
    data = {"amount": "500.01", "paid_on": "2026-06-15", "reference_kind": "gras", "reference_number": "GRN9"}
    response = client.post(url, data)
    assert response.status_code == 400
    assert response.context["form"].errors["amount"] == [
        "This is more than is owed: the balance on 15 Jun 2026 is ₹500.00."]
    response = client.post(url, {**data, "paid_on": "2026-05-01"})
    assert response.context["form"].errors["paid_on"] == [
        "A payment cannot be dated before the due was raised (01 Jun 2026)."]
    assert client.post(url, {**data, "amount": "500"}).status_code == 302
    assert Payment.objects.get().reference_number == "GRN9"


def test_society_ledger_is_read_only_for_the_secretary(client, arcs_officer, secretary, other_citizen):
    due = raise_due(arcs_officer, secretary.society, principal="750")
    client.force_login(secretary)
    response = client.get(reverse("society_dues", kwargs={"pk": secretary.society.pk}))
    body = response.content.decode()
    assert response.status_code == 200 and "₹750.00" in body
    assert reverse("office_due_pay", kwargs={"pk": due.pk}) not in body
    assert reverse("office_due_raise", kwargs={"pk": secretary.society.pk}) not in body
    assert client.get(reverse("office_due_pay", kwargs={"pk": due.pk})).status_code == 403
    assert client.post(reverse("office_due_pay", kwargs={"pk": due.pk}), {"amount": "1"}).status_code == 403
    client.force_login(other_citizen)
    assert client.get(reverse("society_dues", kwargs={"pk": secretary.society.pk})).status_code == 404


def test_auditor_sees_ledger_but_may_not_record(client, auditor, arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society)
    client.force_login(auditor)
    response = client.get(reverse("office_due_pay", kwargs={"pk": due.pk}))
    assert response.status_code == 200 and response.context["form"] is not None and not response.context["allowed"]
    response = client.post(reverse("office_due_pay", kwargs={"pk": due.pk}),
                           {"amount": "1", "paid_on": "2026-06-15", "reference_kind": "gras", "reference_number": "A"})
    assert response.status_code == 403 and not Payment.objects.exists()
