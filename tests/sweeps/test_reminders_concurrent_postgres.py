"""Two decision-reminder sweeps truly at once on PostgreSQL: every reminder is sent exactly once.

Each reminder is a Notification with a unique (recipient, key): the first sweep's uncommitted row holds that
key, the second sweep's insert waits on it and then loses, so neither the inbox, the email nor the SMS doubles.
"""

import threading
import time
from collections import Counter
from datetime import date

import pytest
from django.core import mail
from django.db import connection, connections, transaction

from registrar import sms
from registrar.clocks import derive
from registrar.models import ActivityEntry, Notification
from societies.registration.reminders import applications_remind_decision, reminder_key
from tests.deadlines.helpers import make_open_application

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

RECEIVED = date(2026, 1, 15)  # last day 16 Mar 2026; the 15-day reminder is due on 1 Mar 2026
TODAY = date(2026, 3, 1)


@pytest.fixture
def officers_with_phones(arcs_officer, registrar):
    for user, phone in ((arcs_officer, "9854012345"), (registrar, "9435098765")):
        user.phone = phone
        user.save(update_fields=["phone"])
    sms.outbox.clear()
    yield [arcs_officer, registrar]
    sms.outbox.clear()


def _waiting_on_a_lock(timeout: float = 10) -> bool:
    """True once another backend of this database waits on a lock (the second sweep blocked by the first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")
            if cursor.fetchone()[0]:
                return True
        time.sleep(0.05)
    return False


def _assert_each_reminder_once(applications, officers, counts):
    expected = {(user.pk, reminder_key(app.pk, 15)) for app in applications for user in officers}
    sent = Counter(Notification.objects.values_list("recipient_id", "key"))
    assert set(sent) == expected and set(sent.values()) == {1}, sent
    assert sum(counts) == len(expected), counts  # a lost race is not counted as sent
    assert len(mail.outbox) == len(expected), [m.subject for m in mail.outbox]
    texts = Counter(sms.outbox)
    assert sum(texts.values()) == len(expected) and set(texts.values()) == {1}, texts
    assert not ActivityEntry.objects.exists()  # reminders write no activity entry: nothing to double either


def test_reminders_second_sweep_waits_on_the_first_ones_held_key_then_sends_nothing_twice(
        citizen, sonitpur, officers_with_phones):
    applications = [make_open_application(citizen, sonitpur, received_on=RECEIVED) for _ in range(3)]
    real_notify = derive.notify
    held, release = threading.Event(), threading.Event()
    counts: list[int] = []
    errors: list[Exception] = []

    def notify_then_hold(*args, **kwargs):
        outcome = real_notify(*args, **kwargs)
        if threading.current_thread().name == "first" and not held.is_set():
            held.set()  # the first notification row is inserted but not committed: its key is locked
            release.wait(10)
        return outcome

    def sweep(in_transaction: bool):
        try:
            if in_transaction:
                with transaction.atomic():
                    counts.append(applications_remind_decision(today=TODAY).count)
            else:
                counts.append(applications_remind_decision(today=TODAY).count)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    derive.notify = notify_then_hold
    first = threading.Thread(target=sweep, args=(True,), name="first")
    second = threading.Thread(target=sweep, args=(False,), name="second")
    try:
        first.start()
        assert held.wait(10)
        second.start()
        assert _waiting_on_a_lock(), "the second sweep never blocked on the first one's row"
    finally:
        release.set()
        first.join(30)
        second.join(30)
        derive.notify = real_notify
    assert not errors, errors
    _assert_each_reminder_once(applications, officers_with_phones, counts)
    assert applications_remind_decision(today=TODAY).count == 0


def test_reminders_two_sweeps_started_together_send_each_reminder_once(citizen, sonitpur, officers_with_phones):
    applications = [make_open_application(citizen, sonitpur, received_on=RECEIVED) for _ in range(8)]
    start = threading.Barrier(2)
    counts: list[int] = []
    errors: list[Exception] = []

    def sweep():
        try:
            start.wait(10)
            counts.append(applications_remind_decision(today=TODAY).count)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    assert len(counts) == 2
    _assert_each_reminder_once(applications, officers_with_phones, counts)
