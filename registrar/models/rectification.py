"""Rectification orders: a Registrar sets aside an automatic effect that fired only because facts were recorded
late (registrar.rectification). The rectified ActivityEntry is never changed; the order points at it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RectificationOrder(models.Model):
    number = models.CharField(_("order number"), max_length=32, unique=True)
    # One order per entry: the OneToOne is the uniqueness rule. PROTECT, like every FK to the log.
    entry = models.OneToOneField(
        "registrar.ActivityEntry", on_delete=models.PROTECT, related_name="rectification",
        verbose_name=_("rectified entry"),
    )
    real_date = models.DateField(_("real date"), help_text=_("The date the fact really happened."))
    outcome = models.CharField(
        _("what really happened"), max_length=32, blank=True,
        help_text=_("For rectifiers that distinguish real facts (e.g. a certificate or a refusal was dispatched)."),
    )
    reasons = models.TextField(_("reasons"))
    summary = models.TextField(_("effect of the order"), blank=True)
    made_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                verbose_name=_("made by"))
    made_on = models.DateField(_("made on"))
    society = models.ForeignKey(
        "societies.Society", on_delete=models.PROTECT, null=True, blank=True, related_name="rectification_orders"
    )

    class Meta:
        ordering = ["-made_on", "-pk"]

    def __str__(self):
        return self.number
