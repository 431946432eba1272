"""One notification service: an in-app inbox row for every notice, plus email and SMS, in the
recipient's language. Keys make notices idempotent: the same key for the same recipient is sent once."""

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import translation

from . import clock
from .models import Notification
from .sms import get_backend


def notify(recipient, *, key: str, subject, body, params: dict | None = None, url: str = "",
           email: bool = True, sms: bool = False) -> tuple[Notification | None, bool]:
    """Create the inbox entry once per (recipient, key); email/SMS go out after the transaction commits.

    `subject` and `body` are (lazy) translatable strings with %(name)s placeholders filled from `params`,
    rendered in the recipient's language. Returns (notification, created).
    """
    if recipient is None:
        return None, False
    params = params or {}
    with translation.override(recipient.language or "en"):
        subject_text = str(subject) % params if params else str(subject)
        body_text = str(body) % params if params else str(body)
    try:
        with transaction.atomic():
            note = Notification.objects.create(
                recipient=recipient, key=key[:200], subject=subject_text[:200], body=body_text, url=url
            )
    except IntegrityError:
        return Notification.objects.filter(recipient=recipient, key=key[:200]).first(), False
    if email and recipient.email:
        from .tasks import send_notification_email

        transaction.on_commit(lambda: send_notification_email.delay(note.pk))
    if sms and recipient.phone:
        transaction.on_commit(lambda: _send_sms(note.pk))
    return note, True


def deliver_email(notification_id: int) -> bool:
    """Send one notification by email, once (a conditional UPDATE claims it)."""
    claimed = Notification.objects.filter(pk=notification_id, emailed_at__isnull=True).update(emailed_at=clock.now())
    if not claimed:
        return False
    note = Notification.objects.select_related("recipient").get(pk=notification_id)
    send_mail(note.subject, note.body + (f"\n\n{note.url}" if note.url else ""), None, [note.recipient.email])
    return True


def _send_sms(notification_id: int) -> None:
    claimed = Notification.objects.filter(pk=notification_id, texted_at__isnull=True).update(texted_at=clock.now())
    if claimed:
        note = Notification.objects.select_related("recipient").get(pk=notification_id)
        get_backend().send(note.recipient.phone, note.subject)


def unread_count(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()
