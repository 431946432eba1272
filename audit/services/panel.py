"""Recording the panels (s.81(1) proviso; s.145(1) for NABARD's): the Government's order, its firms and their
partners. The Directorate records; the portal does not empanel anyone."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.capabilities import Act, rank_may

from ..actions import AuditAction
from ..models import PanelFirm, PanelOrder, PanelPartner

NOT_ALLOWED = _("Only the Directorate records the audit panels.")
PERIOD_BACKWARDS = _("The panel's period cannot end before it begins.")
NO_PARTNER = _("Name at least one partner with an ICAI membership number.")


def _check(actor) -> None:
    if not rank_may(actor, Act.RECORD_AUDIT_PANEL):
        raise PermissionDenied(NOT_ALLOWED)


@transaction.atomic
def panel_order_record(*, actor, number: str, made_on: date, approver: str, valid_from: date,
                       valid_to: date) -> PanelOrder:
    _check(actor)
    if valid_to < valid_from:
        raise ValidationError({"valid_to": PERIOD_BACKWARDS})
    order = PanelOrder(number=number.strip(), made_on=made_on, approver=approver, valid_from=valid_from,
                       valid_to=valid_to, recorded_by=actor)
    order.full_clean(exclude=["recorded_by"])
    order.save()
    activity.record(AuditAction.PANEL_ORDER_RECORDED, actor=actor, target=order,
                    data={"number": order.number, "approver": approver, "valid_from": valid_from,
                          "valid_to": valid_to})
    return order


@transaction.atomic
def panel_firm_add(*, actor, order_id: int, name: str, frn: str, email: str, capacity: int,
                   partners: list[tuple[str, str]], district_ids=(), address: str = "", phone: str = "") -> PanelFirm:
    """A firm on the panel order with its partners [(name, ICAI membership number)]."""
    _check(actor)
    order = PanelOrder.objects.select_for_update().get(pk=order_id)
    partners = [(" ".join(n.split()), m.strip()) for n, m in partners if n.strip() or m.strip()]
    if not partners:
        raise ValidationError({"partners": NO_PARTNER})
    firm = PanelFirm(order=order, name=" ".join(name.split()), frn=frn.strip().upper(), email=email.strip().lower(),
                     capacity=capacity, address=address.strip(), phone=phone.strip())
    firm.full_clean(exclude=["order"])
    firm.save()
    firm.districts.set(district_ids)
    for partner_name, number in partners:
        partner = PanelPartner(firm=firm, name=partner_name, icai_number=number)
        partner.full_clean(exclude=["firm", "person"])
        partner.save()
    activity.record(AuditAction.PANEL_FIRM_ADDED, actor=actor, target=firm, data={
        "order": order.number, "firm": firm.name, "frn": firm.frn, "capacity": capacity,
        "partners": [{"name": n, "icai_number": m} for n, m in partners]})
    return firm
