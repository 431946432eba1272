"""Activity codes of the dues ledger."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class DueAction(models.TextChoices):
    RAISED = "dues.raised", _("Due raised")
    PAYMENT_RECORDED = "dues.payment_recorded", _("Payment against a due recorded")
