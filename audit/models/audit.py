"""The audit of one society's accounts for one financial year (s.81(1), rules.yaml audit_every_year).

Status (lifecycles.md §8): open (the year has closed) -> allotted (auditor chosen: a departmental officer of rank
auditor, or a panel firm) -> in_progress (the auditor recorded the start) -> completed (completion date recorded)
-> reported (report sent to the society and the Registrar). Transitions only change fields in memory; the
services lock, save and log (allotment: audit.services.allotment; the work: audit.services.work).
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from .. import rules
from .panel import PanelFirm, PanelPartner


class AuditStatus(models.TextChoices):
    OPEN = "open", _("Due: auditor not allotted")
    ALLOTTED = "allotted", _("Allotted")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed: report awaited")
    REPORTED = "reported", _("Report issued")


# Not yet complete: the six-month clock (audit_within_6_months) runs on these.
NOT_COMPLETE = (AuditStatus.OPEN, AuditStatus.ALLOTTED, AuditStatus.IN_PROGRESS)


class AuditorKind(models.TextChoices):
    DEPARTMENTAL = "departmental", _("Departmental auditor")
    PANEL = "panel", _("Chartered accountant from the panel")


class Audit(models.Model):
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="audits")
    # The last day of the financial year audited (a society's year end may differ from 31 March).
    fy_end = models.DateField(_("financial year ending"))
    status = FSMField(_("status"), max_length=16, choices=AuditStatus.choices, default=AuditStatus.OPEN,
                      protected=True)
    opened_on = models.DateField(_("opened on"))
    # s.81(5): last day to complete, fy_end + 6 months (rules.audit_last_day). Swept by the clock
    # audit.clocks AUDIT_WITHIN_6_MONTHS (partial index audit_due_idx).
    due_on = models.DateField(_("to be completed by"))

    # ---- allotment (audit.services.allotment.audit_allot)
    auditor_kind = models.CharField(_("auditor"), max_length=12, choices=AuditorKind.choices, blank=True)
    auditor_officer = models.ForeignKey("registrar.Officer", on_delete=models.PROTECT, null=True, blank=True,
                                        related_name="audits", verbose_name=_("departmental auditor"))
    panel_firm = models.ForeignKey(PanelFirm, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="audits", verbose_name=_("panel firm"))
    panel_partner = models.ForeignKey(PanelPartner, on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="audits", verbose_name=_("signing partner"))
    # s.81(1) proviso: the society may choose a panel auditor by its AGM's resolution.
    chosen_by_society = models.BooleanField(_("chosen by the society's AGM"), default=False)
    agm_resolution_on = models.DateField(_("date of the AGM resolution"), null=True, blank=True)
    agm_resolution_ref = models.CharField(_("resolution number"), max_length=60, blank=True)
    allotted_on = models.DateField(_("allotted on"), null=True, blank=True)
    allotted_by = models.ForeignKey("registrar.User", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    allotment_order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                        related_name="+")
    # The warning shown and accepted at allotment (same auditor more than three consecutive years), kept.
    allotment_warning = models.CharField(max_length=300, blank=True)

    # ---- the work (audit.services.work)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    # s.84: completed_on + 14 days (rules.audit_report_last_day). Clock AUDIT_REPORT_FORTNIGHT.
    report_due_on = models.DateField(_("report due by"), null=True, blank=True)
    reported_on = models.DateField(_("report issued on"), null=True, blank=True)
    # A firm's report carries the signing CA's Unique Document Identification Number (ICAI).
    udin = models.CharField(_("UDIN"), max_length=18, blank=True)
    # Set when the audit's last objection is closed (audit.services.work): the auditor's access ends with it
    # (parties case kind "audit", and the departmental auditor's list).
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    # ---- fee (s.81(3): deemed dues; audit.services.fees)
    fee_due = models.OneToOneField("dues.Due", on_delete=models.PROTECT, null=True, blank=True, related_name="audit")

    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-fy_end", "society__name"]
        permissions = [("conduct_audit", "Can conduct the audit as the allotted panel firm")]
        constraints = [
            models.UniqueConstraint(fields=["society", "fy_end"], name="audit_one_per_society_year"),
            # An open audit has no auditor; any later one has exactly the one its kind says.
            models.CheckConstraint(
                condition=Q(status="open", auditor_kind="", auditor_officer__isnull=True, panel_firm__isnull=True)
                | Q(auditor_kind="departmental", auditor_officer__isnull=False, panel_firm__isnull=True,
                    panel_partner__isnull=True)
                | Q(auditor_kind="panel", auditor_officer__isnull=True, panel_firm__isnull=False),
                name="audit_auditor_matches_kind"),
            models.CheckConstraint(condition=Q(udin="") | Q(udin__regex=r"^[0-9]{8}[A-Z0-9]{10}$"),
                                   name="audit_udin_format"),
        ]
        indexes = [
            # audit_within_6_months (audit.clocks): audits not yet complete, by their last day
            models.Index(fields=["due_on"], name="audit_due_idx",
                         condition=Q(status__in=["open", "allotted", "in_progress"])),
            # audit_report_fortnight (audit.clocks): completed audits whose report is awaited
            models.Index(fields=["report_due_on"], name="audit_report_due_idx", condition=Q(status="completed")),
            models.Index(fields=["fy_end", "status"], name="audit_year_status_idx"),
            # The office lists (audit.selectors.audit_list_for_officer): a year's rows in due_on, pk order, read in
            # index order and stopped at the page's end (the list also filters the year's due_on range).
            models.Index(fields=["due_on", "id"], name="audit_list_order_idx"),
            models.Index(fields=["panel_firm", "fy_end"], name="audit_firm_year_idx"),
            models.Index(fields=["auditor_officer", "fy_end"], name="audit_officer_year_idx"),
        ]

    def __str__(self):
        return f"Audit {rules.fy_label(self.fy_end)}: {self.society_id and self.society.name}"

    @property
    def fy_label(self) -> str:
        return rules.fy_label(self.fy_end)

    @property
    def auditor_name(self) -> str:
        if self.auditor_officer_id:
            return self.auditor_officer.user.display_name()
        if self.panel_firm_id:
            return self.panel_firm.name
        return ""

    @property
    def is_departmental(self) -> bool:
        return self.auditor_kind == AuditorKind.DEPARTMENTAL

    # ---- transitions (fields in memory only)
    @transition(field=status, source=AuditStatus.OPEN, target=AuditStatus.ALLOTTED)
    def allot(self, *, on, officer=None, firm=None, partner=None):
        """s.81(1): the Registrar's auditor or, at the society's option, a panel CA. Guards: audit.rules."""
        self.auditor_kind = AuditorKind.DEPARTMENTAL if officer is not None else AuditorKind.PANEL
        self.auditor_officer, self.panel_firm, self.panel_partner = officer, firm, partner
        self.allotted_on = on

    @transition(field=status, source=AuditStatus.ALLOTTED, target=AuditStatus.IN_PROGRESS)
    def start(self, *, on):
        """s.81(2): the auditor begins; the society produces its books."""
        self.started_on = on

    @transition(field=status, source=AuditStatus.IN_PROGRESS, target=AuditStatus.COMPLETED)
    def complete(self, *, on):
        """Completion date recorded explicitly (rules.yaml audit_report_fortnight notes): the fortnight runs."""
        self.completed_on = on
        self.report_due_on = rules.audit_report_last_day(on)

    @transition(field=status, source=AuditStatus.COMPLETED, target=AuditStatus.REPORTED)
    def report(self, *, on):
        """s.84: the report with the audited statements to the society and the Registrar."""
        self.reported_on = on
