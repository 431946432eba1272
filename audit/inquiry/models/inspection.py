"""Inspection (s.88): lifecycles.md §9, `requested` (a creditor's, awaiting s.88(2)) -> `ordered` -> `in_progress`
-> `result_communicated` -> `placed_before_agm`, and its findings item by item (like audit objections)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from .. import rules


class InspectionBasis(models.TextChoices):
    REGISTRAR = "registrar", _("By the Registrar or a person he authorises (s.88(1))")
    CREDITOR = "creditor", _("On a creditor's application (s.88(2))")
    FINANCING_BANK = "bank", _("By a financing bank (s.88(3))")
    SEIZURE = "seizure", _("On a seizure of records (s.126)")


class InspectionState(models.TextChoices):
    REQUESTED = "requested", _("Creditor's application: deposit, proof of the debt and hearing awaited")
    ORDERED = "ordered", _("Ordered")
    IN_PROGRESS = "in_progress", _("In progress")
    RESULT_COMMUNICATED = "communicated", _("Result communicated: to be placed before the next AGM")
    PLACED = "placed", _("Placed before the AGM with the action-taken report")
    REFUSED = "refused", _("Creditor's application refused")


class Inspection(models.Model):
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="inspections")
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    basis = models.CharField(_("basis"), max_length=10, choices=InspectionBasis.choices)
    scope = models.TextField(_("scope of the inspection"))
    # The inspecting officer (s.88(1)), or for a bank's inspection the bank's invited user (parties) recording it.
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                related_name="inspections_held", verbose_name=_("inspecting officer"))
    bank_name = models.CharField(_("financing bank"), max_length=200, blank=True)
    # A creditor's application (s.88(2), creditor_inspection_preconditions).
    creditor_name = models.CharField(_("creditor"), max_length=200, blank=True)
    creditor_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="+")
    deposit_required = models.DecimalField(_("security deposit fixed"), max_digits=12, decimal_places=2, null=True,
                                           blank=True)
    deposit_paid_on = models.DateField(_("deposit paid on"), null=True, blank=True)
    deposit_reference = models.CharField(_("challan or receipt number"), max_length=60, blank=True)
    debt_proof = models.TextField(_("proof that the debt is due, was demanded and not satisfied"), blank=True)
    debt_demanded_on = models.DateField(_("debt demanded on"), null=True, blank=True)
    hearing_on = models.DateField(_("society heard on"), null=True, blank=True)
    hearing_note = models.TextField(_("what the society said"), blank=True)
    requested_on = models.DateField(_("applied on"), null=True, blank=True)
    state = FSMField(max_length=14, choices=InspectionState.choices, default=InspectionState.ORDERED, protected=True)
    ordered_on = models.DateField(_("ordered on"), null=True, blank=True)
    # lifecycles.md §9 DEFAULT: the inquiry's 30-day target (service target, rules.inspection_target_last_day).
    target_on = models.DateField(_("target date"), null=True, blank=True)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    result = models.TextField(_("result of the inspection"), blank=True)
    result_communicated_on = models.DateField(_("result communicated on"), null=True, blank=True)
    action_taken_report = models.TextField(_("action-taken report"), blank=True)
    placed_at = models.ForeignKey("governance.GeneralMeeting", on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="+")
    inquiry = models.ForeignKey("inquiry.InquiryCase", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="inspections")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-ordered_on", "-pk"]
        indexes = [
            models.Index(fields=["target_on"], condition=Q(state__in=["ordered", "in_progress"]),
                         name="inspection_target_idx"),
            models.Index(fields=["district", "state"], name="inspection_district_state_idx"),
        ]

    def __str__(self):
        return f"INS-{self.pk} {self.society}"

    @property
    def reference(self) -> str:
        year = (self.ordered_on or self.requested_on).year
        return f"INS/{self.district.code}/{year}/{self.pk:05d}"

    @transition(field=state, source=[InspectionState.ORDERED, InspectionState.REQUESTED],
                target=InspectionState.ORDERED)
    def order(self, *, on, scope, officer):
        self.ordered_on, self.scope, self.officer = on, scope, officer
        self.target_on = rules.inspection_target_last_day(on)

    @transition(field=state, source=InspectionState.REQUESTED, target=InspectionState.REFUSED)
    def refuse(self):
        pass

    @transition(field=state, source=[InspectionState.ORDERED, InspectionState.IN_PROGRESS],
                target=InspectionState.IN_PROGRESS)
    def start(self, *, on):
        self.started_on = self.started_on or on

    @transition(field=state, source=[InspectionState.ORDERED, InspectionState.IN_PROGRESS],
                target=InspectionState.RESULT_COMMUNICATED)
    def communicate(self, *, on, result):
        self.result_communicated_on, self.result = on, result

    @transition(field=state, source=InspectionState.RESULT_COMMUNICATED, target=InspectionState.PLACED)
    def place(self, *, meeting, action_taken):
        self.placed_at, self.action_taken_report = meeting, action_taken


class Finding(models.Model):
    """One finding of an inspection or inquiry, item by item like an audit objection; an open audit objection
    carried in keeps its source (audit.Objection) so the two are read together."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        COMPLIED = "complied", _("Complied with")
        DROPPED = "dropped", _("Dropped")

    inspection = models.ForeignKey(Inspection, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="findings")
    inquiry = models.ForeignKey("inquiry.InquiryCase", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="finding_items")
    number = models.PositiveIntegerField(_("item"))
    text = models.TextField(_("finding"))
    amount = models.DecimalField(_("amount involved"), max_digits=14, decimal_places=2, null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    # The audit objection this finding carries in (audit module, when present): app label and pk, read by
    # audit.inquiry.carry_in, so this app does not depend on the audit module's migrations.
    source_objection_id = models.PositiveBigIntegerField(null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    recorded_on = models.DateField(_("recorded on"))

    class Meta:
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(condition=Q(inspection__isnull=False) | Q(inquiry__isnull=False),
                                   name="finding_has_a_case"),
            models.UniqueConstraint(fields=["inspection", "number"], condition=Q(inspection__isnull=False),
                                    name="finding_number_unique_in_inspection"),
            models.UniqueConstraint(fields=["inspection", "source_objection_id"],
                                    condition=Q(source_objection_id__isnull=False),
                                    name="finding_objection_carried_once"),
        ]

    def __str__(self):
        return f"{self.number}. {self.text[:60]}"
