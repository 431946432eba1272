"""Activity codes of supersession (s.125, ss.139-140, s.4A, s.146(1))."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class SupersessionAction(models.TextChoices):
    OPINION_RECORDED = "supersession.opinion_recorded", _("The Registrar's opinion on a ground of supersession "
                                                          "recorded (s.125)")
    OBJECTIONS_CALLED = "supersession.objections_called", _("The society's objections on the report called")
    OBJECTIONS_RECORDED = "supersession.objections_recorded", _("The society's objections on the report recorded")
    REPORT_FORWARDED = "supersession.report_forwarded", _("Report forwarded to the society for its general meeting")
    RECEIPT_RECORDED = "supersession.receipt_recorded", _("The society's receipt of the report recorded")
    ACTION_RECORDED = "supersession.action_recorded", _("The society's action on the report recorded: case closed")
    DROPPED = "supersession.dropped", _("Supersession case dropped")
    SUPERSEDED = "supersession.superseded", _("Board superseded; administrators appointed (s.125)")
    SUSPENDED = "supersession.suspended", _("Board suspended; administrators appointed (s.125)")
