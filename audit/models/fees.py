"""The department's audit fee scale (s.81(3): "such fees as may be prescribed"; configurable by the Directorate).
A band applies from `effective_from` to societies whose working capital (from the audited financial summary, or
entered at assessment) is at least `min_working_capital`; the highest such band of the latest scale wins."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

MONEY = {"max_digits": 14, "decimal_places": 2}


class AuditFeeBand(models.Model):
    effective_from = models.DateField(_("scale effective from"))
    min_working_capital = models.DecimalField(_("working capital from (₹)"), **MONEY)
    fee = models.DecimalField(_("fee (₹)"), **MONEY)

    class Meta:
        ordering = ["-effective_from", "min_working_capital"]
        constraints = [
            models.UniqueConstraint(fields=["effective_from", "min_working_capital"],
                                    name="audit_fee_band_unique"),
            models.CheckConstraint(condition=Q(fee__gte=0) & Q(min_working_capital__gte=0),
                                   name="audit_fee_band_non_negative"),
        ]

    def __str__(self):
        return f"from ₹{self.min_working_capital}: ₹{self.fee} (scale of {self.effective_from:%d-%m-%Y})"
