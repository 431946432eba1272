"""Activity codes of the statutory audit: the panel and the allotment (the audit work declares its own in
audit/work_actions or beside its services)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class AuditAction(models.TextChoices):
    PANEL_ORDER_RECORDED = "audit.panel_order_recorded", _("Panel order of chartered-accountant firms recorded")
    PANEL_FIRM_ADDED = "audit.panel_firm_added", _("Firm added to the audit panel")
    OPENED = "audit.opened", _("Audit of the year opened")
    ALLOTTED = "audit.allotted", _("Auditor allotted")
    FEE_RAISED = "audit.fee_raised", _("Audit fee raised as dues")
