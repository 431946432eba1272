"""Anchoring the activity log's head outside the application role's reach (ADR 0031).

The hash chain proves that no entry was changed, but not that none was removed from the end: a TRUNCATE, or the
last entries deleted with the trigger disabled, leave a shorter chain that still verifies. So the head is
anchored twice over:

* `checkpoint_append` (beat: hourly; `manage.py anchor_activity`) verifies the entries since the last
  checkpoint and appends the head (seq, hash) to registrar_activitycheckpoint through the `anchor` database
  connection: in production a separate role that may read the log and append checkpoints, nothing else, while
  the application role may only read checkpoints (docs/activity-log-grants.sql). It refuses to anchor a log
  that no longer holds the last checkpoint, so a truncation is never laundered into a fresh anchor.
* once a day the checkpoint is published: e-mailed to the Registrar and listed on the public page
  /activity/head/, where anyone may copy it. `verify_activity --expect-head SEQ:HASH` checks a published head,
  which catches even someone who could rewrite both tables.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import clock
from .models.activity import GENESIS_HASH, ActivityCheckpoint, ActivityEntry, chain_hash

HEAD_SUBJECT = _("Activity log head of %(day)s: %(seq)s entries")
HEAD_BODY = _("At %(at)s the activity log of the portal held %(seq)s entries. The hash of the last entry is\n\n"
              "%(hash)s\n\nKeep this message. The command\n\n  manage.py verify_activity --expect-head "
              "%(seq)s:%(hash)s\n\nproves that the log still holds that entry and every entry before it.")


class AnchorRefused(Exception):
    """The log no longer matches the last checkpoint: it is not anchored again (someone must look)."""


def anchor_alias() -> str:
    """The connection checkpoints are written through: `anchor` when ANCHOR_DATABASE_URL is set, else default
    (development and tests, where one role owns everything)."""
    return "anchor" if "anchor" in settings.DATABASES else "default"


def checkpoint_latest(*, published: bool | None = None, using: str | None = None) -> ActivityCheckpoint | None:
    queryset = ActivityCheckpoint.objects.using(using or "default")
    if published is not None:
        queryset = queryset.filter(published=published)
    return queryset.order_by("-pk").first()


def _verify_since(checkpoint: ActivityCheckpoint | None, using: str) -> tuple[int, str]:
    """(seq, hash) of the head, after checking every entry from `checkpoint` on. Raises AnchorRefused."""
    start = checkpoint.seq if checkpoint else 0
    expected_seq, expected_hash = start, checkpoint.hash if checkpoint else GENESIS_HASH
    entries = ActivityEntry.objects.using(using).filter(seq__gte=max(start, 1)).order_by("seq")
    first = True
    for entry in entries.iterator(chunk_size=2000):
        if first and start:
            first = False
            if entry.seq != start or entry.hash != checkpoint.hash:
                raise AnchorRefused(f"entry #{start} no longer has the hash anchored on {checkpoint.at:%Y-%m-%d %H:%M}")
            continue
        first = False
        if entry.seq != expected_seq + 1 or entry.prev_hash != expected_hash:
            raise AnchorRefused(f"entry #{entry.seq} does not follow #{expected_seq}")
        if chain_hash(entry.canonical(), entry.prev_hash) != entry.hash:
            raise AnchorRefused(f"entry #{entry.seq} content does not match its hash")
        expected_seq, expected_hash = entry.seq, entry.hash
    if first and start:
        raise AnchorRefused(f"the log no longer holds entry #{start}, anchored on {checkpoint.at:%Y-%m-%d %H:%M}")
    return expected_seq, expected_hash


def checkpoint_append(*, publish: bool = False) -> ActivityCheckpoint:
    """Verify the entries since the last checkpoint and append the head as a new one (published: e-mailed to the
    Registrar too). Raises AnchorRefused, and appends nothing, when the log no longer holds the last anchor."""
    alias = anchor_alias()
    with transaction.atomic(using=alias):
        seq, head = _verify_since(checkpoint_latest(using=alias), alias)
        checkpoint = ActivityCheckpoint.objects.using(alias).create(seq=seq, hash=head, at=clock.now(),
                                                                    published=publish)
    if publish:
        _mail_registrar(checkpoint)
    return checkpoint


def _mail_registrar(checkpoint: ActivityCheckpoint) -> None:
    from django.utils import timezone

    from .models import Officer, Rank
    from .notify import notify

    at = timezone.localtime(checkpoint.at)
    params = {"day": f"{at:%d %b %Y}", "seq": checkpoint.seq, "hash": checkpoint.hash, "at": f"{at:%d %b %Y %H:%M} IST"}
    for officer in Officer.objects.filter(rank=Rank.RCS, is_active=True, user__is_active=True).select_related("user"):
        notify(officer.user, key=f"activity-head:{checkpoint.pk}", subject=HEAD_SUBJECT, body=HEAD_BODY,
               params=params, url=reverse("activity_head"))
