"""Activity codes of appeals, review petitions and disputes (issue 23)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class AppealAction(models.TextChoices):
    FILED = "appeals.filed", _("Appeal or review petition filed")
    FILED_OUT_OF_TIME = "appeals.filed_out_of_time", _("Appeal or review petition filed out of time")
    DELAY_DECIDED = "appeals.delay_decided", _("Forum's order on the delay in filing")
    HEARING_FIXED = "appeals.hearing_fixed", _("Hearing of an appeal fixed")
    HEARING_ADJOURNED = "appeals.hearing_adjourned", _("Hearing of an appeal adjourned")
    HEARING_HELD = "appeals.hearing_held", _("Hearing of an appeal held")
    DECIDED = "appeals.decided", _("Appeal or review petition decided")
    EFFECT_REVERSED = "appeals.effect_reversed", _("Effect of an order set aside reversed")
    COSTS_AWARDED = "appeals.costs_awarded", _("Costs awarded against a frivolous appeal")
    COPY_REQUESTED = "appeals.copy_requested", _("Certified copy of an order requested")
    OUTAGE_RECORDED = "appeals.outage_recorded", _("Portal outage recorded")
    DISPUTE_REFERRED = "appeals.dispute_referred", _("Dispute referred to the Registrar")
    DISPUTE_ROUTED = "appeals.dispute_routed", _("Registrar's order on how a dispute is decided")
    ARBITRATOR_NOMINATED = "appeals.arbitrator_nominated", _("Arbitrator nominated")
    AWARD_MADE = "appeals.award_made", _("Award or decision on a dispute made")
