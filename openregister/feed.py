"""The change feed (issue 24 point 3): every public change to the register, read from the activity log.

Nothing is written twice: a public change is an activity entry whose action is declared here (`public_change`),
turned into a feed event when read. The cursor is the entry's `seq`. The log's appends are serialised by the
chain lock (registrar/activity.py: a transaction-scoped advisory lock around reading the head and inserting), so
entry N+1 cannot exist before entry N has committed: a reader that takes the head first and then reads up to it
can never skip an entry that commits later, nor see one twice (tests/openregister/test_feed.py, on PostgreSQL).

The feed keeps CHANGE_FEED_DAYS; a cursor older than that is refused (Companies House answers 416) so a client
knows it missed events and must reload the open-data snapshot.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Max, Min

from registrar import clock
from registrar.models import ActivityEntry

DEFAULT_LIMIT = 1000
MAX_LIMIT = 10000


@dataclass(frozen=True)
class PublicChange:
    action: str       # the activity code
    event: str        # the feed's name for it: registered, deemed_registered, status_changed ...
    # (entry) -> dict of public facts from the entry's data; the society's number and statuses are added anyway.
    describe: Callable | None = None


_CHANGES: dict[str, PublicChange] = {}


def public_change(change: PublicChange) -> PublicChange:
    existing = _CHANGES.get(change.action)
    if existing is not None and existing.event != change.event:
        raise ValueError(f"public change {change.action!r} declared twice")
    _CHANGES[change.action] = change
    return change


def public_actions() -> list[str]:
    return sorted(_CHANGES)


class CursorExpired(Exception):
    """The cursor points before the oldest entry the feed still keeps."""

    def __init__(self, oldest: int):
        self.oldest = oldest
        super().__init__(oldest)


def _window_start_seq(now) -> int | None:
    """The first seq inside the retention window (None: the log is empty or all older)."""
    cutoff = now - timedelta(days=settings.CHANGE_FEED_DAYS)
    return ActivityEntry.objects.filter(at__gte=cutoff).aggregate(first=Min("seq"))["first"]


def read(after: int | None, limit: int = DEFAULT_LIMIT) -> tuple[list[dict], int]:
    """(events, next cursor). `after` None starts at the retention window; a cursor older than the window raises
    CursorExpired."""
    now = clock.now()
    head = ActivityEntry.objects.aggregate(head=Max("seq"))["head"] or 0
    first = _window_start_seq(now)
    if after is None:
        after = (first - 1) if first else head
    elif first is not None and after < first - 1:
        raise CursorExpired(first - 1)
    limit = max(1, min(limit, MAX_LIMIT))
    entries = list(
        ActivityEntry.objects.filter(seq__gt=after, seq__lte=head, action__in=public_actions())
        .select_related("society__district").order_by("seq")[:limit])
    events = [event(entry) for entry in entries]
    next_cursor = entries[-1].seq if len(entries) == limit else max(head, after)
    return events, next_cursor


def event(entry: ActivityEntry) -> dict:
    change = _CHANGES[entry.action]
    society = entry.society
    payload = {
        "cursor": entry.seq,
        "at": entry.at.isoformat(),
        "event": change.event,
        "registration_number": society.registration_number if society else None,
        "name": society.name if society else None,
        "district": society.district.code if society else None,
        "legal_status": society.legal_status if society else None,
        "governance_status": society.governance_status if society else None,
    }
    if change.describe is not None:
        payload.update(change.describe(entry))
    return payload


for _change in (
    PublicChange("societies.registered", "registered"),
    PublicChange("societies.deemed_registered", "deemed_registered"),
    PublicChange("governance.election_recorded", "governance_status_changed"),
    PublicChange("governance.board_dissolved_no_agm", "governance_status_changed"),
    PublicChange("governance.board_term_ended", "governance_status_changed"),
    PublicChange("governance.officer_appointed", "governance_status_changed"),
    PublicChange("registrar.effect_rectified", "status_changed"),
):
    public_change(_change)
