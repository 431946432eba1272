"""The activity log: who did what, append-only and hash-chained.

Each entry stores SHA-256(canonical content + previous entry's hash). Appends are serialised (an advisory
lock on PostgreSQL, and a unique constraint on `prev_hash` so the chain can never fork even if the lock were
bypassed). Nothing in the ORM can change or remove an entry; on PostgreSQL a trigger refuses UPDATE and DELETE
as well (migration 0002).
"""

import hashlib
import json

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

GENESIS_HASH = "0" * 64

# Who did it, when a job did it (actor=None): translated, so an Assamese page says so in Assamese.
SYSTEM_ACTOR = _("System")


class AppendOnlyError(Exception):
    """Raised on any attempt to change or remove an activity entry."""

    message = "The activity log is append-only: entries cannot be changed or removed."

    def __init__(self, *args):
        super().__init__(*(args or (self.message,)))


class ActivityQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError()

    def delete(self):
        raise AppendOnlyError()

    def bulk_update(self, objs, fields, batch_size=None):
        raise AppendOnlyError()

    def bulk_create(self, objs, *args, **kwargs):
        # Bulk inserts would bypass the chain; entries are appended one at a time by registrar.activity.record.
        raise AppendOnlyError()

    def update_or_create(self, *args, **kwargs):
        raise AppendOnlyError()


class ActivityEntry(models.Model):
    seq = models.PositiveBigIntegerField(_("sequence"), unique=True)
    at = models.DateTimeField(_("when"), db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        help_text=_("Empty means the System (a sweeper or another automatic job)."),
    )
    action = models.CharField(_("action"), max_length=64, db_index=True)
    society = models.ForeignKey(
        "societies.Society", on_delete=models.PROTECT, null=True, blank=True, related_name="activity"
    )
    target = models.CharField(_("target"), max_length=120, blank=True, db_index=True)
    data = models.JSONField(_("data"), default=dict, blank=True)
    prev_hash = models.CharField(max_length=64, unique=True)
    hash = models.CharField(max_length=64, unique=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["seq"]
        verbose_name_plural = "activity entries"
        indexes = [models.Index(fields=["society", "seq"], name="activity_society_seq")]

    def __str__(self):
        return f"#{self.seq} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None or not getattr(self, "_appending", False):
            raise AppendOnlyError()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError()

    @property
    def action_label(self) -> str:
        from registrar.actions import label

        return label(self.action)

    @property
    def actor_label(self) -> str:
        return self.actor.display_name() if self.actor_id else str(SYSTEM_ACTOR)

    def canonical(self) -> str:
        return canonical_form(
            seq=self.seq, at=self.at, actor_id=self.actor_id, action=self.action,
            society_id=self.society_id, target=self.target, data=self.data,
        )

    def compute_hash(self) -> str:
        return chain_hash(self.canonical(), self.prev_hash)


def canonical_form(*, seq, at, actor_id, action, society_id, target, data) -> str:
    from datetime import UTC

    body = {
        "seq": seq,
        "at": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor": actor_id,
        "action": action,
        "society": society_id,
        "target": target,
        "data": data,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(canonical: str, prev_hash: str) -> str:
    return hashlib.sha256((prev_hash + "\n" + canonical).encode("utf-8")).hexdigest()


class CheckpointQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError()

    def delete(self):
        raise AppendOnlyError()

    def bulk_update(self, objs, fields, batch_size=None):
        raise AppendOnlyError()


class ActivityCheckpoint(models.Model):
    """The log's head as the anchor job saw it (ADR 0031): appended by registrar.anchor.checkpoint_append through
    the `anchor` database connection, a role that may only read the log and append here. The application role
    may only read this table, so a truncated log or a deleted tail no longer matches the latest checkpoint.
    `published` marks the daily checkpoint e-mailed to the Registrar and shown on /activity/head/."""

    seq = models.PositiveBigIntegerField(_("entries"))
    hash = models.CharField(_("head hash"), max_length=64)
    at = models.DateTimeField(_("anchored at"))
    published = models.BooleanField(default=False)

    objects = CheckpointQuerySet.as_manager()

    class Meta:
        ordering = ["-pk"]
        indexes = [models.Index(fields=["published", "-id"], name="checkpoint_published")]

    def __str__(self):
        return f"checkpoint #{self.seq} {self.hash[:12]}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError()


class ActivityTally(models.Model):
    """Frequent anonymous events counted outside the chain (ADR 0031): one row per (action, target, day), raised
    by registrar.anchor.tally with one upsert, under no global lock. Certificate verifications are counted here;
    a chained entry per GET serialised every writer behind anonymous readers."""

    action = models.CharField(_("action"), max_length=64)
    society = models.ForeignKey("societies.Society", on_delete=models.CASCADE, null=True, blank=True,
                                related_name="+")
    target = models.CharField(_("target"), max_length=120)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["action", "target", "day"], name="activity_tally_once")]

    def __str__(self):
        return f"{self.action} {self.target} {self.day}: {self.count}"
