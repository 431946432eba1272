"""Sections of a society's public page (/register/<number>/) and of the API's society detail.

A module adds its section here (`public_section`) from its AppConfig.ready: the bye-laws their current text, the
audit the last audited year and its class. `context(society, today)` returns the template's context, or None to
leave the section out for this society; `api(society, today)` returns what the API's detail shows (JSON-ready),
or None. Only public facts about the body corporate.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PublicSection:
    key: str
    title: object
    template: str
    context: Callable            # (society, today) -> dict | None
    api: Callable | None = None  # (society, today) -> JSON-ready value | None
    order: int = 100


_SECTIONS: dict[str, PublicSection] = {}


def public_section(section: PublicSection) -> PublicSection:
    existing = _SECTIONS.get(section.key)
    if existing is not None and existing.template != section.template:
        raise ValueError(f"public section {section.key!r} declared twice")
    _SECTIONS[section.key] = section
    return section


def declared() -> list[PublicSection]:
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key))


def rendered(society, today) -> list[tuple[PublicSection, dict]]:
    shown = []
    for section in declared():
        context = section.context(society, today)
        if context is not None:
            shown.append((section, context))
    return shown


def api_values(society, today) -> dict:
    values = {}
    for section in declared():
        if section.api is not None:
            value = section.api(society, today)
            if value is not None:
                values[section.key] = value
    return values


def _public_orders(society, today):
    from .selectors import public_orders

    orders = public_orders(society)
    return {"orders": orders} if orders else None


def _public_orders_api(society, today):
    from .selectors import public_orders, serialise_order

    return [serialise_order(order) for order in public_orders(society)]


public_section(PublicSection("orders", "orders", "openregister/sections/orders.html", _public_orders,
                             api=_public_orders_api, order=90))
