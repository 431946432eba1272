"""Stays (s.111(4)) and the one dating rule for an effect a stay held (docs/adr/0032-stays.md).

A stay is against one order and holds only that order's own effects (a cancellation taking effect, a demand
certificate's default, a supersession) while it is in force, from `granted_on` through `vacated_on`, both days
included. An effect falls at the start of its legal day, so a stay holds it only if it was granted before that
day; when the stay is vacated, the held effect falls on the later of its legal date and the day after the stay
ends. A stay never postpones a deemed outcome that runs against the Registrar (s.11 proviso, s.20(2), s.45(1)):
a clock of one of those rules cannot be declared `stayed_by` (registrar.clocks.DEEMED_AGAINST_REGISTRAR).
Modules ask `is_stayed(order, on)` and `held_effect_date(order, legal_date)`; none keeps its own.
"""

from datetime import date, timedelta

from .models import Order, Stay


def _stays(order: Order) -> list[Stay]:
    prefetched = getattr(order, "_prefetched_objects_cache", {}).get("stays")
    rows = list(prefetched) if prefetched is not None else list(order.stays.all())
    return sorted(rows, key=lambda s: (s.granted_on, s.pk))


def is_stayed(order: Order | None, on: date) -> bool:
    """True when a stay of `order` is in force on the day `on` (granted_on <= on <= vacated_on)."""
    if order is None:
        return False
    return any(s.granted_on <= on and (s.vacated_on is None or on <= s.vacated_on) for s in _stays(order))


def held_effect_date(order: Order | None, legal_date: date) -> date | None:
    """The day an effect of `order` whose legal date is `legal_date` falls, given the order's stays; None while
    a stay holds it.

    One pass over the stays, oldest first: a stay granted before the day the effect would fall, and still in
    force on that day, moves it to the day after the stay ends (or holds it, while not vacated). A stay granted
    on or after that day comes after the effect and does not undo it. Chained stays chain: the second stay is
    measured against the day the first one moved the effect to. (Stays are sorted by their start and the
    effect only moves later, so a stay passed over cannot come to matter after a later one moves it.)
    """
    if order is None:
        return legal_date
    falls_on = legal_date
    for stay in _stays(order):
        if stay.granted_on < falls_on and (stay.vacated_on is None or stay.vacated_on >= falls_on):
            if stay.vacated_on is None:
                return None
            falls_on = stay.vacated_on + timedelta(days=1)
    return falls_on
