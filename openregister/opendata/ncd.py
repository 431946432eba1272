"""An export shaped like the National Cooperative Database (NCD) for the department to upload.

THE MAPPING IS OUR ASSUMPTION (issue 24 point 4; docs/adr/0049): the NCD's upload format is not published to
us. We give the fields its public dashboard shows — location, sector, members, activity, audit status, and
whether the society is "functional" — and say here how each is derived, so the department can correct it.
- sector: our society type, mapped to the NCD's sector names below;
- functional: registered (not cancelled, in liquidation or dissolved) and run by an elected Board or an officer in
  charge, and — where the audit module records audits — audited in one of the last two financial years;
- audit_status: "audited <year> class <X>" from the audit module's `last_audit` where it exists, else
  "not recorded".
Members come from the registers of members, in chunks of CHUNK societies (two queries per chunk).
"""

from datetime import date

from societies.models import Society

from ..fields import _display

_TYPE_LABEL = _display("society_type")

CHUNK = 5000
DESCRIPTION = ("Fields in the shape of the National Cooperative Database (location, sector, members, activity, "
               "audit status, functional). The mapping is the Registrar's portal's assumption: see "
               "docs/adr/0049-public-register-and-api.md.")
SECTORS = {
    "gpss": "PACS", "thrift_credit": "Credit and Thrift", "cooperative_bank": "Co-operative Bank",
    "dairy": "Dairy", "fishery": "Fishery", "handloom_weavers": "Handloom", "sericulture": "Sericulture",
    "consumer_store": "Consumer", "wholesale_consumers": "Consumer", "marketing": "Marketing",
    "housing": "Housing", "farming": "Agriculture and Allied", "women_multipurpose": "Multipurpose",
    "other": "Others",
}
COLUMNS = ["registration_number", "name", "state", "district", "area_of_operation", "sector", "activity",
           "registered_on", "members", "women_members", "audit_status", "functional"]


def schema() -> dict:
    integer = {"members", "women_members"}
    return {"fields": [{"name": c, "type": "integer" if c in integer else ("date" if c == "registered_on" else
                                                                            "string")} for c in COLUMNS]}


def _last_audits(first_pk, last_pk, today):
    """{society id: (year label, class, recent)} from the audit module, where it provides `last_audit_for`."""
    try:
        from audit.public_register import last_audit_for
    except ImportError:
        return {}
    return last_audit_for(first_pk, last_pk, today)


def _member_counts(first_pk, last_pk, today) -> dict[int, tuple[int, int]]:
    """{society id: (members, women)} on the registers on `today`, for a pk range: one grouped query."""
    from django.db.models import Count, Q

    from membership.models import Gender, MemberVersion
    from membership.selectors import in_force, on_register

    rows = (MemberVersion.objects.filter(in_force(today), on_register(today), society_id__gte=first_pk,
                                         society_id__lte=last_pk).order_by()
            .values("society_id").annotate(n=Count("pk"), women=Count("pk", filter=Q(gender=Gender.WOMAN))))
    return {row["society_id"]: (row["n"], row["women"]) for row in rows}


def _functional(society, audit) -> bool:
    if society.legal_status != "registered":
        return False
    if society.governance_status not in ("elected_board", "officer_in_charge", "promoter_board"):
        return False
    return audit is None or audit[2]  # audit[2]: audited in one of the last two years


def rows(today: date):
    queryset = Society.objects.select_related("district").order_by("pk")
    batch = []
    for society in queryset.iterator(chunk_size=CHUNK):
        batch.append(society)
        if len(batch) == CHUNK:
            yield from _rows_of(batch, today)
            batch = []
    if batch:
        yield from _rows_of(batch, today)


def _rows_of(batch, today):
    first, last = batch[0].pk, batch[-1].pk
    counts = _member_counts(first, last, today)
    audits = _last_audits(first, last, today)
    for society in batch:
        count = counts.get(society.pk)
        audit = audits.get(society.pk)
        yield {
            "registration_number": society.registration_number, "name": society.name, "state": "Assam",
            "district": society.district.name, "area_of_operation": society.area_of_operation,
            "sector": SECTORS.get(society.society_type, "Others"),
            "activity": _TYPE_LABEL(society),
            "registered_on": society.registered_on.isoformat(),
            "members": count[0] if count else "", "women_members": count[1] if count else "",
            "audit_status": f"audited {audit[0]} class {audit[1]}" if audit else "not recorded",
            "functional": "yes" if _functional(society, audit) else "no",
        }
