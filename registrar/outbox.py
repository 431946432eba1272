"""The notice outbox: every e-mail and SMS a notice owes is a row, written in the effect's transaction.

Delivery is at least once. `notify` writes the rows and, after commit, dispatches one Celery task per row
(`registrar.tasks.deliver_outbox_message`, autoretry with backoff). If the process dies between commit and
dispatch, or the broker or the mail server is down, the row stays unsent and `redeliver_due` (beat every five
minutes, and every `run_sweeps`) dispatches it again. A row is marked sent only after the mail server or SMS
gateway accepted it; a worker that dies after acceptance and before the mark may send it twice, never zero times.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q

from . import clock
from .models import Notification
from .models.notifications import OutboxMessage
from .sms import get_backend

log = logging.getLogger("registrar.outbox")


class DeliveryFailed(Exception):
    """The mail server or SMS gateway did not accept the message; the row stays unsent (the task retries)."""


def messages_for(note: Notification, *, email: bool, sms: bool) -> list[OutboxMessage]:
    """Create the outbox rows of a new notice (call inside the notice's transaction)."""
    recipient = note.recipient
    rows = []
    if email and recipient.email:
        body = note.body.strip() + (f"\n\n{absolute_url(note.url)}" if note.url else "")
        rows.append(OutboxMessage(notification=note, channel=OutboxMessage.Channel.EMAIL, to=recipient.email,
                                  subject=note.subject, body=body))
    if sms and recipient.phone:
        rows.append(OutboxMessage(notification=note, channel=OutboxMessage.Channel.SMS, to=recipient.phone,
                                  subject=note.subject, body=note.subject))
    for row in rows:
        row.save()
    return rows


def absolute_url(url: str) -> str:
    """A link an e-mail can carry: a path of the portal becomes SITE_URL + path (a mail client has no page to
    resolve "/societies/5/" against); a full URL is kept."""
    if url.startswith("/"):
        return settings.SITE_URL.rstrip("/") + url
    return url


def email_address(to: str, *, subject: str, body: str) -> OutboxMessage:
    """An e-mail to an address with no account (so no inbox notice): an invitation to an outside party. Written
    in the caller's transaction and dispatched after commit, like a notice's rows."""
    row = OutboxMessage.objects.create(notification=None, channel=OutboxMessage.Channel.EMAIL, to=to,
                                       subject=subject[:200], body=body)
    dispatch_on_commit([row])
    return row


def dispatch(message_id: int) -> bool:
    """Queue one delivery. Never raises: a broker that is down leaves the row for `redeliver_due`."""
    from .tasks import deliver_outbox_message

    try:
        deliver_outbox_message.delay(message_id)
    except Exception:  # broker down, or (eager mode) the delivery itself failed after its retries
        log.warning("outbox message %s not delivered now; redelivery will retry it", message_id, exc_info=True)
        return False
    return True


def dispatch_on_commit(rows: list[OutboxMessage]) -> None:
    for row in rows:
        transaction.on_commit(lambda pk=row.pk: dispatch(pk), robust=True)


def deliver(message_id: int) -> bool:
    """Send one message unless it was sent. True when sent now, False when already sent (or being sent by
    another worker, which holds its row lock). Raises DeliveryFailed, after recording the attempt, when the
    server refused it."""
    now = clock.now()
    with transaction.atomic():
        message = (OutboxMessage.objects.select_for_update(skip_locked=True)
                   .filter(pk=message_id, sent_at__isnull=True).first())
        if message is None:
            return False
        message.attempts += 1
        message.last_attempt_at = now
        try:
            _send(message)
        except Exception as exc:
            message.last_error = f"{type(exc).__name__}: {exc}"[:500]
            message.save(update_fields=["attempts", "last_attempt_at", "last_error"])
            failure = exc
        else:
            message.sent_at = clock.now()
            message.last_error = ""
            message.save(update_fields=["attempts", "last_attempt_at", "last_error", "sent_at"])
            stamp = "emailed_at" if message.channel == OutboxMessage.Channel.EMAIL else "texted_at"
            if message.notification_id is not None:
                Notification.objects.filter(pk=message.notification_id).update(**{stamp: message.sent_at})
            return True
    # Raised after the block so the attempt and its error are committed.
    raise DeliveryFailed(f"outbox message {message_id} ({message.channel} to {message.to}): {message.last_error}") \
        from failure


def _send(message: OutboxMessage) -> None:
    if message.channel == OutboxMessage.Channel.EMAIL:
        if send_mail(message.subject, message.body, None, [message.to]) != 1:
            raise DeliveryFailed("the mail backend accepted no message")
    else:
        get_backend().send(message.to, message.body)


def deliver_notification(notification_id: int, channel: str = OutboxMessage.Channel.EMAIL) -> bool:
    """Deliver a notice's message by the notice's id (the task name used before the outbox existed; messages
    still queued under it are honoured). Makes the row if the notice predates the outbox."""
    note = Notification.objects.select_related("recipient").get(pk=notification_id)
    row = OutboxMessage.objects.filter(notification=note, channel=channel).first()
    if row is None:
        stamped = note.emailed_at if channel == OutboxMessage.Channel.EMAIL else note.texted_at
        if stamped is not None:
            return False
        with transaction.atomic():
            rows = messages_for(note, email=channel == OutboxMessage.Channel.EMAIL,
                                sms=channel == OutboxMessage.Channel.SMS)
        if not rows:
            return False
        row = rows[0]
    return deliver(row.pk)


def due_for_redelivery(*, now: datetime):
    """Unsent rows older than OUTBOX_REDELIVER_AFTER_MINUTES whose last try (if any) is as old, and not given up."""
    cutoff = now - timedelta(minutes=settings.OUTBOX_REDELIVER_AFTER_MINUTES)
    return (OutboxMessage.objects.filter(sent_at__isnull=True, created_at__lt=cutoff,
                                         attempts__lt=settings.OUTBOX_MAX_ATTEMPTS)
            .filter(Q(last_attempt_at__isnull=True) | Q(last_attempt_at__lt=cutoff))
            .order_by("created_at"))


def redeliver_due(*, now: datetime | None = None, limit: int = 1000) -> int:
    """Dispatch again every unsent row that is due (see `due_for_redelivery`). Returns how many were queued.
    Running it twice sends nothing twice: `deliver` skips a row once it is sent."""
    ids = list(due_for_redelivery(now=now or clock.now()).values_list("pk", flat=True)[:limit])
    for pk in ids:
        dispatch(pk)
    if ids:
        log.info("outbox: %d unsent message(s) dispatched again", len(ids))
    return len(ids)


def outbox_list():
    """The outbox page: newest first, with the notice's recipient."""
    return OutboxMessage.objects.select_related("notification__recipient")
