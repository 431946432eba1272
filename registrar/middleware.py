"""Idle sessions end (issue 11 § 1: shared office computers). Written by the "accounts" helper.

SESSION_COOKIE_AGE (= SESSION_IDLE_MINUTES) is the idle period. A logged-in session is saved again — which
moves its expiry in the session table and on the cookie — when its last save is more than a minute old. That
is SESSION_SAVE_EVERY_REQUEST with a write at most once a minute instead of on every page, so an ordinary page
view gets no extra query. A session left idle longer than the limit has expired: Django's session store no
longer loads it and the next request is anonymous. Anonymous visitors get no session row.
"""

import time

from django.contrib.auth import SESSION_KEY

TOUCH_EVERY_SECONDS = 60
SEEN_KEY = "_seen"


def stamp_on_login(sender, request, user, **kwargs):
    """A fresh login counts as a touch, so the first pages after it cost no session write."""
    if getattr(request, "session", None) is not None:
        request.session[SEEN_KEY] = int(time.time())


def connect_login_stamp() -> None:
    """Called from RegistrarConfig.ready: connected once at start-up, not when the middleware is first built,
    so a login before any request (a management command, a test's force_login) is stamped too."""
    from django.contrib.auth.signals import user_logged_in

    user_logged_in.connect(stamp_on_login, dispatch_uid="registrar.idle_session_stamp")


class IdleSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        # Only a session this request already loaded (no extra query) that belongs to a logged-in user.
        if session is not None and session.accessed and session.session_key and SESSION_KEY in session:
            now = int(time.time())
            if now - session.get(SEEN_KEY, 0) >= TOUCH_EVERY_SECONDS:
                session[SEEN_KEY] = now  # marks it modified: SessionMiddleware saves it with a fresh expiry
        return response
