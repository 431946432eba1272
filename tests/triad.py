"""The permission triad, driven by the URL patterns themselves.

Every named URL must be described by a `Case` in some `tests/<app>/triad_cases.py` (or in this module's
PUBLIC / EXEMPT lists). tests/test_permission_triad.py walks the URL resolver, so a new view that nobody
described fails the suite instead of shipping unchecked.

Audiences:
- public:        anonymous 200.
- office:        the ARCS of the record's district 200; an ARCS of another district 404 (200 for pages not
                 about one record, which must then not show the record); a citizen 403; anonymous -> login.
- owner:         the owning applicant/secretary 200; another citizen 404; anonymous -> login.
- authenticated: any logged-in user 200 (after following redirects to their own home); anonymous -> login.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    name: str
    audience: str
    # build(personas) -> (url kwargs, owner user or None, marker text that must not leak); personas is a dict.
    build: Callable[[dict], tuple[dict, object, str]] | None = None
    ok_status: int = 200
    query: str = ""
    notes: str = field(default="", compare=False)
    # False for office pages whose URL kwargs name no record (a report's slug): another district's officer then
    # gets 200, with their own district's figures, and must not see the marker.
    about_record: bool = True


# URL names that need no triad: Django's admin (own permission system), POST-only framework endpoints,
# and token links whose access control is the token itself.
EXEMPT_PREFIXES = ("admin:",)
EXEMPT = {
    "set_language": "Django's language switch (POST, no data)",
    "logout": "POST-only; logging out is allowed for anyone",
    "password_reset_confirm": "guarded by the one-time token in the URL",
    "inbox_mark_read": "POST-only; touches only the requester's own notices",
    "unlock_account": "POST-only; officers only, and only a colleague they may unlock: 403 otherwise "
                      "(tests/hardening/test_accounts_hardening.py)",
    "outbox": "superusers only (everyone's notices): 403 for an officer and the superuser's view are tested in "
              "tests/hardening/test_notice_outbox.py",
}
