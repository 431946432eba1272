"""Activity codes of Bakijai."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class RecoveryAction(models.TextChoices):
    CLAIMANT_ADDED = "recovery.claimant_added", _("Bakijai claimant added")
    DELEGATION_GRANTED = "recovery.delegation_granted", _("Power to grant demand certificates delegated")
    DELEGATION_REVOKED = "recovery.delegation_revoked", _("Delegation of the power to grant certificates revoked")
    REQUISITION_FILED = "recovery.requisition_filed", _("Requisition for a demand certificate filed")
    REQUISITIONS_IMPORTED = "recovery.requisitions_imported", _("Requisitions filed in bulk from a CSV file")
    HEARING_FIXED = "recovery.hearing_fixed", _("Hearing fixed on a requisition")
    HEARING_RECORDED = "recovery.hearing_recorded", _("Hearing on a requisition recorded")
    REQUISITION_REFUSED = "recovery.requisition_refused", _("Requisition refused after hearing")
    CERTIFICATE_GRANTED = "recovery.certificate_granted", _("Cooperative Demand Certificate granted")
    CERTIFICATE_SERVED = "recovery.certificate_served", _("Demand certificate served on the debtor")
    TIME_EXTENDED = "recovery.time_extended", _("Time to pay a demand certificate extended")
    CERTIFICATE_DEFAULTED = "recovery.certificate_defaulted", _("Demand certificate in default")
    PAYMENT_RECEIVED = "recovery.payment_received", _("Payment on a demand certificate received")
    CERTIFICATE_CLOSED = "recovery.certificate_closed", _("Demand certificate paid and closed")
    CERTIFICATE_CANCELLED = "recovery.certificate_cancelled", _("Demand certificate cancelled (set aside)")
    INSTALMENTS_FIXED = "recovery.instalments_fixed", _("Instalments fixed on a demand certificate")
    DISTRAINT_ORDERED = "recovery.distraint_ordered", _("Distraint of crop ordered")
    ATTACHMENT_ORDERED = "recovery.attachment_ordered", _("Conditional attachment ordered")
    ATTACHMENT_WITHDRAWN = "recovery.attachment_withdrawn", _("Conditional attachment withdrawn")
    EXECUTION_REQUESTED = "recovery.execution_requested", _("Execution of a demand certificate requested")
    EXECUTION_ENTRY = "recovery.execution_entry", _("Certificate Officer's proceedings entered")
    PROSECUTION_SANCTIONED = "recovery.prosecution_sanctioned", _("Prosecution for default sanctioned")
