"""One inbox for every user; the same row records what was emailed and texted."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    # A stable key makes each notice idempotent: a reminder for (rule, object, offset) is created once,
    # even when two sweeps overlap (the unique constraint, not a read-then-write, decides).
    key = models.CharField(max_length=200)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"))
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    texted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["recipient", "key"], name="notification_once_per_key")]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_inbox")]

    def __str__(self):
        return self.subject


class OutboxMessage(models.Model):
    """One e-mail or SMS owed for a notice: written by `notify` in the same transaction as the effect, so a
    committed effect always has its message, and delivered at least once by registrar.outbox (issue 11 § 4).

    The text is fixed when the notice is made (in the recipient's language), so a retry days later sends what
    the effect said. `sent_at` is stamped only after the mail server or SMS gateway accepted the message."""

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("SMS")

    # None: an e-mail to an address that has no account yet (an outside party's invitation, parties.services).
    notification = models.ForeignKey(Notification, on_delete=models.CASCADE, related_name="outbox", null=True,
                                     blank=True)
    channel = models.CharField(_("channel"), max_length=5, choices=Channel.choices)
    to = models.CharField(_("to"), max_length=254)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # The notice's key is (recipient, key) on Notification; this keeps one message per notice and channel
            # even if a caller bypassed notify().
            models.UniqueConstraint(fields=["notification", "channel"], name="outbox_once_per_notice_channel"),
        ]
        indexes = [
            # Read by registrar.outbox.redeliver_due (beat every 5 minutes, and run_sweeps): unsent rows only.
            models.Index(fields=["created_at"], name="outbox_unsent", condition=models.Q(sent_at__isnull=True)),
        ]

    def __str__(self):
        return f"{self.channel} to {self.to}: {self.subject}"
