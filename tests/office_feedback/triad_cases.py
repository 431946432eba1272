"""Permission-triad cases for issue 25's new pages (walked by tests/test_permission_triad.py)."""

from tests.triad import Case

CASES = [
    Case("profile", "authenticated"),
    Case("profile_email", "authenticated"),
    Case("help", "public"),
]
