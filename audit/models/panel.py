"""The panel of chartered-accountant firms the State Government maintains (s.81(1) proviso) and, for the State
Co-operative Bank, the panel NABARD approves (s.145(1), s.133). Departmental auditors are officers of rank
auditor (registrar.models.Officer): they need no model of their own here."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class PanelApprover(models.TextChoices):
    STATE_GOVERNMENT = "state_government", _("State Government (s.81(1) proviso)")
    NABARD = "nabard", _("NABARD (State Co-operative Bank, s.145(1))")


class PanelOrder(models.Model):
    """The Government's (or NABARD's) order empanelling firms for a period. The portal records the order; it does
    not make it."""

    number = models.CharField(_("order number"), max_length=80)
    made_on = models.DateField(_("date of the order"))
    approver = models.CharField(_("approved by"), max_length=20, choices=PanelApprover.choices,
                                default=PanelApprover.STATE_GOVERNMENT)
    valid_from = models.DateField(_("panel valid from"))
    valid_to = models.DateField(_("panel valid to"))
    recorded_by = models.ForeignKey("registrar.User", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-valid_from", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["approver", "number"], name="audit_panel_order_number_unique"),
            models.CheckConstraint(condition=Q(valid_to__gte=F("valid_from")), name="audit_panel_order_period"),
        ]

    def __str__(self):
        return f"{self.number} ({self.valid_from:%d-%m-%Y} – {self.valid_to:%d-%m-%Y})"

    def covers(self, day) -> bool:
        return self.valid_from <= day <= self.valid_to


class PanelFirm(models.Model):
    """A firm on a panel order, for some districts (none chosen: the whole state), with a capacity in audits per
    audit year (audit.rules.audit_year_of). The firm signs in as an invited outside party on each audit allotted
    to it (parties: case kind "audit"); `email` is where that invitation goes."""

    order = models.ForeignKey(PanelOrder, on_delete=models.PROTECT, related_name="firms")
    name = models.CharField(_("firm"), max_length=200)
    frn = models.CharField(_("ICAI firm registration number"), max_length=12)
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=15, blank=True)
    districts = models.ManyToManyField("registrar.District", blank=True, related_name="audit_panel_firms",
                                       help_text=_("None chosen: the whole state."))
    capacity = models.PositiveSmallIntegerField(_("capacity (audits a year)"))
    is_active = models.BooleanField(_("on the panel"), default=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["order", "frn"], name="audit_panel_firm_once_per_order"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="audit_panel_firm_capacity_positive"),
        ]

    def __str__(self):
        return f"{self.name} (FRN {self.frn})"


class PanelPartner(models.Model):
    """A chartered accountant of the firm who may sign its audit reports (the UDIN is the partner's)."""

    firm = models.ForeignKey(PanelFirm, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=150)
    icai_number = models.CharField(_("ICAI membership number"), max_length=6)
    # Set when the portal knows the person (membership.Person): the conflict-of-interest guard reads it.
    person = models.ForeignKey("membership.Person", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["firm", "icai_number"], name="audit_panel_partner_once_per_firm"),
            models.CheckConstraint(condition=Q(icai_number__regex=r"^[0-9]{6}$"),
                                   name="audit_panel_partner_icai_six_digits"),
        ]

    def __str__(self):
        return f"CA {self.name} (M.No. {self.icai_number})"


class StateBankDesignation(models.Model):
    """Which society is the State Co-operative Bank: audited by NABARD-approved panel CAs (s.145(1), s.133), so
    the three-year departmental rule does not apply to it. One row at most."""

    society = models.OneToOneField("societies.Society", on_delete=models.PROTECT, related_name="+")
    singleton = models.BooleanField(default=True, editable=False, unique=True)

    def __str__(self):
        return f"State Co-operative Bank: {self.society}"
