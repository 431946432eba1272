"""Enforcement: conditional attachment (s.112) at any stage before payment; after default only, execution through
the Certificate Officer or as an arrear of land revenue (s.114(1),(2)) and prosecution with the Registrar's
sanction (s.114(6), s.108) within five years (prosecution_limitation_5y)."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from dues.models import Payment
from orders.services import order_issue
from registrar import activity, bounds
from registrar.capabilities import Act, may

from .. import orders, permissions, rules
from ..actions import RecoveryAction
from ..models import Attachment, Certificate, CertState, Execution, ExecutionEntry, ReqState, Requisition
from .money import certificate_pay

NEEDS_DEFAULT = _("Only a certificate in default can be sent for execution or prosecution (s.114(1), (2), (6)): "
                  "this one is %(state)s.")
EXECUTION_EXISTS = _("Execution of this certificate was already requested (%(number)s).")
OFFICER_NEEDED = _("Name the Certificate Officer (or the Collector for land revenue).")
ATTACH_AFTER_PAYMENT = _("Nothing remains to secure: conditional attachment is ordered only before payment "
                         "(s.112).")
ATTACH_CLOSED = _("This requisition was %(state)s: there is no demand to secure.")
PROPERTY_NEEDED = _("Describe the property attached.")
REASONS_NEEDED = _("Give the reasons (the debtor is about to dispose of or remove the property).")
ALREADY_WITHDRAWN = _("This attachment is already withdrawn.")
WITHDRAW_REASON = _("Say why the attachment is withdrawn (security furnished, paid, cancelled).")
PROSECUTION_BARRED = _("Prosecution is barred: five years from the default (%(from)s) ended on %(day)s (s.91(6)).")
PROSECUTION_EXISTS = _("Prosecution is already sanctioned on this certificate.")
DATE_FUTURE = _("The date cannot be after today.")
REMIT_MORE = _("Only ₹%(left)s realised is not yet remitted.")
AMOUNT_NEEDED = _("Give the amount.")


def _require_default(certificate):
    if certificate.state != CertState.IN_DEFAULT:
        raise ValidationError(NEEDS_DEFAULT, params={"state": certificate.get_state_display().lower()})


def _lock(pk):
    return (Certificate.objects.select_for_update(of=("self",))
            .select_related("district", "requisition", "order").get(pk=pk))


def execution_request(*, certificate_id: int, actor, mode: str, certificate_officer: str, today: date) -> Execution:
    with transaction.atomic():
        certificate = _lock(certificate_id)
        permissions.require_office(actor, certificate.district_id)
        _require_default(certificate)
        existing = Execution.objects.filter(certificate=certificate).select_related("order").first()
        if existing is not None:
            raise ValidationError(EXECUTION_EXISTS, params={"number": existing.order.number})
        if not certificate_officer.strip():
            raise ValidationError({"certificate_officer": OFFICER_NEEDED})
        execution = Execution(certificate=certificate, mode=mode, requested_on=today,
                              certificate_officer=certificate_officer.strip()[:200], requested_by=actor)
        execution.order = order_issue(
            kind=orders.CO_REQUISITION.code, made_on=today, district=certificate.district,
            society=certificate.requisition.debtor_society, officer=actor,
            subject=f"{certificate.order.number}: {Execution.Mode(mode).label}")
        execution.save()
        execution.order.target = execution
        execution.order.save(update_fields=["target_type", "target_id"])
        activity.record(RecoveryAction.EXECUTION_REQUESTED, actor=actor, target=certificate,
                        society=certificate.requisition.debtor_society,
                        data={"mode": mode, "order": execution.order.number})
    return execution


def execution_enter(*, execution_id: int, actor, kind: str, on: date, today: date, amount: Decimal | None = None,
                    note: str = "", case_number: str = "") -> ExecutionEntry:
    """What the Certificate Officer reports: the case number, notices served, objections, realisations (a payment
    on the certificate, with its receipt) and remittances to the certificate holder."""
    with transaction.atomic():
        execution = Execution.objects.select_for_update().select_related("certificate").get(pk=execution_id)
        certificate = execution.certificate
        office = may(actor, Act.CONDUCT_RECOVERY, certificate.district_id)
        if not office and not permissions.is_branch_user(actor, execution):
            raise PermissionDenied(permissions.NOT_ALLOWED)
        if on > today:
            raise ValidationError({"on": DATE_FUTURE})
        if case_number.strip() and not execution.case_number:
            execution.case_number = case_number.strip()[:60]
            execution.save(update_fields=["case_number"])
        if kind in (ExecutionEntry.Kind.REALISATION, ExecutionEntry.Kind.REMITTANCE) and not amount:
            raise ValidationError({"amount": AMOUNT_NEEDED})
        receipt = ""
        if kind == ExecutionEntry.Kind.REALISATION and office:
            # The office enters it in the ledger at once; the branch's report waits for the office's receipt.
            receipt = certificate_pay(certificate_id=certificate.pk, actor=actor, amount=amount, paid_on=on,
                                      today=today, reference=f"CO {execution.case_number}")
        if kind == ExecutionEntry.Kind.REMITTANCE:
            sums = execution.entries.values("kind").annotate(s=Sum("amount"))
            totals = {r["kind"]: r["s"] or 0 for r in sums}
            left = totals.get("realisation", 0) - totals.get("remittance", 0)
            if amount > left:
                raise ValidationError({"amount": ValidationError(REMIT_MORE, params={"left": left})})
        entry = ExecutionEntry.objects.create(execution=execution, kind=kind, on=on, amount=amount,
                                              note=note.strip(), entered_by=actor, receipt=receipt)
        activity.record(RecoveryAction.EXECUTION_ENTRY, actor=actor, target=certificate,
                        data={"kind": kind, "on": on, "amount": amount, "case": execution.case_number})
    return entry


ALREADY_RECEIPTED = _("This realisation is already in the ledger (receipt %(receipt)s).")


def realisation_receipt(*, entry_id: int, actor, today: date) -> str:
    """The office enters a realisation the Bakijai branch reported into the dues ledger, with its receipt."""
    with transaction.atomic():
        entry = ExecutionEntry.objects.select_for_update().select_related("execution__certificate").get(pk=entry_id)
        certificate = entry.execution.certificate
        permissions.require_office(actor, certificate.district_id)
        if entry.kind != ExecutionEntry.Kind.REALISATION:
            raise ValidationError(AMOUNT_NEEDED)
        if entry.receipt:
            raise ValidationError(ALREADY_RECEIPTED, params={"receipt": entry.receipt})
        entry.receipt = certificate_pay(certificate_id=certificate.pk, actor=actor, amount=entry.amount,
                                        paid_on=entry.on, today=today,
                                        reference=f"CO {entry.execution.case_number}")
        entry.save(update_fields=["receipt"])
    return entry.receipt


def prosecution_sanction(*, certificate_id: int, actor, sanctioned_on: date, today: date):
    """s.108: the Registrar's previous sanction; s.114(6) offence of default; prosecution_limitation_5y."""
    from ..models import Prosecution

    with transaction.atomic():
        certificate = _lock(certificate_id)
        permissions.require_office(actor, certificate.district_id, Act.SANCTION_PROSECUTION)
        _require_default(certificate)
        if Prosecution.objects.filter(certificate=certificate).exists():
            raise ValidationError(PROSECUTION_EXISTS)
        if sanctioned_on > today:
            raise ValidationError({"sanctioned_on": DATE_FUTURE})
        last = rules.prosecution_last_day(certificate.default_on)
        if sanctioned_on > last:
            raise ValidationError(PROSECUTION_BARRED, params={"from": bounds.long_date(certificate.default_on),
                                                              "day": bounds.long_date(last)})
        prosecution = Prosecution(certificate=certificate, sanctioned_on=sanctioned_on, sanctioned_by=actor)
        prosecution.order = order_issue(
            kind=orders.SANCTION.code, made_on=sanctioned_on, district=certificate.district,
            society=certificate.requisition.debtor_society, officer=actor, target=certificate,
            subject=f"{certificate.order.number}: sanction to prosecute {certificate.requisition.debtor_name}")
        prosecution.save()
        activity.record(RecoveryAction.PROSECUTION_SANCTIONED, actor=actor, target=certificate,
                        society=certificate.requisition.debtor_society,
                        data={"order": prosecution.order.number, "sanctioned_on": sanctioned_on})
    return prosecution


def attachment_order(*, requisition_id: int, actor, property_description: str, reasons: str,
                     today: date) -> Attachment:
    """s.112 (conditional_attachment_until_withdrawn): at any stage before payment, before or after default."""
    with transaction.atomic():
        requisition = (Requisition.objects.select_for_update(of=("self",)).select_related("district")
                       .get(pk=requisition_id))
        permissions.require_office(actor, requisition.district_id)
        if requisition.state in (ReqState.REFUSED, ReqState.WITHDRAWN):
            raise ValidationError(ATTACH_CLOSED, params={"state": requisition.get_state_display().lower()})
        certificate = Certificate.objects.filter(requisition=requisition).first()
        if certificate is not None and certificate.state not in (CertState.GRANTED, CertState.SERVED,
                                                                 CertState.IN_DEFAULT):
            raise ValidationError(ATTACH_AFTER_PAYMENT)
        errors = {}
        if not property_description.strip():
            errors["property_description"] = [PROPERTY_NEEDED]
        if not reasons.strip():
            errors["reasons"] = [REASONS_NEEDED]
        if errors:
            raise ValidationError(errors)
        attachment = Attachment(requisition=requisition, property_description=property_description.strip(),
                                reasons=reasons.strip(), ordered_on=today, ordered_by=actor)
        attachment.order = order_issue(kind=orders.ATTACHMENT.code, made_on=today, district=requisition.district,
                                       society=requisition.debtor_society, officer=actor,
                                       subject=f"{requisition.number}: conditional attachment")
        attachment.save()
        attachment.order.target = attachment
        attachment.order.save(update_fields=["target_type", "target_id"])
        activity.record(RecoveryAction.ATTACHMENT_ORDERED, actor=actor, target=requisition,
                        society=requisition.debtor_society, data={"order": attachment.order.number})
    return attachment


def attachment_withdraw(*, attachment_id: int, actor, reason: str, today: date) -> Attachment:
    """Only an officer's act ends an attachment: it never lapses by itself."""
    with transaction.atomic():
        attachment = Attachment.objects.select_for_update().select_related("requisition").get(pk=attachment_id)
        permissions.require_office(actor, attachment.requisition.district_id)
        if attachment.withdrawn_on is not None:
            raise ValidationError(ALREADY_WITHDRAWN)
        if not reason.strip():
            raise ValidationError({"reason": WITHDRAW_REASON})
        attachment.withdrawn_on, attachment.withdrawn_reason = today, reason.strip()[:300]
        attachment.save(update_fields=["withdrawn_on", "withdrawn_reason"])
        activity.record(RecoveryAction.ATTACHMENT_WITHDRAWN, actor=actor, target=attachment.requisition,
                        data={"order": attachment.order.number, "reason": attachment.withdrawn_reason})
    return attachment


def realised(execution) -> Decimal:
    return Payment.objects.filter(due_id=execution.certificate.due_id).aggregate(s=Sum("amount"))["s"] or 0
