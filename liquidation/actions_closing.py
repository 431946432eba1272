"""Activity codes of the closing of a liquidation (registered like the cancellation's, liquidation/actions.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class ClosingAction(models.TextChoices):
    OPENED = "liquidation.closing_opened", _("Eight-year period of the liquidation started (s.100(5))")
    ACCOUNT_RECORDED = "liquidation.account_recorded", _("Liquidator's fee and bank account recorded")
    REPORT_FILED = "liquidation.final_report_filed", _("Liquidator's final report and accounts filed (s.100(2))")
    REPORT_RETURNED = "liquidation.final_report_returned", _("Final report returned to the liquidator")
    EXTENDED = "liquidation.period_extended", _("Period of the liquidation extended (s.100(5) provisos)")
    DISSOLVED = "liquidation.society_dissolved", _("Liquidation closed: certificate of dissolution issued (s.100)")
    NOTICE_PUBLISHED = "liquidation.closing_notice_published", _("Closing notice published in the Gazette (s.97)")
    SURPLUS_BYE_LAW = "liquidation.surplus_to_bye_law_object", _("Surplus to the object the bye-laws name (s.98)")
    SURPLUS_MEMBERS = "liquidation.surplus_members_choice", _("Members' choice of the surplus's object recorded")
    SURPLUS_APPLIED = "liquidation.surplus_applied", _("Surplus applied by the Registrar's order (s.96)")
