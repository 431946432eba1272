"""Seizure of records (s.126; rules.yaml seized_records_immediate_audit): the inventory in duplicate signed by the
holder or two witnesses, one copy for the society's officer, and an audit or inspection opened at once. A seizure
with neither after 7 days is flagged (the office's target: clocks.SEIZURE_AUDIT)."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from orders.services import order_issue
from registrar import activity
from registrar.capabilities import Act
from societies.models import Society

from .. import rules
from ..actions import InquiryAction
from ..models import InspectionBasis, Seizure
from ..orders import SEIZURE_LIST
from .common import DATE_IN_FUTURE, require

ITEMS_NEEDED = _("List what was seized, one item a line.")
NOT_SIGNED = _("The inventory is signed by the person the records were seized from or, if not, by two witnesses "
               "(s.126(2)).")
HOLDER_NEEDED = _("Name the person the records were seized from.")
COPY_NEEDED = _("Name the officer of the society given the copy of the inventory.")
FLAG_LINE = "seizure %(number)s: no audit or inspection opened by %(day)s"


def audit_open_for(society) -> bool:
    """An audit of the society not yet complete (audit module, when present)."""
    try:
        from audit.models import Audit
        from audit.models.audit import NOT_COMPLETE
    except ImportError:
        return False
    return Audit.objects.filter(society=society, status__in=NOT_COMPLETE).exists()


def records_seize(*, actor, society_id: int, seized_on: date, holder_name: str, items: str, holder_signed: bool,
                  witness_1: str, witness_2: str, copy_given_to: str, today: date, open_inspection: bool = True,
                  inspection_officer=None, scope: str = "") -> Seizure:
    """s.126(2)-(3): record the seizure and its inventory; open an inspection at once unless an audit is open."""
    from .inspection import inspection_order

    with transaction.atomic():
        society = Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)
        require(actor, Act.SEIZE_RECORDS, society.district_id)
        witnesses = sum(1 for w in (witness_1, witness_2) if w.strip())
        errors = {}
        if seized_on > today:
            errors["seized_on"] = DATE_IN_FUTURE
        if not holder_name.strip():
            errors["holder_name"] = HOLDER_NEEDED
        if not [line for line in items.splitlines() if line.strip()]:
            errors["items"] = ITEMS_NEEDED
        if not rules.inventory_is_signed(holder_signed=holder_signed, witnesses=witnesses):
            errors["witness_1"] = NOT_SIGNED
        if not copy_given_to.strip():
            errors["copy_given_to"] = COPY_NEEDED
        if errors:
            raise ValidationError(errors)
        seizure = Seizure(society=society, district=society.district, seized_on=seized_on, seized_by=actor,
                          holder_name=holder_name.strip(), items=items.strip(), holder_signed=holder_signed,
                          witness_1=witness_1.strip(), witness_2=witness_2.strip(),
                          copy_given_to=copy_given_to.strip(), flag_due_on=rules.seizure_flag_day(seized_on),
                          audit_opened=audit_open_for(society))
        # The list is a letter in the register about the seizure: entered first (the row needs its order), then
        # pointed at the row once it has a pk.
        order = order_issue(kind=SEIZURE_LIST.code, subject=f"{SEIZURE_LIST.label}: {society.name}",
                            made_on=today, society=society, officer=actor)
        seizure.order = order
        seizure.save()
        order.target = seizure
        order.save(update_fields=["target_type", "target_id"])
        activity.record(InquiryAction.RECORDS_SEIZED, actor=actor, society=society, target=seizure, data={
            "list": order.number, "items": len(seizure.item_lines), "audit_open": seizure.audit_opened})
    if open_inspection and not seizure.audit_opened:
        inspection = inspection_order(
            actor=actor, society_id=society.pk, officer=inspection_officer or actor, today=today,
            basis=InspectionBasis.SEIZURE,
            scope=scope or str(_("Inspection of the records seized on %(day)s (s.126(3))") % {
                "day": f"{seized_on:%d %b %Y}"}))
        Seizure.objects.filter(pk=seizure.pk).update(inspection=inspection)
        seizure.inspection = inspection
    return seizure


def seizure_flag_no_audit(seizure: Seizure, today: date):
    """Expiry of clocks.SEIZURE_AUDIT: re-check for an open audit; flag once (flagged_on), dated the legal day."""
    if audit_open_for(seizure.society):
        seizure.audit_opened = True
        seizure.save(update_fields=["audit_opened"])
        return None
    on = rules.seizure_flag_day(seizure.seized_on)
    seizure.flagged_on = on + timedelta(days=1)
    seizure.save(update_fields=["flagged_on"])
    activity.record(InquiryAction.SEIZURE_FLAGGED, society=seizure.society, target=seizure,
                    data={"list": seizure.order.number, "flag_day": seizure.flagged_on})
    return FLAG_LINE % {"number": seizure.order.number, "day": f"{on:%d %b %Y}"}
