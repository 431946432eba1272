"""Home-page cards. Each app registers cards for an audience; the home views render whatever is registered.

A card function takes (user, today) and returns a list of `Card`s, using real counts from the database.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Card:
    title: str
    count: int
    url: str = ""
    tone: str = "neutral"  # neutral | good | warn | bad
    note: str = ""


_CARDS: dict[str, list[Callable]] = {"officer": [], "secretary": [], "citizen": []}


def card_provider(audience: str):
    def decorate(func):
        if func not in _CARDS[audience]:
            _CARDS[audience].append(func)
        return func

    return decorate


def cards_for(audience: str, user, today: date) -> list[Card]:
    cards: list[Card] = []
    for provider in _CARDS[audience]:
        cards.extend(provider(user, today))
    return cards


# The office's functions (issue 13 point 7): the navigation is one menu per group, in this order.
NAV_GROUPS = ("registration", "societies", "audit", "bakijai", "liquidation", "appeals", "reports", "office")


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    order: int = 100
    group: str = "office"


_OFFICE_NAV: list[NavItem] = []


def office_nav_item(label, url_name: str, order: int = 100, group: str = "office") -> None:
    """Apps add their office pages to the officer's navigation (in their AppConfig.ready), under one of
    NAV_GROUPS."""
    if group not in NAV_GROUPS:
        raise ValueError(f"navigation group must be one of {NAV_GROUPS}, not {group!r}")
    if all(item.url_name != url_name for item in _OFFICE_NAV):
        _OFFICE_NAV.append(NavItem(label, url_name, order, group))
        _OFFICE_NAV.sort(key=lambda item: item.order)


def office_nav() -> list[dict]:
    from django.urls import reverse

    return [{"label": item.label, "url": reverse(item.url_name)} for item in _OFFICE_NAV]
