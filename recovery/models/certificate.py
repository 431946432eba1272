"""The Cooperative Demand Certificate (s.114, Schedule C) and what follows it: extensions of the time to pay,
instalments, distraint (s.102(2)), conditional attachment (s.112), execution through the Certificate Officer or as
an arrear of land revenue (s.114(1),(2)) and prosecution (s.114(6), s.108). Payments are rows of the dues ledger
(dues.Payment on the certificate's Due)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from dues.models import MONEY


class CertState(models.TextChoices):
    GRANTED = "granted", _("Granted, not yet served")
    SERVED = "served", _("Served: time to pay running")
    IN_DEFAULT = "in_default", _("In default")
    PAID = "paid", _("Paid and closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    SET_ASIDE = "set_aside", _("Set aside")


# The certificate holds its loan while in one of these (cdc_one_per_loan); withdrawn or set aside frees it.
LOAN_HOLDING = ("granted", "served", "in_default", "paid")
OPEN_CERT_STATES = ("granted", "served", "in_default")


class Certificate(models.Model):
    requisition = models.OneToOneField("recovery.Requisition", on_delete=models.PROTECT,
                                       related_name="certificate")
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    loan_key = models.CharField(max_length=280, editable=False)
    principal = models.DecimalField(_("principal"), **MONEY)
    interest_rate = models.DecimalField(_("interest, % a year"), max_digits=6, decimal_places=3, null=True,
                                        blank=True)
    interest_from = models.DateField(_("interest runs from"), null=True, blank=True)
    costs = models.DecimalField(_("costs"), **MONEY, default=0)
    granted_on = models.DateField(_("granted on"))
    signed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    delegation = models.ForeignKey("recovery.Delegation", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="certificates")
    state = models.CharField(_("state"), max_length=12, choices=CertState.choices, default=CertState.GRANTED)
    served_on = models.DateField(_("served on"), null=True, blank=True)
    service_reference = models.CharField(_("service reference"), max_length=80, blank=True)
    extension_days = models.PositiveSmallIntegerField(default=0)
    # The last day to pay (recovery.rules.payment_last_day); the clock demand_certificate_payment sweeps it.
    pay_by = models.DateField(_("to be paid by"), null=True, blank=True)
    default_on = models.DateField(_("in default from"), null=True, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    due = models.ForeignKey("dues.Due", on_delete=models.PROTECT, related_name="+")
    costs_due = models.ForeignKey("dues.Due", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    closure = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")

    class Meta:
        ordering = ["-granted_on", "-pk"]
        constraints = [
            # s.114(3) proviso (cdc_one_per_loan): not more than one certificate executed against a single loan.
            models.UniqueConstraint(fields=["loan_key"], condition=Q(state__in=LOAN_HOLDING),
                                    name="recovery_cdc_one_per_loan"),
            models.CheckConstraint(condition=Q(extension_days__lte=30), name="recovery_cdc_extension_cap_30d"),
            models.CheckConstraint(condition=Q(served_on__isnull=True) | Q(served_on__gte=models.F("granted_on")),
                                   name="recovery_cdc_served_after_granted"),
        ]
        indexes = [
            # demand_certificates_default (recovery.clocks): served certificates by their last day to pay.
            models.Index(fields=["pay_by"], name="recovery_cdc_pay_by_idx", condition=Q(state="served")),
            models.Index(fields=["district", "state"], name="recovery_cdc_district_idx"),
        ]

    def __str__(self):
        return self.order.number if self.order_id else f"CDC {self.pk}"

    @property
    def number(self) -> str:
        return self.order.number


class Extension(models.Model):
    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="extensions")
    days = models.PositiveSmallIntegerField(_("days"))
    reasons = models.TextField(_("reasons"))
    granted_on = models.DateField(_("granted on"))
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["granted_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(days__gte=1, days__lte=30),
                                              name="recovery_extension_days_bounds")]

    def __str__(self):
        return f"+{self.days} days ({self.granted_on})"


class Instalment(models.Model):
    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="instalments")
    number = models.PositiveSmallIntegerField()
    due_on = models.DateField(_("due on"))
    amount = models.DecimalField(_("amount"), **MONEY)

    class Meta:
        ordering = ["due_on", "number"]
        constraints = [models.UniqueConstraint(fields=["certificate", "number"], name="recovery_instalment_unique"),
                       models.CheckConstraint(condition=Q(amount__gt=0), name="recovery_instalment_positive")]

    def __str__(self):
        return f"Instalment {self.number}: {self.amount} due {self.due_on}"


class Distraint(models.Model):
    """Distraint of the crop or produce of the charged land for an instalment more than 30 days overdue
    (s.102(2)(a), distraint_after_30d_unpaid), never after 12 months from its due date (distraint_bar_12m)."""

    instalment = models.ForeignKey(Instalment, on_delete=models.PROTECT, related_name="distraints")
    ordered_on = models.DateField(_("ordered on"))
    produce = models.TextField(_("produce or crop distrained"))
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")
    ordered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    def __str__(self):
        return f"Distraint {self.ordered_on}"


class Attachment(models.Model):
    """A conditional attachment of property (s.112, conditional_attachment_until_withdrawn): in force from the
    order until withdrawn or cancelled; never expires by itself."""

    requisition = models.ForeignKey("recovery.Requisition", on_delete=models.PROTECT, related_name="attachments")
    property_description = models.TextField(_("property attached"))
    reasons = models.TextField(_("reasons"))
    ordered_on = models.DateField(_("ordered on"))
    ordered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    withdrawn_reason = models.CharField(_("why withdrawn"), max_length=300, blank=True)

    class Meta:
        ordering = ["ordered_on", "pk"]

    def __str__(self):
        return f"Attachment {self.ordered_on}"


class Execution(models.Model):
    """Recovery after default (s.114(1),(2)): a requisition to the Certificate Officer under the Bengal Public
    Demands Recovery Act, 1913, or recovery as an arrear of land revenue."""

    class Mode(models.TextChoices):
        PUBLIC_DEMAND = "public_demand", _("Requisition to the Certificate Officer (public demand, 1913 Act)")
        LAND_REVENUE = "land_revenue", _("Recovery as an arrear of land revenue")

    certificate = models.OneToOneField(Certificate, on_delete=models.PROTECT, related_name="execution")
    mode = models.CharField(_("mode"), max_length=16, choices=Mode.choices)
    requested_on = models.DateField(_("requested on"))
    certificate_officer = models.CharField(_("Certificate Officer"), max_length=200)
    case_number = models.CharField(_("Certificate Officer's case number"), max_length=60, blank=True)
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        permissions = [("enter_proceedings", "Can enter the Certificate Officer's proceedings as the Bakijai branch")]

    def __str__(self):
        return f"{self.mode} {self.case_number}"


class ExecutionEntry(models.Model):
    class Kind(models.TextChoices):
        NOTICE = "notice", _("Notice served by the Certificate Officer")
        OBJECTION = "objection", _("Objection (petition denying liability)")
        REALISATION = "realisation", _("Amount realised")
        REMITTANCE = "remittance", _("Remitted to the certificate holder")

    execution = models.ForeignKey(Execution, on_delete=models.PROTECT, related_name="entries")
    kind = models.CharField(_("entry"), max_length=12, choices=Kind.choices)
    on = models.DateField(_("date"))
    amount = models.DecimalField(_("amount"), **MONEY, null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # A realisation in the dues ledger: its receipt. Blank for one the Bakijai branch reported and the office has
    # not yet entered in the ledger (recovery.services.enforcement.realisation_receipt).
    receipt = models.CharField(_("receipt"), max_length=40, blank=True)

    class Meta:
        ordering = ["on", "pk"]

    def __str__(self):
        return f"{self.kind} {self.on}"


class Prosecution(models.Model):
    """The Registrar's sanction (s.108) to prosecute the default (s.114(6)) within five years
    (prosecution_limitation_5y)."""

    certificate = models.OneToOneField(Certificate, on_delete=models.PROTECT, related_name="prosecution")
    sanctioned_on = models.DateField(_("sanctioned on"))
    sanctioned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")

    def __str__(self):
        return f"Sanction {self.sanctioned_on}"
