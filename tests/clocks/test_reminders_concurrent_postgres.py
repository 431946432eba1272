"""Every declared clock's reminders, two sweeps truly at once on PostgreSQL: each reminder is sent exactly once
(issue 12 Tests). The Notification's unique (recipient, key) decides, not a read-then-write."""

import threading
from collections import Counter
from datetime import timedelta

import pytest
from django.db import connections

from registrar.clocks import declared
from registrar.clocks.derive import reminder_key, reminder_sweep
from registrar.models import Notification

from .builders import BUILDERS

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
REMINDED = [c for c in declared() if c.reminders is not None]


@pytest.mark.parametrize("clock", REMINDED, ids=lambda c: c.name)
def test_clock_reminder_once_under_two_concurrent_sweeps(clock, citizen, secretary, arcs_officer, registrar):
    built = BUILDERS[clock.name]({"citizen": citizen, "secretary": secretary, "arcs_officer": arcs_officer})
    row = type(built).objects.get(pk=built.pk)
    today = getattr(row, clock.due_field) - timedelta(days=max(clock.reminders.offsets))
    start = threading.Barrier(2)
    counts, errors = [], []

    def sweep():
        try:
            start.wait(10)
            counts.append(reminder_sweep(clock, today=today).count)
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    # Only the reminders: building a case may notify people of its own (a cancellation order tells the liquidator).
    sent = Counter(Notification.objects.filter(key__startswith="reminder:").values_list("recipient_id", "key"))
    key = reminder_key(clock, row.pk, max(clock.reminders.offsets))
    assert sent and {k for _r, k in sent} == {key}, sent
    assert set(sent.values()) == {1}, f"{clock.name}: a reminder sent twice: {sent}"
    assert sum(counts) == len(sent)
