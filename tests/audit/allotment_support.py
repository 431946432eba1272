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


def firm_user(officer_user, audit_row, firm, today=TODAY, password="Tezpur-Ledger-2026"):
    """Allot to the firm and accept its invitation: the firm's user (a new account)."""
    from parties.models import PartyInvitation
    from parties.services import party_invitation_accept

    allot(officer_user, audit_row, firm=firm, today=today)
    invitation = PartyInvitation.objects.get(object_id=audit_row.pk, email=firm.email)
    return party_invitation_accept(token=invitation.token, full_name="Ritu Das", password=password,
                                   today=today).user


def with_fee(officer_user, audit_row, *, paid=False, today=TODAY):
    from decimal import Decimal

    from audit.models import AuditFeeBand
    from audit.services.fees import audit_fee_raise
    from dues.services import payment_record

    AuditFeeBand.objects.get_or_create(effective_from=date(2025, 4, 1), min_working_capital=0,
                                       defaults={"fee": Decimal(900)})
    Audit.objects.filter(pk=audit_row.pk).update(status="completed", completed_on=today)
    due = audit_fee_raise(actor=officer_user, audit_id=audit_row.pk, working_capital=Decimal(250000), today=today)
    if paid:
        payment_record(due_id=due.pk, actor=officer_user, amount=Decimal(900), paid_on=today,
                       reference_kind="treasury_challan", reference_number="TC-4471", today=today)
    return due
