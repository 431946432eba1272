"""Notices are not lost (issue 11 § 4): the outbox row commits with the effect, a failed or never-dispatched
delivery is sent by a later redelivery run, once; the same key makes no second row."""

import socket
from datetime import timedelta

import pytest
from celery.exceptions import Retry
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse

from registrar import activity, clock, outbox, sms
from registrar.actions import RegistrarAction
from registrar.models import ActivityEntry, Notification
from registrar.models.notifications import OutboxMessage
from registrar.notify import notify
from registrar.tasks import deliver_outbox_message

pytestmark = pytest.mark.django_db

SUBJECT = "Board dissolved: %(society)s"
BODY = "The Board of %(society)s is dissolved under s.39 for want of an AGM."


def _closed_port() -> int:
    """A loopback port nothing listens on: a mail server that is down (connection refused), not a fake."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _effect_with_notice(user, key="effect:1"):
    """An effect (an activity entry) and its notice, committed together as a service does."""
    with transaction.atomic():
        activity.record(RegistrarAction.SWEEP_RAN, data={"sweeper": "test"})
        note, created = notify(user, key=key, subject=SUBJECT, body=BODY, params={"society": "Dhekiajuli Dairy"},
                               url="/society/", sms=True)
    return note, created


def test_hardening_notice_survives_worker_death(settings, citizen, django_capture_on_commit_callbacks):
    citizen.phone = "9854000001"
    citizen.save()
    sms.outbox.clear()
    # 1. The effect commits; the process dies before its on-commit dispatch runs (callbacks captured, not run).
    with django_capture_on_commit_callbacks(execute=False) as dispatches:
        note, created = _effect_with_notice(citizen)
    assert created and len(dispatches) == 2  # one delivery task per outbox row, queued only after commit
    rows = list(OutboxMessage.objects.filter(notification=note).order_by("channel"))
    assert [(r.channel, r.to, r.sent_at) for r in rows] == [("email", "citizen@example.in", None),
                                                             ("sms", "9854000001", None)]
    assert rows[0].subject == "Board dissolved: Dhekiajuli Dairy" and rows[0].body.endswith(f"\n\n{settings.SITE_URL.rstrip('/')}/society/")  # absolute: a mail has no page
    assert ActivityEntry.objects.filter(action=RegistrarAction.SWEEP_RAN).count() == 1
    assert mail.outbox == [] and sms.outbox == []

    # 2. A worker runs the task while the mail server is down: the task raises, the row stays unsent.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", _closed_port(), 2
    email_row = rows[0]
    with pytest.raises(Retry, match="ConnectionRefusedError"):  # autoretry: queued again with backoff
        deliver_outbox_message.delay(email_row.pk)
    email_row.refresh_from_db()
    assert email_row.sent_at is None and email_row.attempts == 1 and "ConnectionRefused" in email_row.last_error

    # 3. Too fresh for redelivery: nothing is dispatched yet.
    assert outbox.redeliver_due(now=clock.now()) == 0

    # 4. The mail server is back; the beat redelivery run a few minutes later sends each message once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    later = clock.now() + timedelta(minutes=settings.OUTBOX_REDELIVER_AFTER_MINUTES + 1)
    assert outbox.redeliver_due(now=later) == 2
    assert [m.to for m in mail.outbox] == [["citizen@example.in"]]
    assert mail.outbox[0].subject == "Board dissolved: Dhekiajuli Dairy"
    assert sms.outbox == [("9854000001", "Board dissolved: Dhekiajuli Dairy")]
    assert OutboxMessage.objects.filter(notification=note, sent_at__isnull=True).count() == 0
    note.refresh_from_db()
    assert note.emailed_at is not None and note.texted_at is not None

    # 5. Running redelivery again, or the dead worker's original dispatch arriving late, sends nothing twice.
    assert outbox.redeliver_due(now=later + timedelta(hours=1)) == 0
    for dispatch in dispatches:
        dispatch()
    assert len(mail.outbox) == 1 and len(sms.outbox) == 1


def test_hardening_notice_key_makes_no_second_outbox_row(citizen):
    citizen.phone = "9854000001"
    citizen.save()
    first, created = _effect_with_notice(citizen, key="agm-reminder:7:15")
    again, created_again = _effect_with_notice(citizen, key="agm-reminder:7:15")
    assert created and not created_again and again == first
    assert Notification.objects.filter(recipient=citizen).count() == 1
    assert OutboxMessage.objects.filter(notification__recipient=citizen).count() == 2  # one e-mail, one SMS
    # The constraint holds even for a writer that bypasses notify().
    with pytest.raises(IntegrityError), transaction.atomic():
        OutboxMessage.objects.create(notification=first, channel="email", to="x@example.in", subject="s", body="b")


def test_hardening_sweep_run_redelivers_unsent_notices(citizen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        note, _ = _effect_with_notice(citizen)
    OutboxMessage.objects.filter(notification=note).update(created_at=clock.now() - timedelta(hours=1))
    call_command("run_sweeps", today=clock.today().isoformat(), stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [m.to for m in mail.outbox] == [["citizen@example.in"]]
    call_command("run_sweeps", today=clock.today().isoformat(), stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1


def test_hardening_outbox_redelivery_is_on_beat(settings):
    entries = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "registrar.tasks.redeliver_outbox" in entries
    assert deliver_outbox_message.autoretry_for and deliver_outbox_message.retry_backoff


def test_hardening_outbox_page_reads_the_outbox(client, registrar, citizen, arcs_officer):
    with transaction.atomic():
        notify(citizen, key="k1", subject="Your application was registered", body="Registered on 17 Mar 2026.")
    row = OutboxMessage.objects.get()
    OutboxMessage.objects.filter(pk=row.pk).update(sent_at=None, attempts=2, last_error="SMTPServerDisconnected: x")
    client.force_login(arcs_officer)
    assert client.get(reverse("outbox")).status_code == 403  # other people's notices: superusers only
    registrar.is_superuser = registrar.is_staff = True
    registrar.save()
    client.force_login(registrar)
    page = client.get(reverse("outbox")).content.decode()
    assert "Your application was registered" in page and "citizen@example.in" in page
    assert "Not sent yet" in page and "2 attempts" in page and "SMTPServerDisconnected" in page
    assert "Your application was registered" not in client.get(reverse("outbox"), {"status": "sent"}).content.decode()


def test_hardening_notice_commits_with_its_effect(citizen, arcs_officer, sonitpur,
                                                  django_capture_on_commit_callbacks):
    """A service's notices are written in its transaction (they were made in an on-commit callback, so a
    process that died right after the commit lost them): here the commit's callbacks never run."""
    from tests.societies.helpers import make_submitted

    with django_capture_on_commit_callbacks(execute=False):
        application = make_submitted(citizen, sonitpur)
    rows = OutboxMessage.objects.filter(notification__key=f"application:{application.pk}:submitted")
    assert sorted(rows.values_list("to", flat=True)) == ["arcs.sonitpur@example.in", "citizen@example.in"]
    assert rows.filter(sent_at__isnull=True).count() == 2  # waiting for the dispatch or the redelivery run
