"""Permission-triad cases for the public statute pages (walked by tests/test_permission_triad.py)."""

from tests.triad import Case

CASES = [
    Case("statute_rule", "public", build=lambda p: ({"rule_id": "registration_deemed_60d"}, None, "")),
]
