"""Two payments against one due at the same moment, on two real connections (PostgreSQL): the due's row lock
makes the second wait and then see the first, so together they never pay more than is owed."""

import threading
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connections

from dues import selectors, services
from dues.models import Payment

from .helpers import TODAY, raise_due

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_payment_concurrent_overpayment_is_refused(arcs_officer, secretary):
    due = raise_due(arcs_officer, secretary.society, principal="1000")
    start = threading.Barrier(2)
    results, errors = [], []

    def pay(number):
        try:
            start.wait(10)
            services.payment_record(due_id=due.pk, actor=arcs_officer, amount=Decimal("700"),
                                    paid_on=date(2026, 6, 15), reference_kind="gras",
                                    reference_number=f"GRN-{number}", today=TODAY)
            results.append("paid")
        except ValidationError as exc:
            results.append(exc.message_dict["amount"][0])
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=pay, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert sorted(results) == sorted(["paid", "This is more than is owed: the balance on 15 Jun 2026 is ₹300.00."])
    assert Payment.objects.count() == 1
    assert selectors.due_balance(due.pk, TODAY) == Decimal("300.00")
