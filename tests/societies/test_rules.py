"""The statute of registration as pure functions: hand-written dates, no database.

rules.yaml ids (docs/statute-coverage.md): registration_deemed_60d, promoter_board_max_1y, registration_fee_1pct,
registration_name_ends_limited, registration_min_members_10_families, member_min_age_18.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from societies.registration import rules


@pytest.mark.parametrize(("received", "last_day", "deemed"), [
    (date(2026, 1, 15), date(2026, 3, 16), date(2026, 3, 17)),   # statute/README.md worked example
    (date(2026, 1, 1), date(2026, 3, 2), date(2026, 3, 3)),
    (date(2027, 12, 31), date(2028, 2, 29), date(2028, 3, 1)),   # across 29 February of a leap year
    (date(2026, 11, 1), date(2026, 12, 31), date(2027, 1, 1)),   # across the year end
    (date(2026, 3, 20), date(2026, 5, 19), date(2026, 5, 20)),   # holidays never move the Registrar's clock
])
def test_registration_last_day_and_deemed_date(received, last_day, deemed):
    assert rules.registration_last_day(received) == last_day
    assert rules.deemed_registration_date(received) == deemed


def test_registration_last_day_is_never_15_march_for_15_january():
    assert rules.registration_last_day(date(2026, 1, 15)) != date(2026, 3, 15)


@pytest.mark.parametrize(("registered", "last_day"), [
    (date(2026, 3, 17), date(2027, 3, 17)),
    (date(2028, 2, 29), date(2029, 2, 28)),
])
def test_promoter_board_last_day(registered, last_day):
    assert rules.promoter_board_last_day(registered) == last_day


@pytest.mark.parametrize(("capital", "fee"), [
    (Decimal("200000"), Decimal("2000.00")),
    (Decimal("12345"), Decimal("123.45")),
    (Decimal("50"), Decimal("0.50")),
    (Decimal("0"), Decimal("0.00")),
])
def test_registration_fee_is_one_percent(capital, fee):
    assert rules.registration_fee(capital) == fee


@pytest.mark.parametrize(("name", "ok"), [
    ("Borgaon Fishery Co-operative Society Limited", True),
    ("Borgaon Fishery Co-operative Society Ltd.", True),
    ("Borgaon Fishery Co-operative Society limited ", True),
    ("Borgaon Fishery Co-operative Society", False),
    ("Limited Fishery Society", False),
    ("", False),
])
def test_name_ends_limited(name, ok):
    assert rules.name_ends_limited(name) is ok


@dataclass
class P:
    age: int | None
    family_id: str


@pytest.mark.parametrize(("promoters", "secondary", "ok"), [
    ([P(30, f"RC{i}") for i in range(10)], False, True),
    ([P(30, f"RC{i}") for i in range(9)], False, False),
    ([P(30, f"RC{i % 9}") for i in range(10)], False, False),           # only 9 families
    ([P(17, "RC0")] + [P(30, f"RC{i}") for i in range(1, 10)], False, False),  # a minor does not count
    ([P(18, f"RC{i}") for i in range(10)], False, True),               # 18 is an adult
    ([P(None, f"RC{i}") for i in range(10)], False, False),            # age unknown
    ([P(30, f"rc{i}") for i in range(5)] + [P(30, f"RC{i}") for i in range(5)], False, False),  # case-insensitive
    ([P(None, "") for _ in range(3)], True, True),                     # three member societies
    ([P(None, "") for _ in range(2)], True, False),
])
def test_has_minimum_promoters(promoters, secondary, ok):
    assert rules.has_minimum_promoters(promoters, secondary) is ok
