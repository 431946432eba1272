"""The office case page of a winding up is assembled from sections that each part of the module registers (the
cancellation's own actions, the liquidator's registers, the closing), so no part edits another's view:

    from liquidation.sections import CaseSection, case_section

    case_section(CaseSection("claims", "liquidation/workspace/_claims_section.html", _claims_context, order=40))

`context(case, request, today)` returns the template's context, or None to leave the section out. Sections render
in `order`; the cancellation's take 10-30."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class CaseSection:
    key: str
    template: str
    context: Callable          # (case, request, today) -> dict | None
    order: int = 100


_SECTIONS: dict[str, CaseSection] = {}


def case_section(section: CaseSection) -> CaseSection:
    existing = _SECTIONS.get(section.key)
    if existing is not None and existing.template != section.template:
        raise ValueError(f"case section {section.key!r} declared twice")
    _SECTIONS[section.key] = section
    return section


def declared() -> list[CaseSection]:
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key))


def rendered(case, request, today) -> list[tuple[CaseSection, dict]]:
    shown = []
    for section in declared():
        context = section.context(case, request, today)
        if context is not None:
            shown.append((section, context))
    return shown
