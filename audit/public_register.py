"""What the statutory audit adds to the public register (openregister): the last audited year and its class on
the society's public page and in the API detail, and `last_audit_for` for the NCD-shaped open-data export (its
"functional" status reads the audit). Imported from AuditConfig.ready."""

from datetime import date

from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from openregister.sections import PublicSection, public_section

from .models import Audit, AuditStatus
from .rules import fy_label
from .selectors import last_audit

RECENT_YEARS = 2  # "functional" in the NCD export: audited in one of the last two financial years (ADR 0049)


def _context(society, today):
    audit = last_audit(society)
    return {"audit": audit} if audit is not None else None


def _api(society, today):
    audit = last_audit(society)
    if audit is None:
        return None
    return {"last_audited_year": audit.fy_label, "year_ended_on": audit.fy_end.isoformat(),
            "class": audit.audit_class, "reported_on": audit.reported_on.isoformat() if audit.reported_on else None}


def last_audit_for(first_pk: int, last_pk: int, today: date) -> dict[int, tuple[str, str, bool]]:
    """{society id: (year label, class, audited within RECENT_YEARS)} for the societies with first_pk <= pk <=
    last_pk (a range, not a list of ids: the open-data export walks the register in pk order): two queries."""
    latest = dict(Audit.objects.filter(society_id__gte=first_pk, society_id__lte=last_pk,
                                       status=AuditStatus.REPORTED).order_by()
                  .values("society_id").annotate(last=Max("fy_end")).values_list("society_id", "last"))
    if not latest:
        return {}
    classes = dict(Audit.objects.filter(society_id__in=latest, status=AuditStatus.REPORTED,
                                        fy_end__in=set(latest.values()))
                   .order_by("society_id", "fy_end")  # ascending: the dict keeps each society's latest
                   .values_list("society_id", "report__audit_class"))
    recent = date(today.year - RECENT_YEARS, today.month, min(today.day, 28))
    return {sid: (fy_label(end), classes.get(sid) or "", end >= recent) for sid, end in latest.items()}


public_section(PublicSection("audit", _("Statutory audit"), "openregister/sections/audit.html", _context,
                             api=_api, order=30))
