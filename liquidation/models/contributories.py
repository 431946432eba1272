"""Contributories and the calls on them (ss.4(4), 28, 58; issue 21 point 3).

The list is built from the register of members (membership.Member: ceased_on, cessation_cause) as it stood on the
day of the s.94 cancellation order (lifecycles.md §15 item 23): liquidation.workspace_rules.contributory_liability
decides who is on it. A call is a due in the ledger (dues.Due, kind liquidator_call, payable to the society in
liquidation), resting on the liquidator's decision in the register of orders; unpaid, it can be sent for a
demand certificate through recovery (the due's own page), never rebuilt here.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .claims import MONEY


class ContributoryBasis(models.TextChoices):
    CURRENT = "current", _("Member on the day of the cancellation order")
    S4_4 = "s4_4", _("Ceased or died in the two years before the order (s.4(4))")
    S28 = "s28", _("Past member inside the five years of s.28")


class Contributory(models.Model):
    winding_up = models.ForeignKey("liquidation.WindingUp", on_delete=models.PROTECT, related_name="contributories")
    member = models.ForeignKey("membership.Member", on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("name"), max_length=200)       # as on the register when the list was made
    address = models.TextField(_("address"), blank=True)
    basis = models.CharField(_("basis"), max_length=8, choices=ContributoryBasis.choices)
    ceased_on = models.DateField(_("ceased on"), null=True, blank=True)
    cessation_cause = models.CharField(_("cause of cessation"), max_length=20, blank=True)
    # null: liable until the liquidation is complete (s.4(4)) or as a member.
    liable_until = models.DateField(_("liable until"), null=True, blank=True)

    class Meta:
        ordering = ["winding_up", "member__number"]
        constraints = [models.UniqueConstraint(fields=["winding_up", "member"], name="contributory_once")]

    def __str__(self):
        return f"{self.name} ({self.get_basis_display()})"


class Call(models.Model):
    contributory = models.ForeignKey(Contributory, on_delete=models.PROTECT, related_name="calls")
    amount = models.DecimalField(_("amount called"), **MONEY)
    called_on = models.DateField(_("called on"))
    due = models.OneToOneField("dues.Due", on_delete=models.PROTECT, related_name="liquidation_call")
    order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["called_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="call_amount_positive")]

    def __str__(self):
        return f"Call ₹{self.amount} on {self.called_on}"
