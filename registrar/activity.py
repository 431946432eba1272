"""Writing and verifying the activity log. Services call `record` inside their transaction."""

import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction

from . import actions, clock
from .models.activity import GENESIS_HASH, ActivityEntry, chain_hash

# Any constant works; it only has to be the same in every process that appends.
_CHAIN_LOCK_KEY = 2007_0412


class UnknownAction(ValueError):
    pass


def target_label(obj) -> str:
    """'app_label.model:pk' for a model instance; strings pass through."""
    if obj is None:
        return ""
    if isinstance(obj, str):
        return obj
    return f"{obj._meta.label_lower}:{obj.pk}"


def _lock_chain_head() -> None:
    """Serialise appends: two concurrent transactions must not both build on the same head."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_KEY])


def record(action: str, *, actor=None, society=None, target=None, data: dict | None = None, at=None) -> ActivityEntry:
    """Append one entry. Call inside the service's transaction so the entry commits or rolls back with it."""
    if not actions.is_known(action):
        raise UnknownAction(f"unknown activity code {action!r}: declare it in the app's actions.py")
    # Store exactly what is hashed: dates become ISO strings, Decimals strings.
    clean_data = json.loads(json.dumps(data or {}, cls=DjangoJSONEncoder))
    # savepoint=False: inside a service's transaction a savepoint buys nothing (a failure here fails the service)
    # and costs two statements per entry.
    with transaction.atomic(savepoint=False):
        _lock_chain_head()
        head = ActivityEntry.objects.order_by("-seq").values("seq", "hash").first()
        entry = ActivityEntry(
            seq=(head["seq"] + 1) if head else 1,
            at=at or clock.now(),
            actor=actor if getattr(actor, "pk", None) else None,
            action=action,
            society=society,
            target=target_label(target),
            data=clean_data,
            prev_hash=head["hash"] if head else GENESIS_HASH,
        )
        entry.at = entry.at.replace(microsecond=entry.at.microsecond)  # keep microseconds, as stored
        entry.hash = entry.compute_hash()
        entry._appending = True
        entry.save(force_insert=True)
    return entry


@dataclass(frozen=True)
class ChainReport:
    count: int
    head_hash: str
    first_broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify_chain() -> ChainReport:
    """Re-compute every hash in order. Reports the first entry whose hash or link does not match."""
    expected_prev = GENESIS_HASH
    count = 0
    previous_seq = 0
    for entry in ActivityEntry.objects.order_by("seq").iterator(chunk_size=2000):
        count += 1
        if entry.seq != previous_seq + 1:
            return ChainReport(count, expected_prev, entry.seq, f"gap before entry #{entry.seq}")
        if entry.prev_hash != expected_prev:
            return ChainReport(count, expected_prev, entry.seq, f"entry #{entry.seq} does not link to #{previous_seq}")
        if chain_hash(entry.canonical(), entry.prev_hash) != entry.hash:
            return ChainReport(count, expected_prev, entry.seq, f"entry #{entry.seq} content does not match its hash")
        expected_prev = entry.hash
        previous_seq = entry.seq
    return ChainReport(count, expected_prev)


def timeline_for(society, limit: int = 200):
    return (
        ActivityEntry.objects.filter(society=society)
        .select_related("actor")
        .order_by("-seq")[:limit]
    )
