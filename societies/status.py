"""One status everywhere (issues 17, 20, 21): the sentence that explains a society's legal and governance status
with its dates and links — "Cancellation ordered; the appeal window is open until 14 February 2027", "Board
superseded; administrator until 30 June 2027", "Divided into A and B".

Each module that owns a status declares how to explain it, once, and every page that shows a status (office lists,
the secretary's page, the public card, the public register, the API, certificate verification) asks this module:

    @status_note(legal=LegalStatus.CANCELLATION_ORDERED)
    def _cancellation(societies, today):          # the societies in that status, as a list
        return {society.pk: StatusNote(text, links) for ...}   # a fixed number of queries for the whole list

A provider is called only with the societies in its status, and must answer for all of them in a fixed number of
queries (lists of 50 societies are checked at two sizes). It may leave a society out (no note: the plain label).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from django.utils.functional import Promise

Provider = Callable[[list, date], dict]


@dataclass(frozen=True)
class StatusLink:
    label: str | Promise
    url: str  # a public URL (the public register's page of a successor, the liquidation board's entry)


@dataclass(frozen=True)
class StatusNote:
    text: str | Promise
    links: tuple[StatusLink, ...] = ()
    until: date | None = None  # the date the status runs to, when it has one (for the API and sorting)


@dataclass
class SocietyStatus:
    legal_label: str
    governance_label: str
    notes: list[StatusNote] = field(default_factory=list)

    @property
    def text(self) -> str:
        """One line for a CSV cell or a list: the notes, or the plain label."""
        return "; ".join(str(note.text) for note in self.notes) or str(self.legal_label)


_PROVIDERS: dict[tuple[str, str], list[Provider]] = {}


def status_note(*, legal: str | None = None, governance: str | None = None) -> Callable[[Provider], Provider]:
    """Declare how to explain one legal status or one governance status (exactly one of the two)."""
    if (legal is None) == (governance is None):
        raise TypeError("status_note takes exactly one of legal= or governance=")
    key = ("legal", str(legal)) if legal is not None else ("governance", str(governance))

    def register(provider: Provider) -> Provider:
        if provider not in _PROVIDERS.setdefault(key, []):
            _PROVIDERS[key].append(provider)
        return provider

    return register


def _labels(model, name: str) -> dict[str, str]:
    """The field's choice labels in the current language, by value (what get_FOO_display() gives)."""
    return {value: str(label) for value, label in model._meta.get_field(name).flatchoices}


def statuses(societies: Iterable, today: date) -> dict[int, SocietyStatus]:
    """Every society's status with its notes; one call per provider whose status occurs in the list."""
    societies = list(societies)
    if not societies:
        return {}
    # The labels once per call, not per society: get_FOO_display() rebuilds (and hashes) the choices on every
    # call, which was a quarter of an API page of 100 societies (9.5 of 38 ms).
    legal, governance = (_labels(type(societies[0]), name) for name in ("legal_status", "governance_status"))
    result = {s.pk: SocietyStatus(legal.get(s.legal_status, s.legal_status),
                                  governance.get(s.governance_status, s.governance_status)) for s in societies}
    for (axis, value), providers in _PROVIDERS.items():
        attribute = "legal_status" if axis == "legal" else "governance_status"
        members = [s for s in societies if getattr(s, attribute) == value]
        if not members:
            continue
        for provider in providers:
            for pk, note in provider(members, today).items():
                if note is not None:
                    result[pk].notes.append(note)
    return result


def status_of(society, today: date) -> SocietyStatus:
    return statuses([society], today)[society.pk]


def attach_statuses(societies: Iterable, today: date) -> list:
    """Set `society.status` on every society of a page (a list view), in one call per provider."""
    societies = list(societies)
    found = statuses(societies, today)
    for society in societies:
        society.status = found[society.pk]
    return societies
