"""The cancellation's effect sweeper on real PostgreSQL: two concurrent runs apply the effect once (row locks with
skip_locked in the clock frame), and a row locked by an appeal being filed is skipped, not waited for."""

import threading
from datetime import date

import pytest
from django.db import connections, transaction

from liquidation.models import WindingUp
from orders.models import Order
from registrar import sweeps
from registrar.models import ActivityEntry
from tests.liquidation.cancellation_helpers import published

pytestmark = [pytest.mark.postgres]
SWEEPER = "cancellations_take_effect"


@pytest.mark.django_db(transaction=True)
def test_cancellation_two_concurrent_sweeps_apply_the_effect_once(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    start = threading.Barrier(2)
    errors: list[Exception] = []

    def run():
        try:
            start.wait(10)
            sweeps.run_all(today=date(2026, 8, 2), only=SWEEPER)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert ActivityEntry.objects.filter(action="liquidation.cancellation_took_effect").count() == 1
    case = WindingUp.objects.get(pk=case.pk)
    assert case.state == "in_liquidation" and case.takes_effect_on == date(2026, 8, 2)


@pytest.mark.django_db(transaction=True)
def test_cancellation_sweep_skips_an_order_locked_by_a_filing_then_applies_it(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    locked, release = threading.Event(), threading.Event()

    def hold():
        try:
            with transaction.atomic():
                Order.objects.select_for_update().get(pk=case.cancellation_order_id)
                locked.set()
                release.wait(10)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold)
    holder.start()
    assert locked.wait(10)
    try:
        sweeps.run_all(today=date(2026, 8, 2), only=SWEEPER)
        assert ActivityEntry.objects.filter(action="liquidation.cancellation_took_effect").count() == 0
    finally:
        release.set()
        holder.join(10)
    sweeps.run_all(today=date(2026, 8, 2), only=SWEEPER)
    assert ActivityEntry.objects.filter(action="liquidation.cancellation_took_effect").count() == 1
