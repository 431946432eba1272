"""The closing of a liquidation (ss.96-100; lifecycles.md §11 `final_report_submitted` -> `closed_dissolved` ->
`surplus_disposal`): the eight-year limit and its extensions, the liquidator's fee and bank account, the final
report and accounts, the Registrar's approval (custody of records, discharge, certificate of dissolution, closing
order and its Gazette notice) and the surplus.

One `Closing` per winding-up case, opened when the liquidator is first appointed (liquidation.receivers_closing):
the eight years of s.100(5) run from that day (liquidation_max_8y), whoever the liquidator later is.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition


class ClosingStage(models.TextChoices):
    RUNNING = "running", _("Liquidation running")
    REPORT_FILED = "report_filed", _("Final report filed: awaiting the Registrar")
    DISSOLVED = "dissolved", _("Dissolved: certificate issued")


class SurplusBasis(models.TextChoices):
    """Which rule decided where the surplus went (rules.yaml surplus_object_selection_3m notes: record it)."""

    BYE_LAW = "bye_law", _("The object named in the bye-laws (s.98)")
    MEMBERS = "members", _("The members' choice within three months (s.96)")
    REGISTRAR = "registrar", _("Applied by the Registrar (s.96)")


OPEN_STAGES = (ClosingStage.RUNNING, ClosingStage.REPORT_FILED)


class Closing(models.Model):
    winding_up = models.OneToOneField("liquidation.WindingUp", on_delete=models.PROTECT, related_name="closing")
    stage = FSMField(max_length=16, choices=ClosingStage.choices, default=ClosingStage.RUNNING, protected=True)
    # s.100(5): the first appointment; never moved when the liquidator is replaced (rules.yaml notes).
    appointed_on = models.DateField(_("liquidator first appointed on"))
    # The last date the certificate of dissolution may bear: eight years, then as extended (LimitExtension).
    dissolve_by = models.DateField(_("to be dissolved by"))
    # Where claims and letters reach the liquidator (the public board shows it): the officer's office address
    # when the liquidator is an officer, else as the office enters it for an outside liquidator.
    liquidator_address = models.CharField(_("liquidator's office address"), max_length=300, blank=True)
    # The liquidator's fee (s.95(3) as the Registrar fixes it) and the liquidation's own bank account.
    fee_amount = models.DecimalField(_("liquidator's fee (₹)"), max_digits=14, decimal_places=2, null=True,
                                     blank=True)
    fee_fixed_on = models.DateField(_("fee fixed on"), null=True, blank=True)
    bank_name = models.CharField(_("bank and branch"), max_length=160, blank=True)
    bank_account = models.CharField(_("account number"), max_length=40, blank=True)
    bank_opened_on = models.DateField(_("account opened on"), null=True, blank=True)
    # s.100(2): the liquidator's final report and final accounts.
    report_filed_on = models.DateField(_("final report filed on"), null=True, blank=True)
    report_summary = models.TextField(_("final report"), blank=True)
    assets_realised = models.DecimalField(_("assets realised (₹)"), max_digits=16, decimal_places=2, null=True,
                                          blank=True)
    liabilities_paid = models.DecimalField(_("liabilities paid (₹)"), max_digits=16, decimal_places=2, null=True,
                                           blank=True)
    surplus_amount = models.DecimalField(_("surplus (₹)"), max_digits=16, decimal_places=2, default=0)
    # s.98: the object the bye-laws name for a surplus ("" = they name none).
    bye_law_object = models.CharField(_("object named in the bye-laws"), max_length=300, blank=True)
    # s.100(3)-(5): the Registrar's approval, the custody of records, the discharge and the certificate.
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    records_custody = models.TextField(_("custody of the records"), blank=True)
    liquidator_discharged_on = models.DateField(_("liquidator discharged on"), null=True, blank=True)
    dissolved_on = models.DateField(_("dissolved on (date in the certificate)"), null=True, blank=True)
    closing_order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                         related_name="liquidation_closed")
    certificate = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                       related_name="liquidation_dissolved")
    # s.97: the Gazette notice of the closing (its printing; the members' three months run from it).
    closing_gazette_number = models.CharField(_("Gazette number of the closing notice"), max_length=60, blank=True)
    closing_notice_on = models.DateField(_("closing notice published on"), null=True, blank=True)
    # s.96: the members' three months, then the Registrar.
    members_choose_by = models.DateField(_("members choose the object by"), null=True, blank=True)
    members_object = models.CharField(_("object chosen by the members"), max_length=300, blank=True)
    members_chose_on = models.DateField(_("members chose on"), null=True, blank=True)
    registrar_object = models.CharField(_("object the Registrar applied it to"), max_length=300, blank=True)
    surplus_order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                         related_name="liquidation_surplus")
    surplus_basis = models.CharField(_("surplus went to"), max_length=12, choices=SurplusBasis.choices, blank=True)
    surplus_settled_on = models.DateField(_("surplus settled on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            # Read by the clock liquidation.clocks_closing.EIGHT_YEARS (sweeper liquidations_remind_eight_years).
            models.Index(fields=["dissolve_by"], name="closing_dissolve_by_idx",
                         condition=Q(stage__in=["running", "report_filed"])),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(dissolve_by__gt=F("appointed_on")), name="closing_limit_after_appt"),
            models.CheckConstraint(condition=Q(surplus_amount__gte=0), name="closing_surplus_not_negative"),
        ]

    def __str__(self):
        return f"Closing of {self.winding_up_id}"

    @transition(field=stage, source=ClosingStage.RUNNING, target=ClosingStage.REPORT_FILED)
    def file_report(self, *, on):
        """s.100(2): the final report and final accounts are with the Registrar."""
        self.report_filed_on = on

    @transition(field=stage, source=ClosingStage.REPORT_FILED, target=ClosingStage.RUNNING)
    def return_report(self):
        """The Registrar sends the report back (claims still open, accounts incomplete)."""
        self.report_filed_on = None

    @transition(field=stage, source=ClosingStage.REPORT_FILED, target=ClosingStage.DISSOLVED)
    def dissolve(self, *, approved_on, dissolved_on, by):
        """s.100(3)-(5): approve, discharge the liquidator and dissolve from the certificate's date."""
        self.approved_on, self.approved_by = approved_on, by
        self.liquidator_discharged_on = approved_on
        self.dissolved_on = dissolved_on


class ExtensionBy(models.TextChoices):
    REGISTRAR = "registrar", _("The Registrar (once, up to a year)")
    GOVERNMENT = "government", _("The State Government (a year at a time)")


class LimitExtension(models.Model):
    """One extension of the eight years (s.100(5) provisos), an order in the register either way: the Registrar's
    own, or the Government's entered by this office (issuer GOVERNMENT)."""

    closing = models.ForeignKey(Closing, on_delete=models.PROTECT, related_name="extensions")
    by = models.CharField(_("extended by"), max_length=12, choices=ExtensionBy.choices)
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="liquidation_extension")
    made_on = models.DateField(_("date of the order"))
    previous_last_day = models.DateField()
    new_last_day = models.DateField(_("extended to"))
    reasons = models.TextField(_("reasons"))
    government_reference = models.CharField(_("Government's order number"), max_length=80, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["made_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(new_last_day__gt=F("previous_last_day")),
                                   name="extension_moves_forward"),
            # s.100(5) first proviso: the Registrar extends once.
            models.UniqueConstraint(fields=["closing"], condition=Q(by="registrar"),
                                    name="extension_one_by_registrar"),
        ]

    def __str__(self):
        return f"{self.get_by_display()} to {self.new_last_day}"
