"""Attempt throttling that holds under bursts (issue 11 § 2; ADR 0013-accounts-sign-up-and-throttling).

Every guarded attempt (a login, an admin login, a password-reset request, a sign-up that e-mails a code, a code
typed in) first *reserves* a slot: one `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` per key increments the
counter of the current window and returns the new count. The statement takes the counter row's lock, so forty
parallel requests get the counts 1..40 and only those within the limit go on to check a password; reading a
count and writing a failure later (the old way) let eleven of forty through against a limit of five.

Two keys per attempt: the subject (an account, or the e-mail typed) and the client address. Village service
centres put many people behind one address, so the per-address limit is higher than the per-account one. The
client address is REMOTE_ADDR, or the X-Forwarded-For entry added by a proxy listed in TRUSTED_PROXY_IPS.

A successful login gives its reservations back (`Reservation.refund`), so the counters hold failures and
attempts still in flight; resets, sign-ups and code entries keep theirs. Nothing here runs on an ordinary page
view: only the forms that check a secret or send an e-mail call `reserve`.
"""

import hashlib
import ipaddress
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.db import connection
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from . import clock
from .models import ThrottleCounter

# Messages (asserted verbatim by tests). They never say whether an account or e-mail exists: the counters are
# kept for whatever was typed, registered or not.
SUBJECT_LIMITED = {
    "login": _("Too many failed attempts for this account. For your security, logging in is paused for "
               "%(minutes)s minutes. You can reset your password meanwhile."),
    "reset": _("Too many password-reset requests for this email. Try again in %(minutes)s minutes."),
    "signup": _("Too many sign-up requests for this email. Try again in %(minutes)s minutes."),
    "code": _("Too many codes tried for this email. Try again in %(minutes)s minutes."),
}
ADDRESS_LIMITED = _(
    "Too many attempts from your network. Try again in %(minutes)s minutes, or ask at the district office."
)


@dataclass(frozen=True)
class Limit:
    scope: str
    per_subject: int
    per_address: int
    window_seconds: int


def limit_for(scope: str) -> Limit:
    minutes = settings.LOGIN_LOCKOUT_MINUTES
    limits = {
        "login": Limit("login", settings.LOGIN_FAILURE_LIMIT, settings.LOGIN_ADDRESS_LIMIT, minutes * 60),
        "reset": Limit("reset", 3, 30, 3600),
        "signup": Limit("signup", 3, 50, 3600),
        "code": Limit("code", 5, 50, 1800),
    }
    return limits[scope]


class Throttled(Exception):
    def __init__(self, message: str, seconds_left: int):
        self.minutes = max(1, -(-seconds_left // 60))
        self.message = message % {"minutes": self.minutes}
        super().__init__(self.message)


@dataclass
class Reservation:
    keys: list[str] = field(default_factory=list)

    def refund(self) -> None:
        """Give the slots back (a successful login is not a failure)."""
        if self.keys:
            ThrottleCounter.objects.filter(key__in=self.keys, hits__gt=0).update(hits=F("hits") - 1)
            self.keys = []


def subject_key(scope: str, kind: str, value: str) -> str:
    """`login:user:42`, or a hash of what was typed (so the table holds no e-mail addresses in clear)."""
    if kind == "user":
        return f"{scope}:user:{value}"
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:40]
    return f"{scope}:{kind}:{digest}"


def address_key(scope: str, address: str) -> str:
    return f"{scope}:addr:{address}"


def take(key: str, now: int, window: int) -> tuple[int, int]:
    """Increment `key`'s counter in the current window in one statement; return (hits, window_started)."""
    table = connection.ops.quote_name(ThrottleCounter._meta.db_table)
    cutoff = now - window
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (key, window_started, hits) VALUES (%s, %s, 1) "
            f"ON CONFLICT (key) DO UPDATE SET "
            f"hits = CASE WHEN {table}.window_started <= %s THEN 1 ELSE {table}.hits + 1 END, "
            f"window_started = CASE WHEN {table}.window_started <= %s THEN EXCLUDED.window_started "
            f"ELSE {table}.window_started END "
            f"RETURNING hits, window_started",
            [key, now, cutoff, cutoff],
        )
        hits, started = cursor.fetchone()
    return hits, started


def reserve(scope: str, *, subject: str, address: str | None) -> Reservation:
    """Reserve one attempt for `subject` (a key from `subject_key`) and the client address, or raise Throttled.

    Call it before checking the secret. Runs in autocommit (the forms that call it are not inside a
    transaction), so each increment is visible to every other connection at once.
    """
    limit = limit_for(scope)
    now = int(clock.now().timestamp())
    reservation = Reservation()
    hits, started = take(subject, now, limit.window_seconds)
    reservation.keys.append(subject)
    if hits > limit.per_subject:
        raise Throttled(str(SUBJECT_LIMITED[scope]), started + limit.window_seconds - now)
    if address:
        key = address_key(scope, address)
        hits, started = take(key, now, limit.window_seconds)
        reservation.keys.append(key)
        if hits > limit.per_address:
            reservation.refund()  # the account's slot was not used: the attempt never reached the password
            raise Throttled(str(ADDRESS_LIMITED), started + limit.window_seconds - now)
    return reservation


def is_locked(key: str, scope: str = "login") -> bool:
    limit = limit_for(scope)
    now = int(clock.now().timestamp())
    return ThrottleCounter.objects.filter(
        key=key, hits__gte=limit.per_subject, window_started__gt=now - limit.window_seconds).exists()


def locked_user_ids(scope: str = "login") -> dict[int, int]:
    """{user id: seconds until the pause ends} for accounts whose login is paused now."""
    limit = limit_for(scope)
    now = int(clock.now().timestamp())
    rows = ThrottleCounter.objects.filter(
        key__startswith=f"{scope}:user:", hits__gte=limit.per_subject,
        window_started__gt=now - limit.window_seconds).values_list("key", "window_started")
    return {int(key.rsplit(":", 1)[1]): started + limit.window_seconds - now for key, started in rows}


def clear(key: str) -> int:
    return ThrottleCounter.objects.filter(key=key).delete()[0]


@lru_cache(maxsize=8)
def _networks(spec: tuple[str, ...]):
    return tuple(ipaddress.ip_network(item, strict=False) for item in spec)


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in _networks(tuple(settings.TRUSTED_PROXY_IPS)))


def client_address(request) -> str | None:
    """The client's address: REMOTE_ADDR, unless that is a configured trusted proxy, in which case the
    right-most X-Forwarded-For entry that is not itself a trusted proxy. Anything unparsable falls back to
    REMOTE_ADDR: a header from an untrusted peer is never believed (it would let one client pose as many)."""
    if request is None:
        return None
    remote = request.META.get("REMOTE_ADDR") or None
    if remote and settings.TRUSTED_PROXY_IPS and _trusted(remote):
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        for hop in reversed(hops):
            try:
                ipaddress.ip_address(hop)
            except ValueError:
                break
            if not _trusted(hop):
                return hop
    return remote
