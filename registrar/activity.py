"""Writing and verifying the activity log. Services call `record` inside their transaction."""

import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.utils import timezone

from . import actions, clock
from .models.activity import GENESIS_HASH, ActivityCheckpoint, ActivityEntry, ActivityTally, chain_hash

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
    anchor: str = ""  # the latest checkpoint the chain was compared with, e.g. "#120 of 2026-12-01 10:00"

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def _anchors(expect: tuple[int, str] | None) -> dict[int, list[tuple[str, str]]]:
    """seq -> [(hash, what anchored it)]: every checkpoint (registrar.anchor), and a published head to expect."""
    anchors: dict[int, list[tuple[str, str]]] = {}
    for checkpoint in ActivityCheckpoint.objects.order_by("pk"):
        label = f"the checkpoint of {timezone.localtime(checkpoint.at):%Y-%m-%d %H:%M}"
        anchors.setdefault(checkpoint.seq, []).append((checkpoint.hash, label))
    if expect is not None:
        anchors.setdefault(expect[0], []).append((expect[1], "the expected head"))
    return anchors


def verify_chain(*, expect: tuple[int, str] | None = None) -> ChainReport:
    """Re-compute every hash in order, and compare the chain with every checkpoint of its head and with
    `expect` (seq, hash), a published head. Reports the first entry whose hash or link does not match, or the
    first entry missing from the end (a truncated log or a deleted tail: ADR 0031)."""
    anchors = _anchors(expect)
    latest = ActivityCheckpoint.objects.order_by("-pk").first()
    anchor = f"#{latest.seq} of {timezone.localtime(latest.at):%Y-%m-%d %H:%M}" if latest else ""
    for hash_, label in anchors.get(0, ()):
        if hash_ != GENESIS_HASH:
            return ChainReport(0, GENESIS_HASH, 1, f"{label} does not anchor an empty log", anchor)
    expected_prev = GENESIS_HASH
    count = 0
    previous_seq = 0
    for entry in ActivityEntry.objects.order_by("seq").iterator(chunk_size=2000):
        count += 1
        if entry.seq != previous_seq + 1:
            return ChainReport(count, expected_prev, entry.seq, f"gap before entry #{entry.seq}", anchor)
        if entry.prev_hash != expected_prev:
            return ChainReport(count, expected_prev, entry.seq, f"entry #{entry.seq} does not link to #{previous_seq}",
                               anchor)
        if chain_hash(entry.canonical(), entry.prev_hash) != entry.hash:
            return ChainReport(count, expected_prev, entry.seq, f"entry #{entry.seq} content does not match its hash",
                               anchor)
        for hash_, label in anchors.get(entry.seq, ()):
            if hash_ != entry.hash:
                return ChainReport(count, expected_prev, entry.seq, f"entry #{entry.seq} does not match {label}",
                                   anchor)
        expected_prev = entry.hash
        previous_seq = entry.seq
    beyond = [(seq, label) for seq, found in anchors.items() if seq > previous_seq for _hash, label in found]
    if beyond:
        seq, label = max(beyond)
        return ChainReport(count, expected_prev, previous_seq + 1,
                           f"the log ends at entry #{previous_seq} but {label} anchors entry #{seq}: "
                           f"entries were removed (the log truncated or its tail deleted)", anchor)
    return ChainReport(count, expected_prev, anchor=anchor)


def tally(action: str, *, target, society=None, day=None) -> None:
    """Count one occurrence of a frequent anonymous event outside the chain (ADR 0031): one upsert on the
    (action, target, day) row, no chain lock, no entry. Certificate verifications are counted so."""
    if not actions.is_known(action):
        raise UnknownAction(f"unknown activity code {action!r}: declare it in the app's actions.py")
    table = ActivityTally._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (action, society_id, target, day, count) VALUES (%s, %s, %s, %s, 1) "
            f"ON CONFLICT (action, target, day) DO UPDATE SET count = {table}.count + 1",
            [action, getattr(society, "pk", society), target_label(target), day or clock.today()])


def timeline_for(society, limit: int = 200):
    return (
        ActivityEntry.objects.filter(society=society)
        .select_related("actor")
        .order_by("-seq")[:limit]
    )
