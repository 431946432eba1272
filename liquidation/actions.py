"""Activity codes of winding up: the cancellation part (the order and the two months up to "in liquidation").
The liquidator's workspace and the closing declare theirs in their own classes (registered the same way)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class CancellationAction(models.TextChoices):
    RESOLUTION_FILED = "liquidation.resolution_filed", _("Resolution for dissolution filed by the society (s.94(1))")
    SHOW_CAUSE_ISSUED = "liquidation.show_cause_issued", _("Notice to show cause against cancellation issued")
    REPLY_RECORDED = "liquidation.reply_recorded", _("Society's reply to the show-cause notice recorded")
    DROPPED = "liquidation.dropped", _("Cancellation proceeding dropped: no order made")
    CANCELLATION_ORDERED = "liquidation.cancellation_ordered", _("Registration cancelled by order (s.94)")
    NOTICE_POSTED = "liquidation.notice_posted", _("Cancellation notice sent by registered post (s.94(3))")
    GAZETTE_PUBLISHED = "liquidation.gazette_published", _("Cancellation published in the Official Gazette")
    APPEAL_RECORDED = "liquidation.appeal_recorded", _("Members' appeal against the cancellation recorded (s.94(5))")
    TOOK_EFFECT = "liquidation.cancellation_took_effect", _("Cancellation took effect: society in liquidation")
    CONFIRMED = "liquidation.cancellation_confirmed", _("Cancellation confirmed by the State Government")
