"""Builders for the allotment tests (tests of the audit work have their own)."""

from datetime import date

from audit.models import Audit, PanelApprover, PanelFirm, PanelOrder, PanelPartner
from audit.services.allotment import audit_allot, audit_open
from registrar.models import District
from societies.models import Society

TODAY = date(2026, 5, 4)          # a Monday, after the year 2025-26 closed
FY = date(2026, 3, 31)


def society(district=None, number="SNT/REG/2020/0101", name="Borsola Fishery Co-operative Society Limited",
            registered_on=date(2024, 6, 1)):
    district = district or District.objects.get(code="SNT")
    return Society.objects.create(registration_number=number, name=name, society_type="fishery", district=district,
                                  address="Borsola", registered_on=registered_on)


def panel(*, approver=PanelApprover.STATE_GOVERNMENT, number="FIN(CA)/12/2025", capacity=5, districts=(),
          name="Das & Co., Chartered Accountants", frn="312345E", email="audit@dasandco.in", icai="054321"):
    order, _ = PanelOrder.objects.get_or_create(
        approver=approver, number=number,
        defaults={"made_on": date(2025, 3, 1), "valid_from": date(2025, 4, 1), "valid_to": date(2028, 3, 31)})
    firm = PanelFirm.objects.create(order=order, name=name, frn=frn, email=email, capacity=capacity)
    firm.districts.set(districts)
    PanelPartner.objects.create(firm=firm, name="Ritu Das", icai_number=icai)
    return firm


def opened(society_row, fy_end=FY, today=TODAY) -> Audit:
    return audit_open(society_row, fy_end, today=today)


def allot(officer_user, audit, *, auditor=None, firm=None, today=TODAY, **extra):
    if firm is not None:
        extra.setdefault("agm_resolution_on", date(2026, 4, 20))
    return audit_allot(actor=officer_user, audit_id=audit.pk, today=today,
                       officer_id=auditor.officer.pk if auditor is not None else None,
                       firm_id=firm.pk if firm is not None else None, **extra)


def past_audit(society_row, fy_end, *, auditor=None, firm=None):
    """An earlier year's audit as a record (allotted), without the guards of its own day."""
    audit = Audit.objects.create(society=society_row, fy_end=fy_end, opened_on=fy_end, due_on=fy_end)
    audit.allot(on=fy_end, officer=auditor.officer if auditor else None, firm=firm)
    audit.save()
    return audit
