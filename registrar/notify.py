"""One notification service: an in-app inbox row for every notice, plus email and SMS, in the
recipient's language. Keys make notices idempotent: the same key for the same recipient is sent once.

E-mail and SMS go through the outbox (registrar.outbox): their rows are written here, in the caller's
transaction, so a notice whose effect committed is delivered even if the process dies before dispatch."""

import re

from django.db import IntegrityError, transaction
from django.utils import translation

from . import outbox
from .models import Notification


def tidy(text: str) -> str:
    """A notice's text as a person would write it: an empty placeholder ("%(detail)s" with nothing to say) leaves
    no double space, no space before punctuation and no space at a line's ends."""
    lines = [re.sub(r" ([,.;:)])", r"\1", re.sub(r"[ \t]{2,}", " ", line)).strip() for line in text.splitlines()]
    return "\n".join(lines).strip()


def notify(recipient, *, key: str, subject, body, params: dict | None = None, url: str = "",
           email: bool = True, sms: bool = False) -> tuple[Notification | None, bool]:
    """Create the inbox entry once per (recipient, key), with its outbox rows; dispatch them after commit.

    `subject` and `body` are (lazy) translatable strings with %(name)s placeholders filled from `params`,
    rendered in the recipient's language. Returns (notification, created).
    """
    if recipient is None:
        return None, False
    params = params or {}
    with translation.override(recipient.language or "en"):
        subject_text = tidy(str(subject) % params if params else str(subject))
        body_text = tidy(str(body) % params if params else str(body))
    try:
        with transaction.atomic():
            note = Notification.objects.create(
                recipient=recipient, key=key[:200], subject=subject_text[:200], body=body_text, url=url
            )
            rows = outbox.messages_for(note, email=email, sms=sms)
    except IntegrityError:
        return Notification.objects.filter(recipient=recipient, key=key[:200]).first(), False
    outbox.dispatch_on_commit(rows)
    return note, True


def deliver_email(notification_id: int) -> bool:
    """Send a notice's e-mail, once (kept for the task queued by its notification id)."""
    return outbox.deliver_notification(notification_id)


def unread_count(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()
