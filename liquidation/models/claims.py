"""The claims register of a liquidation (s.94(3); issue 21 point 3).

Every liability in the society's books is on the register from the first day without a claim being filed
(rules.yaml book_liabilities_deemed_claimed): the liquidator enters or imports them from the last balance sheet
and list of creditors (source BOOKS). Claims filed with the liquidator are due within two months of the Gazette's
publication (liquidation_claims_2m); a late one is accepted with a flag (lifecycles.md §11 DEFAULT).

A claimant follows his own claim privately by its reference and secret token (ADR 0055): the token is the link's
only key, 256 bits from `secrets`, so there is nothing to enumerate and no account to make.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

MONEY = {"max_digits": 14, "decimal_places": 2}


def new_token() -> str:
    return secrets.token_urlsafe(32)


class ClaimClass(models.TextChoices):
    """The order of payment the liquidator follows (the lower `priority` is paid first, classes in this order)."""

    COSTS = "costs", _("Costs of the liquidation")
    GOVERNMENT = "government", _("Government dues")
    WAGES = "wages", _("Wages and salaries of employees")
    SECURED = "secured", _("Secured creditors")
    DEPOSITS = "deposits", _("Depositors")
    UNSECURED = "unsecured", _("Other unsecured creditors")


CLASS_PRIORITY = {ClaimClass.COSTS: 1, ClaimClass.GOVERNMENT: 2, ClaimClass.WAGES: 3, ClaimClass.SECURED: 4,
                  ClaimClass.DEPOSITS: 5, ClaimClass.UNSECURED: 6}


class ClaimSource(models.TextChoices):
    BOOKS = "books", _("In the society's books (deemed claimed, s.94(3))")
    FILED = "filed", _("Claim made to the liquidator")


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Being examined")
    ADMITTED = "admitted", _("Admitted")
    REJECTED = "rejected", _("Rejected")


class Claim(models.Model):
    winding_up = models.ForeignKey("liquidation.WindingUp", on_delete=models.PROTECT, related_name="claims")
    # "CL-<winding up>-<serial>": what the claimant quotes; the token is what lets him see it.
    reference = models.CharField(_("claim reference"), max_length=30, unique=True)
    serial = models.PositiveIntegerField()
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    claimant_name = models.CharField(_("claimant"), max_length=200)
    claimant_address = models.TextField(_("claimant's address"), blank=True)
    amount = models.DecimalField(_("amount claimed"), **MONEY)
    claim_class = models.CharField(_("class"), max_length=12, choices=ClaimClass.choices,
                                   default=ClaimClass.UNSECURED)
    priority = models.PositiveSmallIntegerField(_("priority"), default=6)
    source = models.CharField(_("source"), max_length=8, choices=ClaimSource.choices)
    particulars = models.CharField(_("particulars"), max_length=300, blank=True)
    received_on = models.DateField(_("received on"))
    late = models.BooleanField(_("received after the last day"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=ClaimStatus.choices, default=ClaimStatus.PENDING)
    admitted_amount = models.DecimalField(_("amount admitted"), **MONEY, null=True, blank=True)
    reasons = models.TextField(_("reasons"), blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    paid_amount = models.DecimalField(_("amount paid"), **MONEY, default=0)
    paid_on = models.DateField(_("paid on"), null=True, blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["priority", "serial"]
        constraints = [
            models.UniqueConstraint(fields=["winding_up", "serial"], name="claim_serial_unique"),
            models.CheckConstraint(condition=Q(amount__gt=0), name="claim_amount_positive"),
            models.CheckConstraint(condition=Q(status="pending") | Q(decided_on__isnull=False),
                                   name="claim_decision_dated"),
            models.CheckConstraint(condition=~Q(status="rejected") | ~Q(reasons=""),
                                   name="claim_rejection_has_reasons"),
            models.CheckConstraint(
                condition=~Q(status="admitted") | Q(admitted_amount__gt=0, admitted_amount__lte=F("amount")),
                name="claim_admitted_within_claimed"),
            models.CheckConstraint(condition=Q(paid_amount__gte=0), name="claim_paid_not_negative"),
        ]
        indexes = [models.Index(fields=["winding_up", "priority", "serial"], name="claim_register_idx")]

    def __str__(self):
        return f"{self.reference} {self.claimant_name}"
