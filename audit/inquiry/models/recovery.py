"""What follows an inquiry or inspection: cost and surcharge orders (ss.89, 103) that raise dues, copies of a report
on a fee (s.87(6), s.88(5)), and the seizure of records (s.126)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class CostOrSurcharge(models.Model):
    class Kind(models.TextChoices):
        COST = "cost", _("Cost of the inquiry or inspection (s.89)")
        SURCHARGE = "surcharge", _("Surcharge (s.103)")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="+")
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    inquiry = models.ForeignKey("inquiry.InquiryCase", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="cost_orders")
    inspection = models.ForeignKey("inquiry.Inspection", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="cost_orders")
    # Who pays: the society itself, or a person (a member, officer or past officer) by name and address.
    payer_is_society = models.BooleanField(default=False)
    person_name = models.CharField(_("person"), max_length=200, blank=True)
    person_address = models.TextField(_("address"), blank=True)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    # s.103: the act causing the loss and the date of the report that revealed it (surcharge_lookback_4y).
    act_on = models.DateField(_("date of the act causing the loss"), null=True, blank=True)
    report_on = models.DateField(_("date of the report"), null=True, blank=True)
    loss_description = models.TextField(_("the act and the loss"), blank=True)
    hearing_on = models.DateField(_("heard on"))
    hearing_note = models.TextField(_("what was said at the hearing"), blank=True)
    made_on = models.DateField(_("order made on"))
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")
    due = models.OneToOneField("dues.Due", on_delete=models.PROTECT, related_name="+")
    made_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-made_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(inquiry__isnull=False) | Q(inspection__isnull=False),
                                   name="cost_order_has_a_case"),
            models.CheckConstraint(condition=Q(kind="cost") | Q(act_on__isnull=False, report_on__isnull=False),
                                   name="surcharge_has_act_and_report_dates"),
            models.CheckConstraint(condition=Q(made_on__gte=models.F("hearing_on")),
                                   name="cost_order_after_hearing"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ₹{self.amount}"


class ReportCopy(models.Model):
    """A member's copy of an inquiry report (s.87(6)) or anyone's copy of an inspection report (s.88(5)), on the
    fee the Registrar fixes: the fee is a due on filing in the ledger (dues COPY_FEE)."""

    inquiry = models.ForeignKey("inquiry.InquiryCase", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="copies")
    inspection = models.ForeignKey("inquiry.Inspection", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="copies")
    member_number = models.PositiveIntegerField(_("member number"), null=True, blank=True)
    name = models.CharField(_("name"), max_length=200)
    requested_on = models.DateField(_("requested on"))
    due = models.OneToOneField("dues.Due", on_delete=models.PROTECT, related_name="+")
    supplied_on = models.DateField(_("copy supplied on"), null=True, blank=True)

    class Meta:
        ordering = ["-requested_on", "-pk"]
        constraints = [models.CheckConstraint(condition=Q(inquiry__isnull=False) | Q(inspection__isnull=False),
                                              name="copy_has_a_report")]

    def __str__(self):
        return f"{self.name} ({self.requested_on})"


class Seizure(models.Model):
    """s.126: books, registers, documents or cash seized; the inventory in duplicate, signed by the holder or two
    witnesses, one copy for the society's officer; an audit or inspection opened at once."""

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="+")
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    seized_on = models.DateField(_("seized on"))
    seized_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    holder_name = models.CharField(_("seized from"), max_length=200)
    items = models.TextField(_("inventory (one item a line)"))
    holder_signed = models.BooleanField(_("signed by the holder"), default=False)
    witness_1 = models.CharField(_("first witness"), max_length=200, blank=True)
    witness_2 = models.CharField(_("second witness"), max_length=200, blank=True)
    copy_given_to = models.CharField(_("society's copy given to"), max_length=200)
    # rules.seizure_flag_day: flagged when no audit or inspection is open by then (our 7-day target).
    flag_due_on = models.DateField()
    flagged_on = models.DateField(null=True, blank=True)
    inspection = models.ForeignKey("inquiry.Inspection", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="seizures")
    audit_opened = models.BooleanField(_("an audit is open"), default=False)
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-seized_on", "-pk"]
        constraints = [models.CheckConstraint(condition=Q(holder_signed=True) | (~Q(witness_1="") & ~Q(witness_2="")),
                                              name="seizure_inventory_signed")]
        indexes = [models.Index(fields=["flag_due_on"], condition=Q(inspection__isnull=True, audit_opened=False,
                                                                     flagged_on__isnull=True),
                                name="seizure_flag_due_idx")]

    def __str__(self):
        return f"Seizure {self.seized_on} {self.society}"

    @property
    def item_lines(self) -> list[str]:
        return [line.strip() for line in self.items.splitlines() if line.strip()]
