"""Rate limits of the API with the IETF draft's headers (issue 24 point 2).

A fixed window of API_WINDOW_SECONDS per client: anonymous clients by address (registrar.throttle.client_address,
which believes X-Forwarded-For only from a trusted proxy), registered clients by their key. The counter is the
login throttle's: one INSERT ... ON CONFLICT per request in PostgreSQL (registrar/throttle.py), so every worker
process sees the same count, which Django's per-process memory cache would not.

Every response carries RateLimit-Limit / -Remaining / -Reset (draft-ietf-httpapi-ratelimit-headers); a refused
one is 429 with Retry-After (the seconds until the window ends).
"""

from django.conf import settings
from rest_framework.throttling import BaseThrottle

from registrar import clock, throttle

HEADERS_ATTRIBUTE = "_ratelimit_headers"


def _key_and_limit(request) -> tuple[str, int]:
    client = getattr(request, "auth", None)
    if client is not None and hasattr(client, "requests_per_window"):
        return f"api:client:{client.pk}", client.requests_per_window
    address = throttle.client_address(request) or "unknown"
    return f"api:addr:{address}", settings.API_ANONYMOUS_LIMIT


class WindowThrottle(BaseThrottle):
    def allow_request(self, request, view):
        key, limit = _key_and_limit(request)
        window = settings.API_WINDOW_SECONDS
        now = int(clock.now().timestamp())
        hits, started = throttle.take(key, now, window)
        self.reset = max(1, started + window - now)
        setattr(request._request, HEADERS_ATTRIBUTE, {
            "RateLimit-Limit": str(limit),
            "RateLimit-Remaining": str(max(0, limit - hits)),
            "RateLimit-Reset": str(self.reset),
        })
        return hits <= limit

    def wait(self):
        return self.reset


class RateLimitHeadersMixin:
    """Copies the throttle's headers onto the response (DRF throttles cannot set headers themselves)."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        for name, value in getattr(request._request, HEADERS_ATTRIBUTE, {}).items():
            response[name] = value
        return response
