"""The audit fee (s.81(3), s.82; rules.yaml audit_fee_deemed_dues): assessed by the department's scale and raised
in the dues ledger, where it is deemed outstanding dues of the society (recoverable like other dues, s.114;
unpaid, a recovery requisition). The ledger issues the demand order (dues.orders.DEMAND)."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from dues.models import Due
from dues.services import due_raise
from registrar import activity

from .. import rules
from ..actions import AuditAction
from ..models import Audit, AuditFeeBand, AuditStatus

ALREADY_RAISED = _("The audit fee for this year is already raised (%(order)s).")
NOT_YET = _("The fee is assessed once the audit is completed.")
NO_SCALE = _("No fee scale covers this: the Directorate has not set a band for a working capital of ₹%(amount)s.")
NEGATIVE = _("Amounts cannot be negative.")


def scale_on(day: date) -> list[tuple[Decimal, Decimal]]:
    """The bands of the latest scale in force on `day`."""
    latest = AuditFeeBand.objects.filter(effective_from__lte=day).order_by("-effective_from") \
        .values_list("effective_from", flat=True).first()
    if latest is None:
        return []
    return list(AuditFeeBand.objects.filter(effective_from=latest).values_list("min_working_capital", "fee"))


def audit_fee_raise(*, actor, audit_id: int, working_capital: Decimal, today: date,
                    writing_up_cost: Decimal = Decimal(0)) -> Due:
    with transaction.atomic():
        audit = Audit.objects.select_for_update(of=("self",)).select_related("society").get(pk=audit_id)
        if audit.fee_due_id:
            raise ValidationError(ALREADY_RAISED, params={"order": audit.fee_due.order.number})
        if audit.status not in (AuditStatus.COMPLETED, AuditStatus.REPORTED):
            raise ValidationError(NOT_YET)
        if working_capital < 0 or writing_up_cost < 0:
            raise ValidationError(NEGATIVE)
        fee = rules.audit_fee(scale_on(today), working_capital, writing_up_cost)
        if fee is None:
            raise ValidationError({"working_capital": ValidationError(NO_SCALE, params={"amount": working_capital})})
        note = f"Audit of accounts {audit.fy_label}; working capital ₹{working_capital}"
        if writing_up_cost:
            note += f"; cost of writing up the accounts (s.82) ₹{writing_up_cost}"
        due = due_raise(actor=actor, kind=Due.Kind.AUDIT_FEE, principal=fee, raised_on=today,
                        due_by=today + timedelta(days=rules.FEE_PAY_WITHIN_DAYS), today=today,
                        society_id=audit.society_id, note=note)
        audit.fee_due = due
        audit.save(update_fields=["fee_due"])
        activity.record(AuditAction.FEE_RAISED, actor=actor, society=audit.society, target=audit, data={
            "fy_end": audit.fy_end, "fee": fee, "working_capital": working_capital,
            "writing_up_cost": writing_up_cost, "order": due.order.number if due.order else ""})
    return due
