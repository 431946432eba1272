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


def nav_group_labels() -> dict:
    from django.utils.translation import pgettext_lazy

    # A context of their own: "Office" here is the office's own pages, not a rank's office (another msgid).
    return {"registration": pgettext_lazy("navigation group", "Registration"),
            "societies": pgettext_lazy("navigation group", "Societies"),
            "audit": pgettext_lazy("navigation group", "Audit and inquiry"),
            "bakijai": pgettext_lazy("navigation group", "Bakijai"),
            "liquidation": pgettext_lazy("navigation group", "Liquidation"),
            "appeals": pgettext_lazy("navigation group", "Appeals"),
            "reports": pgettext_lazy("navigation group", "Reports"),
            "office": pgettext_lazy("navigation group", "Office")}


def office_nav_groups(path: str = "", extra: dict | None = None) -> list[dict]:
    """The officer's menus, one per NAV_GROUPS group that has items, in that order; `extra` adds items per
    group ({"office": [(label, url)]}: the superuser's outbox). The item whose URL is the longest prefix of
    `path` is the current page (a detail page under its list marks the list), and its group is marked too."""
    from django.urls import reverse

    labels = nav_group_labels()
    items = {group: [] for group in NAV_GROUPS}
    for item in _OFFICE_NAV:
        items[item.group].append({"label": item.label, "url": reverse(item.url_name)})
    for group, pairs in (extra or {}).items():
        items[group].extend({"label": label, "url": url} for label, url in pairs)
    matches = [entry for group in NAV_GROUPS for entry in items[group] if path.startswith(entry["url"])]
    current = max(matches, key=lambda entry: len(entry["url"]), default=None)
    groups = []
    for group in NAV_GROUPS:
        if not items[group]:
            continue
        for entry in items[group]:
            entry["current"] = entry is current
        groups.append({"key": group, "label": labels[group], "items": items[group],
                       "current": any(entry["current"] for entry in items[group])})
    return groups
