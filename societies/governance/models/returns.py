"""Annual returns under s.129 and compliance flags for a Registrar's finding.

A filed return never changes: `save` refuses any update to a filed row. A correction is a new version with a
reason; every version stays visible, and the current one is the highest filed version.
"""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from registrar import bounds
from societies.uploads import private_storage


class FiledReturnIsFinal(Exception):
    """A filed annual return was about to be changed or deleted."""


_MONEY = {"max_digits": 16, "decimal_places": 2}
_NON_NEGATIVE = [MinValueValidator(0)]
# Every figure in rupees but the profit or loss (a loss is negative).
NON_NEGATIVE_MONEY = ("share_capital", "deposits", "borrowings", "loans_outstanding", "turnover", "reserves")


class AnnualReturn(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        FILED = "filed", _("Filed")

    class AuditClass(models.TextChoices):
        A = "A", _("Class A")
        B = "B", _("Class B")
        C = "C", _("Class C")
        D = "D", _("Class D")
        NOT_AUDITED = "none", _("Not yet audited")

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="annual_returns")
    financial_year = models.ForeignKey("governance.FinancialYear", on_delete=models.PROTECT,
                                       related_name="annual_returns")
    version = models.PositiveSmallIntegerField(default=1)
    state = models.CharField(max_length=8, choices=State.choices, default=State.DRAFT)
    corrects = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="corrections")
    correction_reason = models.TextField(_("reason for the correction"), blank=True)

    # s.129(2)(a)-(f): membership at the start and end of the year, by gender, and at the end by category.
    members_start_women = models.PositiveIntegerField(_("women members at the start of the year"), default=0)
    members_start_men = models.PositiveIntegerField(_("men members at the start of the year"), default=0)
    members_start_other = models.PositiveIntegerField(_("other members at the start of the year"), default=0)
    members_end_women = models.PositiveIntegerField(_("women members at the end of the year"), default=0)
    members_end_men = models.PositiveIntegerField(_("men members at the end of the year"), default=0)
    members_end_other = models.PositiveIntegerField(_("other members at the end of the year"), default=0)
    members_end_general = models.PositiveIntegerField(_("General"), default=0)
    members_end_sc = models.PositiveIntegerField(_("Scheduled Caste"), default=0)
    members_end_st = models.PositiveIntegerField(_("Scheduled Tribe"), default=0)
    members_end_obc = models.PositiveIntegerField(_("Other Backward Class"), default=0)
    # Issue 14 point 7: for a society keeping its register of members on the portal the figures above are filled
    # from the register; a figure that differs needs this reason (membership.returns).
    members_differ_reason = models.TextField(_("why the member figures differ from the register"), blank=True,
                                             max_length=2000)
    # Money in rupees. Profit may be negative (a loss); every other figure is non-negative.
    share_capital = models.DecimalField(_("paid-up share capital (₹)"), validators=_NON_NEGATIVE, default=0, **_MONEY)
    deposits = models.DecimalField(_("deposits (₹)"), validators=_NON_NEGATIVE, default=0, **_MONEY)
    borrowings = models.DecimalField(_("borrowings (₹)"), validators=_NON_NEGATIVE, default=0, **_MONEY)
    loans_outstanding = models.DecimalField(_("loans outstanding (₹)"), validators=_NON_NEGATIVE, default=0,
                                            **_MONEY)
    turnover = models.DecimalField(_("turnover (₹)"), validators=_NON_NEGATIVE, default=0, **_MONEY)
    profit_or_loss = models.DecimalField(_("profit (+) or loss (−) (₹)"), default=0, **_MONEY)
    reserves = models.DecimalField(_("reserves (₹)"), validators=_NON_NEGATIVE, default=0, **_MONEY)
    agm_held_on = models.DateField(_("date of the AGM"), null=True, blank=True)
    last_audit_on = models.DateField(_("date of the last audit"), null=True, blank=True)
    audit_class = models.CharField(_("audit class"), max_length=4, choices=AuditClass.choices, blank=True)
    board_directors = models.PositiveSmallIntegerField(_("directors on the Board"), null=True, blank=True)
    board_women = models.PositiveSmallIntegerField(_("of whom women"), null=True, blank=True)
    last_election_on = models.DateField(_("date of the last election"), null=True, blank=True)
    audited_accounts = models.FileField(_("audited accounts (PDF)"), storage=private_storage,
                                        upload_to="returns/%Y/", blank=True)
    annual_report = models.FileField(_("annual report (PDF)"), storage=private_storage, upload_to="returns/%Y/",
                                     blank=True)

    acknowledgement_number = models.CharField(max_length=40, unique=True, null=True, blank=True)
    filed_on = models.DateField(_("filed on"), null=True, blank=True)
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["financial_year", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["financial_year", "version"], name="one_return_per_version"),
            models.UniqueConstraint(fields=["financial_year"], condition=Q(state="draft"), name="one_draft_return"),
            # registrar.bounds; NOT VALID on PostgreSQL (migration *_input_bounds): manage.py invalid_rows.
            models.CheckConstraint(condition=bounds.not_negative(*NON_NEGATIVE_MONEY),
                                   name="annual_return_money_not_negative"),
        ]

    def __str__(self):
        return f"Annual return {self.financial_year} v{self.version}"

    def save(self, *args, **kwargs):
        if self.pk and type(self).objects.filter(pk=self.pk, state=self.State.FILED).exists():
            raise FiledReturnIsFinal(f"annual return {self.pk} is filed and cannot change; file a correction")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.state == self.State.FILED:
            raise FiledReturnIsFinal(f"annual return {self.pk} is filed and cannot be deleted")
        return super().delete(*args, **kwargs)

    @property
    def members_start_total(self) -> int:
        return self.members_start_women + self.members_start_men + self.members_start_other

    @property
    def members_end_total(self) -> int:
        return self.members_end_women + self.members_end_men + self.members_end_other


class ComplianceFlag(models.Model):
    """Where the Act needs a finding before an effect (lifecycles.md §15 items 8, 9; part-year Board; an AGM
    adjourned past the deadline; an officer's 90 days overrun), the sweeper raises a flag and a Registrar
    confirms or dismisses it by a recorded order. Nothing is applied automatically."""

    class Kind(models.TextChoices):
        ACCOUNTS_NOT_READY = "accounts_not_ready", _("Accounts possibly not ready 15 days before the AGM (s.30(4))")
        DIRECTOR_BAR_FOR_MEETINGS = "director_bar_meetings", _(
            "5-year director bar for Board meetings not held (s.40(4))")
        PART_YEAR_MEETINGS = "part_year_meetings", _("Fewer than four Board meetings in a part year (s.43(1))")
        AGM_ADJOURNED_PAST_DEADLINE = "agm_adjourned", _("AGM adjourned past the six-month deadline (s.34, s.39)")
        OFFICER_OVERRUN = "officer_overrun", _("No Board constituted within 90 days of the officer's appointment "
                                               "(s.41(6))")
        # The audit (issue 18; ADR 0045): the Board's s.85(2) report not filed in three months (confirming ends
        # the Board, s.40(4)(f) bar); a Director the auditor reports ineligible (s.83(2)(f): never a bar itself).
        AUDIT_FOLLOWUP_NOT_FILED = "audit_followup_not_filed", _(
            "Audit follow-up report not filed within three months of the AGM (s.85(2))")
        INELIGIBLE_DIRECTOR = "ineligible_director", _("Auditor reports a Director has become ineligible "
                                                       "(s.83(2)(f))")
        # inquiry_report_before_next_gm / inspection_report_before_next_agm (s.87(5), s.88(4)); ADR 0046.
        REPORT_NOT_PLACED = "report_not_placed", _("General meeting held without the inquiry or inspection report on "
                                                   "its agenda (s.87(5), s.88(4))")
        # A Board-ending breach while the Board is superseded (s.125; issue 20 point 4): flagged to the
        # administrator and the ARCS; no Board is ended (societies.supersession.supervision).
        SUPERSEDED_BREACH = "superseded_breach", _("A Board-ending default while the Board is superseded (s.125)")

    class State(models.TextChoices):
        OPEN = "open", _("Awaiting the Registrar")
        CONFIRMED = "confirmed", _("Confirmed by order")
        DISMISSED = "dismissed", _("Dismissed by order")

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="compliance_flags")
    kind = models.CharField(max_length=24, choices=Kind.choices)
    rule_id = models.CharField(max_length=64)
    # What the flag is about, e.g. "fy:2026-03-31" or "board:17": with kind, makes raising a flag idempotent.
    subject_key = models.CharField(max_length=64)
    raised_on = models.DateField(_("raised on"))
    facts = models.TextField(_("facts found"))
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    decided_on = models.DateField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    order_number = models.CharField(max_length=40, blank=True)
    order_text = models.TextField(_("order"), blank=True)

    class Meta:
        ordering = ["-raised_on", "-pk"]
        constraints = [models.UniqueConstraint(fields=["society", "kind", "subject_key"], name="one_flag_per_subject")]
        indexes = [models.Index(fields=["society"], condition=Q(state="open"), name="flag_open_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.subject_key})"
