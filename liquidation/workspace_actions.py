"""Activity codes of the liquidator's workspace (issue 21 point 3). The cancellation's are in actions.py."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class WorkspaceAction(models.TextChoices):
    CLAIM_ENTERED = "liquidation.claim_entered", _("Claim entered in the claims register")
    CLAIMS_IMPORTED = "liquidation.claims_imported", _("Liabilities in the books imported to the claims register")
    CLAIM_ADMITTED = "liquidation.claim_admitted", _("Claim admitted by the liquidator")
    CLAIM_REJECTED = "liquidation.claim_rejected", _("Claim rejected by the liquidator")
    CLAIM_PAID = "liquidation.claim_paid", _("Payment on a claim recorded")
    CONTRIBUTORIES_LISTED = "liquidation.contributories_listed", _("List of contributories made")
    CALL_MADE = "liquidation.call_made", _("Call made on a contributory")
    ASSET_REALISED = "liquidation.asset_realised", _("Asset realised by the liquidator")
    LEAVE_APPLIED = "liquidation.leave_applied", _("Application for leave to sue recorded")
    LEAVE_DECIDED = "liquidation.leave_decided", _("Leave to sue granted or refused (ss.99, 101)")
    COMPROMISE_RECORDED = "liquidation.compromise_recorded", _("Creditors' meeting on a compromise recorded")
    COMPROMISE_DECIDED = "liquidation.compromise_decided", _("Compromise sanctioned or refused (s.115(2))")
    REPORT_FILED = "liquidation.quarterly_report_filed", _("Liquidator's quarterly report filed")
    DISTRIBUTION_MADE = "liquidation.distribution_made", _("Distribution schedule made")
