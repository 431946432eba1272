"""The auditor's work record (books produced, accounts written up under s.82), the audit report (s.83(2)(f),
s.84(a)-(g), the class, the financial summary) and the Board's follow-up report after the AGM accepts it
(s.85(2)). One of each per Audit (audit.models.audit); services in audit.services.work and .followup."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from societies.uploads import private_storage

from ..work_rules import MAX_MARKS

_MONEY = {"max_digits": 16, "decimal_places": 2}


class AuditClassBand(models.Model):
    """The department's classification bands (issue 18 point 3: configurable, default A/B/C/D from the marks
    the auditor awards). The class a report got is stored on it: changing a band later never re-classes a
    society audited before."""

    label = models.CharField(_("class"), max_length=4, unique=True)
    min_marks = models.PositiveSmallIntegerField(_("lowest mark"), unique=True,
                                                 validators=[MaxValueValidator(MAX_MARKS)])

    class Meta:
        ordering = ["-min_marks"]
        constraints = [models.CheckConstraint(condition=Q(min_marks__lte=MAX_MARKS), name="audit_band_marks_max")]

    def __str__(self):
        return f"{self.label} ({self.min_marks}+)"


class AuditWork(models.Model):
    """What the auditor records while at work: the books the society produced (s.81(2)) and, when the accounts
    were incomplete, that they were written up at the society's cost (s.82; the cost is recovered with the
    fee)."""

    audit = models.OneToOneField("audit.Audit", on_delete=models.PROTECT, related_name="work")
    books_produced = models.TextField(_("books and records produced"), blank=True, max_length=4000)
    books_produced_on = models.DateField(_("books produced on"), null=True, blank=True)
    accounts_written_up = models.BooleanField(_("accounts were incomplete and written up (s.82)"), default=False)
    write_up_cost = models.DecimalField(_("cost of writing up (₹)"), null=True, blank=True,
                                        validators=[MinValueValidator(0)], **_MONEY)
    write_up_note = models.TextField(_("what was written up"), blank=True, max_length=4000)

    def __str__(self):
        return f"Work record of audit {self.audit_id}"


class AuditReport(models.Model):
    """The report the auditor files on completion (s.84): goes to the society and the Registrar."""

    # s.84(a)-(g): the matters the report states. A blank finding is "nothing to report" on that clause. The
    # pack holds no text of s.84: the labels follow the usual clauses of the Acts after the 97th amendment and
    # are to be read against the Gazette text (ADR 0045).
    CLAUSES = (
        ("finding_a", "84(a)", _("Transactions contrary to the Act, the rules or the bye-laws")),
        ("finding_b", "84(b)", _("Sums that ought to have been brought into account but were not")),
        ("finding_c", "84(c)", _("Material impropriety or irregularity in expenditure or in realising money due")),
        ("finding_d", "84(d)", _("Money or property that appears to be a bad or doubtful debt")),
        ("finding_e", "84(e)", _("Loans and advances not properly secured or not recovered")),
        ("finding_f", "84(f)", _("Loss or deficiency from negligence or misconduct, and the persons responsible")),
        ("finding_g", "84(g)", _("Whether the balance sheet and the accounts give a true and fair view")),
    )
    SUMMARY_FIELDS = ("share_capital", "deposits", "borrowings", "loans_outstanding", "working_capital",
                      "turnover", "profit_or_loss", "reserves")

    # `audit.audit_report` (Audit.report is the FSM transition, s.84); queries read `report__...`.
    audit = models.OneToOneField("audit.Audit", on_delete=models.PROTECT, related_name="audit_report",
                                 related_query_name="report")
    finding_a = models.TextField(_("s.84(a)"), blank=True, max_length=4000)
    finding_b = models.TextField(_("s.84(b)"), blank=True, max_length=4000)
    finding_c = models.TextField(_("s.84(c)"), blank=True, max_length=4000)
    finding_d = models.TextField(_("s.84(d)"), blank=True, max_length=4000)
    finding_e = models.TextField(_("s.84(e)"), blank=True, max_length=4000)
    finding_f = models.TextField(_("s.84(f)"), blank=True, max_length=4000)
    finding_g = models.TextField(_("s.84(g)"), blank=True, max_length=4000)
    # s.83(2)(f): a Director who has become ineligible. A flag for the Registrar (governance ComplianceFlag),
    # never a bar by itself: the s.40(4) bars attach only to the causes s.40(4) lists.
    director_ineligible = models.BooleanField(_("a Director has become ineligible (s.83(2)(f))"), default=False)
    director_ineligible_details = models.TextField(_("who, and why"), blank=True, max_length=4000)
    marks = models.PositiveSmallIntegerField(_("marks (out of 100)"), validators=[MaxValueValidator(MAX_MARKS)])
    # The class from the bands at filing: from now on the one source of the society's class (the annual
    # return and the public card read it through audit.selectors.last_audit).
    audit_class = models.CharField(_("audit class"), max_length=4)
    opinion = models.TextField(_("the auditor's opinion"), max_length=8000)
    # The financial summary of the audited year (₹); a loss is a negative profit.
    share_capital = models.DecimalField(_("paid-up share capital (₹)"), validators=[MinValueValidator(0)], **_MONEY)
    deposits = models.DecimalField(_("deposits (₹)"), validators=[MinValueValidator(0)], **_MONEY)
    borrowings = models.DecimalField(_("borrowings (₹)"), validators=[MinValueValidator(0)], **_MONEY)
    loans_outstanding = models.DecimalField(_("loans outstanding (₹)"), validators=[MinValueValidator(0)], **_MONEY)
    working_capital = models.DecimalField(_("working capital (₹)"), validators=[MinValueValidator(0)], **_MONEY)
    turnover = models.DecimalField(_("turnover (₹)"), validators=[MinValueValidator(0)], **_MONEY)
    profit_or_loss = models.DecimalField(_("profit (+) or loss (−) (₹)"), **_MONEY)
    reserves = models.DecimalField(_("reserves (₹)"), validators=[MinValueValidator(0)], **_MONEY)
    pdf = models.FileField(storage=private_storage, upload_to="audit/reports/%Y/", blank=True)
    filed_on = models.DateField(_("filed on"))
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    # ---- s.85(2): the AGM accepts the report; the Board reports on the rectification within three months.
    accepted_on = models.DateField(_("accepted by the AGM on"), null=True, blank=True)
    accepted_meeting = models.ForeignKey("governance.GeneralMeeting", on_delete=models.PROTECT, null=True,
                                         blank=True, related_name="+")
    # audit_followup_report_3m: read by the flag sweeper audits_flag_missing_followup (audit.clocks,
    # partial index audit_followup_due_idx). A flag only: the Board ends only by the Registrar's order.
    followup_due_on = models.DateField(_("follow-up report due by"), null=True, blank=True)
    followup_filed_on = models.DateField(_("follow-up report filed on"), null=True, blank=True)
    followup_text = models.TextField(_("action taken on the defects"), blank=True, max_length=8000)
    followup_document = models.FileField(storage=private_storage, upload_to="audit/followup/%Y/", blank=True)
    followup_flagged = models.BooleanField(default=False)
    report_ready_for_agm = models.BooleanField(null=True, blank=True, help_text="Issued 15 days before the AGM (s.30(4)).")

    class Meta:
        indexes = [
            models.Index(fields=["followup_due_on"], name="audit_followup_due_idx",
                         condition=Q(followup_filed_on__isnull=True, followup_due_on__isnull=False)),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(marks__lte=MAX_MARKS), name="audit_report_marks_max"),
            models.CheckConstraint(condition=Q(accepted_on__isnull=True) | Q(followup_due_on__isnull=False),
                                   name="audit_report_accepted_has_followup_due"),
        ]

    def __str__(self):
        return f"Audit report {self.audit_id} (class {self.audit_class})"

    def findings(self) -> list[tuple[str, object, str]]:
        """(section, clause label, finding) for the template and the PDF."""
        return [(section, label, getattr(self, name)) for name, section, label in self.CLAUSES]


class Reaudit(models.Model):
    """A re-audit or recasting of the accounts ordered by the Chief Auditor (s.86), on appeal or on inquiry;
    refused from the day after three years from the AGM's acceptance (rules.yaml reaudit_bar_3y)."""

    audit = models.ForeignKey("audit.Audit", on_delete=models.PROTECT, related_name="reaudits")
    ordered_on = models.DateField(_("ordered on"))
    ordered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reasons = models.TextField(_("reasons"), max_length=8000)
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-ordered_on", "-pk"]

    def __str__(self):
        return f"Re-audit of audit {self.audit_id} ordered {self.ordered_on:%d-%m-%Y}"
