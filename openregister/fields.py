"""The columns of the public register: the search result's CSV extract, the API's society, the open-data files.

Declared once (`public_field`), so a module adds a column without changing the register, the API or the export:
its `value(society)` reads the society row as `annotate(queryset)` left it, so a column that needs another table
annotates the queryset once for the whole page instead of one query per society (design.md § performance).

Only facts about the body corporate are public. No field here may read a member's, promoter's or officer's
personal details (tests/openregister plants canaries in every private field and reads every public output).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class PublicField:
    key: str                    # the CSV header and the API/JSON key: snake_case, stable (open-data schema)
    label: object               # shown as the column's title
    value: Callable             # (society) -> str | int | date | None
    type: str = "string"        # Frictionless Table Schema type: string, integer, date
    description: object = ""    # the open-data schema's field description
    annotate: Callable | None = None  # (queryset) -> queryset: what `value` needs, for every row at once
    order: int = 100
    # (societies, today) -> None: what `value` needs that SQL cannot annotate (a module's explanation of a status,
    # societies.status), set on a whole page or chunk of rows at once by `fill`.
    fill: Callable | None = None


_FIELDS: dict[str, PublicField] = {}


def public_field(field: PublicField) -> PublicField:
    existing = _FIELDS.get(field.key)
    if existing is not None and existing.label != field.label:
        raise ValueError(f"public field {field.key!r} declared twice")
    _FIELDS[field.key] = field
    return field


def declared() -> list[PublicField]:
    return sorted(_FIELDS.values(), key=lambda f: (f.order, f.key))


def prepare(queryset: QuerySet) -> QuerySet:
    """The societies with everything every declared field reads."""
    queryset = queryset.select_related("district")
    for field in declared():
        if field.annotate is not None:
            queryset = field.annotate(queryset)
    return queryset


def fill(societies: list, today) -> list:
    """Run every declared field's `fill` over a page of societies (already read): a fixed number of queries."""
    for field in declared():
        if field.fill is not None:
            field.fill(societies, today)
    return societies


def iterate(queryset: QuerySet, today, *, chunk: int = 2000):
    """The prepared societies of a queryset, streamed in chunks (a server-side cursor), each chunk filled."""
    batch = []
    for society in queryset.iterator(chunk_size=chunk):
        batch.append(society)
        if len(batch) == chunk:
            yield from fill(batch, today)
            batch = []
    yield from fill(batch, today)


def row(society) -> dict:
    return {field.key: field.value(society) for field in declared()}


def _display(choice_field: str):
    """The choice's label in the active language, looked up in a dict made once per language: Django's
    get_FOO_display hashes the lazy choices on every call (most of an export's time at 1,000,000 rows)."""
    from django.utils.translation import get_language

    from societies.models import Society

    labels: dict[str | None, dict] = {}

    def value(society):
        language = get_language()
        table = labels.get(language)
        if table is None:
            table = labels[language] = {key: str(label) for key, label in
                                        Society._meta.get_field(choice_field).flatchoices}
        raw = getattr(society, choice_field)
        return table.get(raw, raw)

    return value


def _attach_statuses(societies, today):
    from societies.status import attach_statuses

    if societies and not hasattr(societies[0], "status"):
        attach_statuses(societies, today)


def _status(society):
    from societies.status import status_of

    status = getattr(society, "status", None)
    if status is None:  # a caller that did not fill the page: correct, one society at a time
        from registrar import clock

        status = society.status = status_of(society, clock.today())
    return status


def _status_until(society):
    dates = [note.until for note in _status(society).notes if note.until]
    return min(dates) if dates else None


for _field in (
    PublicField("registration_number", _("Registration number"), lambda s: s.registration_number, order=10,
                description=_("The number on the certificate of registration (s.11).")),
    PublicField("name", _("Name"), lambda s: s.name, order=11),
    PublicField("name_as", _("Name in Assamese"), lambda s: s.name_as, order=12),
    PublicField("society_type", _("Type"), lambda s: s.society_type, order=13,
                description=_("The society's class, as a code (gpss, dairy, fishery ...).")),
    PublicField("society_type_label", _("Type (name)"), _display("society_type"), order=14),
    PublicField("district", _("District"), lambda s: s.district.name, order=15),
    PublicField("district_code", _("District code"), lambda s: s.district.code, order=16),
    PublicField("area_of_operation", _("Area of operation"), lambda s: s.area_of_operation, order=17),
    PublicField("registered_address", _("Registered address"), lambda s: s.address, order=18,
                description=_("The society's registered office (s.16), not a person's address.")),
    PublicField("registered_on", _("Date of registration"), lambda s: s.registered_on, type="date", order=19),
    PublicField("registration_kind", _("Registered by"), lambda s: s.registration_kind, order=20,
                description=_("certificate: by the Registrar's certificate; deemed: deemed registered (s.11).")),
    PublicField("legal_status", _("Legal status"), lambda s: s.legal_status, order=21,
                description=_("Does the body corporate exist: registered, cancellation ordered, in liquidation, "
                              "dissolved ...")),
    PublicField("legal_status_label", _("Legal status (name)"), _display("legal_status"), order=22),
    PublicField("governance_status", _("Who runs it"), lambda s: s.governance_status, order=23,
                description=_("Elected Board, officer in charge, Board superseded ...")),
    PublicField("governance_status_label", _("Who runs it (name)"), _display("governance_status"), order=24),
    # The status explained with its dates (societies.status: each module declares its own sentence), e.g.
    # "Cancellation ordered; the members' appeal window is open until 14 February 2027". Empty when the plain
    # status says everything.
    PublicField("status_note", _("Status explained"), lambda s: _status(s).text if _status(s).notes else "",
                order=25, fill=lambda societies, today: _attach_statuses(societies, today),
                description=_("The legal and governance status in words, with the dates that matter "
                              "(appeal window, administrator's period, successors).")),
    PublicField("status_until", _("Status until"), lambda s: _status_until(s), type="date", order=26,
                fill=lambda societies, today: _attach_statuses(societies, today),
                description=_("The date the status runs to, where it has one (the end of an appeal window or of "
                              "an administrator's period).")),
):
    public_field(_field)
