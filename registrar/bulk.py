"""Bulk operations (imports, mass notices, bulk allotment) and the activity log's chain lock (issue 12 point 5).

Every `activity.record` takes the chain's advisory lock (pg_advisory_xact_lock) and holds it until its
transaction commits: appends must not build on the same head. A bulk operation that recorded one entry per item
inside one long transaction would hold that lock for the whole import, and every other service's write in the
state would wait behind it. So a bulk operation does its per-item work in short transactions of its own,
collects the entries it owes, and writes them at the end in batches, each batch a short transaction that takes
the lock once::

    from registrar.bulk import bulk_activity

    with bulk_activity() as log:
        for row in rows:
            with transaction.atomic():      # the item's own work, without the chain lock
                member = member_import(row)
            log.add(MembershipAction.IMPORTED, actor=actor, society=society, target=member, data={...})
    # on leaving the block, the entries are appended in batches of `batch_size`, in the order they were added

If the block raises, nothing collected is written: the items already committed stay, and the caller's error
names the first failed item; run the import again (items are idempotent by their natural keys) to finish.
Each entry keeps the time it was added (`at`), so the log reads in the order the work was done.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import transaction

from . import activity, clock

DEFAULT_BATCH_SIZE = 500


@dataclass
class BulkActivity:
    batch_size: int = DEFAULT_BATCH_SIZE
    pending: list[dict] = field(default_factory=list)
    written: int = 0

    def add(self, action: str, *, actor=None, society=None, target=None, data: dict | None = None) -> None:
        if not activity.actions.is_known(action):  # fail at once, not at the end of a long import
            raise activity.UnknownAction(f"unknown activity code {action!r}: declare it in the app's actions.py")
        self.pending.append({"action": action, "actor": actor, "society": society, "target": target,
                             "data": data, "at": clock.now()})

    def flush(self) -> int:
        """Append what is pending, `batch_size` entries per transaction. Returns how many were written."""
        count = 0
        while self.pending:
            batch, self.pending = self.pending[:self.batch_size], self.pending[self.batch_size:]
            with transaction.atomic():
                for item in batch:
                    activity.record(item.pop("action"), **item)
            count += len(batch)
        self.written += count
        return count


@contextmanager
def bulk_activity(batch_size: int = DEFAULT_BATCH_SIZE):
    log = BulkActivity(batch_size=batch_size)
    yield log
    log.flush()
