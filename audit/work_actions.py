"""Activity codes of the audit's work, report, objections and follow-up (issue 18 points 3-5). The allotment's
codes are the other module's (audit/actions.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class AuditWorkAction(models.TextChoices):
    STARTED = "audit.started", _("Audit started")
    BOOKS_RECORDED = "audit.books_recorded", _("Books produced and write-up recorded")
    COMPLETED = "audit.completed", _("Audit completed")
    REPORT_FILED = "audit.report_filed", _("Audit report filed")
    FRAUD_FLAGGED = "audit.fraud_flagged", _("Suspected fraud flagged to the ARCS")
    OBJECTION_EXPLAINED = "audit.objection_explained", _("Audit objection explained by the society")
    RECTIFICATION_DIRECTED = "audit.rectification_directed", _("Rectification of audit defects directed (s.85(1))")
    OBJECTION_RECTIFIED = "audit.objection_rectified", _("Audit objection rectified by the society")
    OBJECTION_ACCEPTED = "audit.objection_accepted", _("Audit objection accepted and closed")
    OBJECTION_SENT_BACK = "audit.objection_sent_back", _("Audit objection's rectification not accepted")
    AUDIT_CLOSED = "audit.closed", _("Audit closed: every objection accepted")
    REPORT_ACCEPTED = "audit.report_accepted", _("Audit report accepted by the AGM")
    FOLLOWUP_FILED = "audit.followup_filed", _("Board's follow-up report on the audit filed (s.85(2))")
    FOLLOWUP_FLAGGED = "audit.followup_flagged", _("Follow-up report not filed in three months: flag raised")
    REAUDIT_ORDERED = "audit.reaudit_ordered", _("Re-audit ordered (s.86)")
