"""Shares (ss.7, 52-57): the ledger of every movement and the bye-law figures it is checked against.

A member's holding on day D is the sum of `shares` over their entries with `on <= D`; its value the sum of
`value`. Nothing stores a total (membership.selectors annotates it in the same query as the register).
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class MembershipSettings(models.Model):
    """The figures of a society's bye-laws that membership reads. A society without a row has the defaults:
    share value unknown (₹0 until recorded), no holding cap, minimum age 18 (s.5)."""

    society = models.OneToOneField("societies.Society", on_delete=models.PROTECT, related_name="membership_settings")
    share_value = models.DecimalField(_("face value of one share (₹)"), max_digits=10, decimal_places=2,
                                      default=Decimal("0"), validators=[MinValueValidator(Decimal("0"))])
    # rules.yaml member_shareholding_cap (ss.7(1), 52): the cap set by the rules or bye-laws, as a number of
    # shares, as a percentage of the issued shares, or both (the stricter applies). Null = no cap recorded.
    holding_cap_shares = models.PositiveIntegerField(_("most shares one member may hold"), null=True, blank=True)
    # xgettext:no-python-format
    holding_cap_percent = models.DecimalField(_("most one member may hold (% of issued shares)"), max_digits=5,
                                              decimal_places=2, null=True, blank=True)
    min_age = models.PositiveSmallIntegerField(_("minimum age for membership (bye-laws)"), default=18,
                                               validators=[MinValueValidator(18)])

    def __str__(self):
        return f"Membership settings of {self.society_id}"


class ShareLedgerEntry(models.Model):
    """One movement of a member's shares. `shares` and `value` are signed: positive into the member's holding
    (allotment, transfer in, from a deceased member), negative out of it (transfer out, refund, to heirs). A
    transfer between members is two entries sharing `transfer_key`, each naming the other as `counterpart`."""

    class Kind(models.TextChoices):
        ALLOTMENT = "allotment", _("Allotment")
        TRANSFER_IN = "transfer_in", _("Transfer from a member (ss.52-53)")
        TRANSFER_OUT = "transfer_out", _("Transfer to a member (ss.52-53)")
        REFUND = "refund", _("Refund on withdrawal or cessation")
        TO_HEIR = "to_heir", _("Transfer or payment to the nominee or heir (ss.55-56)")
        FROM_DECEASED = "from_deceased", _("Received as nominee or heir of a member (ss.55-56)")

    INTO = frozenset({Kind.ALLOTMENT, Kind.TRANSFER_IN, Kind.FROM_DECEASED})
    OUT_OF = frozenset({Kind.TRANSFER_OUT, Kind.REFUND, Kind.TO_HEIR})

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="+")
    member = models.ForeignKey("membership.Member", on_delete=models.PROTECT, related_name="share_entries")
    on = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    shares = models.IntegerField(_("shares"))
    value = models.DecimalField(_("value (₹)"), max_digits=14, decimal_places=2)
    counterpart = models.ForeignKey("membership.Member", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    transfer_key = models.UUIDField(null=True, blank=True, db_index=True)
    reference = models.CharField(_("reference (resolution, receipt)"), max_length=80, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")

    class Meta:
        ordering = ["member", "on", "pk"]
        verbose_name_plural = "share ledger entries"
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind__in=["allotment", "transfer_in", "from_deceased"], shares__gt=0)
                           | Q(kind__in=["transfer_out", "refund", "to_heir"], shares__lt=0)),
                name="shareledger_sign_matches_kind"),
            models.CheckConstraint(
                condition=~Q(kind__in=["transfer_in", "transfer_out"]) | Q(counterpart__isnull=False,
                                                                          transfer_key__isnull=False),
                name="shareledger_transfer_names_counterpart"),
        ]
        indexes = [models.Index(fields=["member", "on"], name="shareledger_member_on_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.shares:+d} on {self.on}"
