"""The dues ledger: a Due (who owes what to whom, on which order) and the Payments against it.

Balances are never stored: the selectors compute them from these rows with aggregate queries (dues.selectors).
A payment keeps the part of it applied to interest, fixed when it was recorded (dues.rules: interest first), so
that interest on the unpaid principal is a sum over rows.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from registrar import bounds

from .rules import FILING_KINDS, DueKind

MONEY = {"max_digits": 14, "decimal_places": 2}  # up to ₹999,999,999,999.99, in paise


class Due(models.Model):
    Kind = DueKind

    class Creditor(models.TextChoices):
        OFFICE = "office", _("The office (Registrar of Co-operative Societies)")
        CLAIMANT = "claimant", _("A claimant (a society or a bank)")

    # Who owes: a society, and/or a person (a portal user, or a named person with an address).
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="dues", verbose_name=_("society"))
    person_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="dues", verbose_name=_("person (portal user)"))
    person_name = models.CharField(_("person's name"), max_length=200, blank=True)
    person_address = models.TextField(_("person's address"), blank=True)
    # Jurisdiction: the society's district, or the district of the source order.
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    # To whom.
    creditor = models.CharField(_("payable to"), max_length=10, choices=Creditor.choices, default=Creditor.OFFICE)
    claimant_name = models.CharField(_("claimant"), max_length=200, blank=True)
    claimant_society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, null=True, blank=True,
                                         related_name="dues_claimed", verbose_name=_("claimant society"))
    kind = models.CharField(_("kind"), max_length=20, choices=DueKind.choices)
    order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="dues",
                              verbose_name=_("source order"))
    section = models.CharField(_("section"), max_length=40, blank=True)
    rule_id = models.CharField(max_length=80, blank=True)
    principal = models.DecimalField(_("amount"), **MONEY)
    # Interest only where the source order fixes it (dues.rules): simple, per annum, after `interest_from`.
    interest_rate = models.DecimalField(_("interest, % a year"), max_digits=6, decimal_places=3, null=True,
                                        blank=True)
    interest_from = models.DateField(_("interest runs from"), null=True, blank=True)
    raised_on = models.DateField(_("raised on"), validators=[bounds.validate_since_commencement])
    due_by = models.DateField(_("to be paid by"))
    note = models.TextField(_("note"), blank=True)
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["raised_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(principal__gt=0), name="due_principal_positive"),
            models.CheckConstraint(condition=bounds.since_commencement("raised_on"), name="due_raised_since_act"),
            models.CheckConstraint(condition=Q(due_by__gte=F("raised_on")), name="due_by_after_raised"),
            models.CheckConstraint(
                condition=Q(society__isnull=False) | Q(person_user__isnull=False) | ~Q(person_name=""),
                name="due_has_a_debtor"),
            models.CheckConstraint(condition=Q(person_name="") | ~Q(person_address=""),
                                   name="due_named_person_has_address"),
            models.CheckConstraint(
                condition=Q(creditor="office", claimant_name="", claimant_society__isnull=True)
                | (Q(creditor="claimant") & ~Q(claimant_name="")),
                name="due_creditor_named"),
            models.CheckConstraint(condition=Q(order__isnull=False) | Q(kind__in=FILING_KINDS),
                                   name="due_has_order_unless_fee_on_filing"),
            models.CheckConstraint(
                condition=Q(interest_rate__isnull=True, interest_from__isnull=True)
                | Q(interest_rate__gt=0, interest_rate__lte=100, interest_from__isnull=False, order__isnull=False),
                name="due_interest_basis_whole_and_ordered"),
        ]
        indexes = [
            # dues_unpaid and the office list read dues by district and last day to pay.
            models.Index(fields=["district", "due_by"], name="due_district_due_by_idx"),
            models.Index(fields=["society", "raised_on"], name="due_society_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ₹{self.principal}"

    @property
    def debtor_label(self) -> str:
        parts = []
        if self.person_user_id:
            parts.append(self.person_user.display_name())
        elif self.person_name:
            parts.append(self.person_name)
        if self.society_id:
            parts.append(self.society.name)
        return " — ".join(parts)

    @property
    def creditor_label(self) -> str:
        return self.claimant_name if self.creditor == self.Creditor.CLAIMANT else str(self.Creditor.OFFICE.label)


class Payment(models.Model):
    class Reference(models.TextChoices):
        TREASURY_CHALLAN = "treasury_challan", _("Treasury challan")
        GRAS = "gras", _("GRAS e-challan")
        RECEIPT = "receipt", _("Receipt")

    due = models.ForeignKey(Due, on_delete=models.PROTECT, related_name="payments")
    amount = models.DecimalField(_("amount"), **MONEY)
    # The part applied to accrued interest when recorded (dues.rules: interest first); the rest is principal.
    interest_part = models.DecimalField(**MONEY, default=0)
    paid_on = models.DateField(_("paid on"), validators=[bounds.validate_since_commencement])
    reference_kind = models.CharField(_("reference"), max_length=20, choices=Reference.choices)
    reference_number = models.CharField(_("reference number"), max_length=60)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["paid_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="payment_amount_positive"),
            models.CheckConstraint(condition=Q(interest_part__gte=0, interest_part__lte=F("amount")),
                                   name="payment_interest_part_within_amount"),
            models.CheckConstraint(condition=bounds.since_commencement("paid_on"), name="payment_paid_since_act"),
            models.CheckConstraint(condition=~Q(reference_number=""), name="payment_reference_given"),
            models.UniqueConstraint(fields=["reference_kind", "reference_number"], name="payment_reference_unique"),
        ]
        indexes = [models.Index(fields=["due", "paid_on"], name="payment_due_idx")]

    def __str__(self):
        return f"₹{self.amount} on {self.paid_on} ({self.reference_number})"
