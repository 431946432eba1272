"""Cases an officer holds, declared once (like clocks): the record, the field naming the officer, the "still
open" condition, the path to its district, and who may hold one. When an officer is transferred,
orders.transfers moves every open case of every declared kind to the successor in one logged action; the
officers' list counts them from the same declarations.

A module declares its kinds in `<app>/officer_cases.py` (found on first use, like admin modules):

    declare_case(OfficerCaseKind(
        code="registration.application", label=_("Registration applications"),
        model="societies.RegistrationApplication", officer_field="assigned_officer",
        open=Q(state__in=OPEN_STATES), district_path="district", may_hold=can_decide_in, ...))
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Count, Q
from django.utils.module_loading import autodiscover_modules

from registrar.selectors import jurisdiction_district_ids, officer_for


@dataclass(frozen=True, eq=False)
class OfficerCaseKind:
    code: str                                # "registration.application": in the activity entry's counts
    label: object                            # plural, for headings: "Registration applications"
    model: str                               # "app_label.Model"
    officer_field: str                       # the FK to the user holding the case
    open: Q                                  # still open: only these move
    district_path: str                       # lookup path from the row to its District ("society__district")
    may_hold: Callable[[object, int], bool]  # may_hold(user, district_id): the successor may hold it there
    describe: Callable[[object], str]        # one line naming the case
    url_name: str = ""                       # office page of the case, reversed with the row's pk
    url_pk_path: str = "pk"                  # lookup path from the row to that page's pk
    related: tuple[str, ...] = ()            # select_related for describing rows

    @property
    def model_class(self):
        return apps.get_model(self.model)

    def open_rows(self):
        return self.model_class._default_manager.filter(self.open)

    def held_by(self, user):
        return self.open_rows().filter(**{self.officer_field: user})

    def district_id(self, row) -> int | None:
        obj = row
        parts = self.district_path.split("__")
        for part in parts[:-1]:
            obj = getattr(obj, part)
        return getattr(obj, f"{parts[-1]}_id")

    def url(self, row) -> str:
        if not self.url_name:
            return ""
        from django.urls import reverse

        obj = row
        for part in self.url_pk_path.split("__"):
            obj = getattr(obj, part)
        return reverse(self.url_name, args=[obj])


_KINDS: dict[str, OfficerCaseKind] = {}
_discovered = False


def declare_case(kind: OfficerCaseKind) -> OfficerCaseKind:
    if kind.code in _KINDS and _KINDS[kind.code] is not kind:
        raise ValueError(f"officer case kind {kind.code!r} declared twice")
    _KINDS[kind.code] = kind
    return kind


def declared_cases() -> list[OfficerCaseKind]:
    global _discovered
    if not _discovered:
        autodiscover_modules("officer_cases")
        _discovered = True
    return sorted(_KINDS.values(), key=lambda k: k.code)


def in_jurisdiction_of(user, district_id: int | None) -> bool:
    """An active officer (any rank) whose jurisdiction covers the district (the Directorate: every district)."""
    if officer_for(user) is None:
        return False
    ids = jurisdiction_district_ids(user)
    return ids is None or (district_id is not None and district_id in ids)


def open_case_counts(user_ids) -> dict[int, int]:
    """{user id: open cases held, over every declared kind}: one aggregate query per kind."""
    counts: dict[int, int] = {}
    for kind in declared_cases():
        rows = (kind.open_rows().filter(**{f"{kind.officer_field}__in": list(user_ids)})
                .values(kind.officer_field).annotate(n=Count("pk")).order_by())
        for row in rows:
            counts[row[kind.officer_field]] = counts.get(row[kind.officer_field], 0) + row["n"]
    return counts
