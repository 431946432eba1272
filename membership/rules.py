"""The statute of membership as pure functions: no database, no clock, no network."""

from datetime import date
from decimal import Decimal

MIN_AGE = 18


def is_old_enough(age_on_admission: int | None, *, min_age: int = MIN_AGE) -> bool:
    """s.5; rules.yaml member_min_age_18: an individual member must have completed 18 years (or the bye-law
    minimum, never lower) on the admission date. An unknown age is not old enough."""
    return age_on_admission is not None and age_on_admission >= max(min_age, MIN_AGE)


def holding_within_cap(*, holding_after: int, issued_after: int, cap_shares: int | None,
                       cap_percent: Decimal | None) -> bool:
    """ss.7(1), 52; rules.yaml member_shareholding_cap: after an allotment or transfer, the member's holding may
    not exceed the cap the rules or bye-laws set, as a number of shares and/or a percentage of the issued
    shares (both apply when both are set). No cap recorded: allowed."""
    if cap_shares is not None and holding_after > cap_shares:
        return False
    over_percent = cap_percent is not None and issued_after > 0 and holding_after * 100 > cap_percent * issued_after
    return not over_percent


def age_on(day: date, *, born: date | None = None, stated_age: int | None = None,
           stated_on: date | None = None) -> int | None:
    """Completed years on `day` from a date of birth, or from an age stated on a date."""
    ref, base = (born, 0) if born else (stated_on, stated_age)
    if ref is None or base is None:
        return None
    return base + day.year - ref.year - ((day.month, day.day) < (ref.month, ref.day))
