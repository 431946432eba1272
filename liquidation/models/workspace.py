"""The rest of the liquidator's registers (issue 21 point 3): assets realised, leave to sue (ss.99, 101),
compromises (s.115), quarterly reports to the Registrar and the distribution schedule."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .claims import MONEY


class Asset(models.Model):
    winding_up = models.ForeignKey("liquidation.WindingUp", on_delete=models.PROTECT, related_name="assets")
    description = models.CharField(_("asset"), max_length=200)
    book_value = models.DecimalField(_("value in the books"), **MONEY, null=True, blank=True)
    realised_amount = models.DecimalField(_("amount realised"), **MONEY)
    realised_on = models.DateField(_("realised on"))
    how = models.CharField(_("how realised"), max_length=200, blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")

    class Meta:
        ordering = ["realised_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(realised_amount__gte=0), name="asset_realised_not_negative")]

    def __str__(self):
        return f"{self.description} ₹{self.realised_amount}"


class LeaveState(models.TextChoices):
    APPLIED = "applied", _("Awaiting the Registrar")
    GRANTED = "granted", _("Leave granted")
    REFUSED = "refused", _("Leave refused")


class LeaveToSue(models.Model):
    """No suit or proceeding against the society in liquidation, its liquidator or a member about its business
    without the Registrar's leave, on his conditions (ss.99, 101; rules.yaml leave_to_sue_in_liquidation). The
    liquidation file lists the applications and the Registrar's orders on them."""

    winding_up = models.ForeignKey("liquidation.WindingUp", on_delete=models.PROTECT, related_name="leaves")
    applicant = models.CharField(_("applicant"), max_length=200)
    against = models.CharField(_("proceeding against"), max_length=200)
    particulars = models.TextField(_("the suit or proceeding"))
    applied_on = models.DateField(_("applied on"))
    state = models.CharField(max_length=8, choices=LeaveState.choices, default=LeaveState.APPLIED)
    conditions = models.TextField(_("conditions"), blank=True)
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-applied_on", "-pk"]

    def __str__(self):
        return f"Leave: {self.applicant} against {self.against}"


class CompromiseState(models.TextChoices):
    NOT_AGREED = "not_agreed", _("Not agreed at the meeting")
    AGREED = "agreed", _("Agreed: awaiting the Registrar's sanction")
    SANCTIONED = "sanctioned", _("Sanctioned by the Registrar (s.115(2))")
    REFUSED = "refused", _("Sanction refused")


class Compromise(models.Model):
    winding_up = models.ForeignKey("liquidation.WindingUp", on_delete=models.PROTECT, related_name="compromises")
    terms = models.TextField(_("terms of the compromise or arrangement"))
    creditor_class = models.CharField(_("class of creditors"), max_length=12, blank=True)  # "": all creditors
    meeting_on = models.DateField(_("meeting held on"))
    creditors = models.PositiveIntegerField(_("creditors of the class"))
    debts = models.DecimalField(_("their debts"), **MONEY)
    assenting = models.PositiveIntegerField(_("creditors agreeing"))
    assenting_debts = models.DecimalField(_("debts of those agreeing"), **MONEY)
    state = models.CharField(max_length=12, choices=CompromiseState.choices)
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")

    class Meta:
        ordering = ["-meeting_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(assenting__lte=models.F("creditors"), creditors__gte=1),
                                   name="compromise_assenting_within_creditors"),
            models.CheckConstraint(condition=Q(assenting_debts__lte=models.F("debts"), debts__gt=0),
                                   name="compromise_assenting_debts_within_debts"),
        ]

    def __str__(self):
        return f"Compromise of {self.meeting_on}"


class QuarterlyReport(models.Model):
    """The liquidator's report to the Registrar for one calendar quarter: a service target (reminded, no
    effect): liquidation.workspace_clocks.QUARTERLY_REPORT reads due_on."""

    winding_up = models.ForeignKey("liquidation.WindingUp", on_delete=models.PROTECT, related_name="quarterly_reports")
    quarter_ends_on = models.DateField(_("quarter ending"))
    due_on = models.DateField(_("due by"))
    # Who is reminded and on whose My work it is: the liquidator when the quarter's row was made.
    responsible = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    filed_on = models.DateField(_("filed on"), null=True, blank=True)
    progress = models.TextField(_("progress in the quarter"), blank=True)
    realised_total = models.DecimalField(**MONEY, default=0)
    paid_total = models.DecimalField(**MONEY, default=0)
    pdf = models.FileField(upload_to="liquidation/reports/", blank=True)
    reminded_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-quarter_ends_on"]
        constraints = [models.UniqueConstraint(fields=["winding_up", "quarter_ends_on"], name="one_report_a_quarter")]
        indexes = [
            # liquidation_reports_remind and the deadlines board read the open reports by their last day.
            models.Index(fields=["due_on"], condition=Q(filed_on__isnull=True), name="liq_report_open_due_idx"),
        ]

    def __str__(self):
        return f"Quarterly report {self.quarter_ends_on}"


class DistributionSchedule(models.Model):
    """What the liquidator proposes to pay on the admitted claims, priority by priority. Refused before the
    cancellation takes effect: until then the liquidator has custody only (lifecycles.md §15 item 11)."""

    winding_up = models.ForeignKey("liquidation.WindingUp", on_delete=models.PROTECT, related_name="distributions")
    made_on = models.DateField(_("made on"))
    available = models.DecimalField(_("amount available"), **MONEY)
    made_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")

    class Meta:
        ordering = ["-made_on", "-pk"]

    def __str__(self):
        return f"Distribution of {self.made_on}"


class DistributionLine(models.Model):
    schedule = models.ForeignKey(DistributionSchedule, on_delete=models.CASCADE, related_name="lines")
    claim = models.ForeignKey("liquidation.Claim", on_delete=models.PROTECT, related_name="+")
    amount = models.DecimalField(**MONEY)

    class Meta:
        ordering = ["claim__priority", "claim__serial"]

    def __str__(self):
        return f"{self.claim_id}: ₹{self.amount}"
