"""The statute of registration as pure functions (no database, clock or network).

Counting follows statute/README.md: the trigger day is excluded ("within N days from T" ends on T + N) and a
deemed outcome takes effect on the day after the last day. Holiday roll-forward never applies to the deemed
registration clock: it runs against the Registrar.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from registrar.calendar import add_days, add_years, day_after

REGISTRATION_PERIOD_DAYS = 60
MIN_PROMOTERS = 10
MIN_MEMBER_SOCIETIES = 3
MIN_AGE = 18
REGISTRATION_FEE_RATE = Decimal("0.01")


def registration_last_day(received_on: date) -> date:
    """Last day for the Registrar to register, or to send a refusal: 60 days from receipt.

    s.10(2), s.11; rules.yaml registration_certificate_60d, registration_refusal_60d, registration_deemed_60d.
    Received 15 Jan 2026 -> last day 16 Mar 2026.
    """
    return add_days(received_on, REGISTRATION_PERIOD_DAYS)


def deemed_registration_date(received_on: date) -> date:
    """The date a society is deemed registered when nothing went out by the last day: the day after.

    Proviso to s.11; rules.yaml registration_deemed_60d. Received 15 Jan 2026 -> deemed from 17 Mar 2026.
    """
    return day_after(registration_last_day(received_on))


def promoter_board_last_day(registered_on: date) -> date:
    """The promoter Board holds office for at most one year from registration.

    s.35(1); rules.yaml promoter_board_max_1y.
    """
    return add_years(registered_on, 1)


def registration_fee(authorised_capital: Decimal) -> Decimal:
    """Registration fee: 1% of the authorised share capital, rounded to the rupee-paisa.

    s.17(1), s.10(1)(e); rules.yaml registration_fee_1pct.
    """
    return (Decimal(authorised_capital) * REGISTRATION_FEE_RATE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def name_ends_limited(name: str) -> bool:
    """The name of a society with limited liability ends with the word "Limited" (or "Ltd").

    s.6(2); rules.yaml registration_name_ends_limited.
    """
    words = name.strip().rstrip(".").split()
    return bool(words) and words[-1].lower() in {"limited", "ltd"}


@dataclass(frozen=True)
class PromoterFacts:
    """What the rule needs of a promoter; models and forms adapt to this."""

    age: int | None
    family_id: str


def has_minimum_promoters(promoters: Iterable, secondary: bool = False) -> bool:
    """At least ten adult promoters from ten different families; a secondary society needs three societies.

    s.6(1) proviso and s.5; rules.yaml registration_min_members_10_families and member_min_age_18.
    `promoters` are objects with `age` and `family_id` (for a secondary society each row is a member society).
    """
    rows = list(promoters)
    if secondary:
        return len(rows) >= MIN_MEMBER_SOCIETIES
    adults = [p for p in rows if p.age is not None and p.age >= MIN_AGE]
    families = {(p.family_id or "").strip().upper() for p in adults if (p.family_id or "").strip()}
    return len(adults) >= MIN_PROMOTERS and len(families) >= MIN_PROMOTERS
