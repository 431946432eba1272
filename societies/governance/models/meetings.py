"""Financial years, requisitions, Board meetings, general meetings and their proceedings (ss.29-34, 39, 43, 45).

Dates here are the real dates of the events. `recorded_on` is when the secretary entered them: a meeting held
in time but entered after a deadline keeps its real date, and a rectification order sets aside any effect that
fired meanwhile (registrar.rectification).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from registrar import bounds
from societies.uploads import private_storage


def _not_after_today(instance, *fields) -> None:
    """`clean()`: a receipt or a meeting held is a past fact (registrar.bounds)."""
    from registrar import clock

    errors = bounds.act_date_errors(instance, fields, today=clock.today())
    if errors:
        raise ValidationError(errors)


class FinancialYear(models.Model):
    """One co-operative year of one society and the clocks its end starts: the AGM (s.39), the annual return
    (s.129) and the count of Board meetings (s.43(1)). The next year's row is opened when this one ends."""

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="financial_years")
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    # agm_within_6_months: read by boards_dissolve_for_missed_agm while no AGM is held.
    agm_last_day = models.DateField(_("AGM to be held by"))
    agm_held_on = models.DateField(_("AGM held on"), null=True, blank=True)
    agm_checked = models.BooleanField(default=False, help_text="The s.39 sweep has dealt with this year.")
    # annual_returns_30d (a filing: rolled past closed days); before the AGM, lifecycles.md §14's default.
    returns_last_day = models.DateField(_("annual return due by"))
    returns_filed_on = models.DateField(_("annual return filed on"), null=True, blank=True)
    meetings_checked = models.BooleanField(default=False, help_text="The s.43(1) count has been made.")
    next_opened = models.BooleanField(default=False, help_text="The following year's row exists.")
    # The day the last notice to file the return (s.129) was issued: one notice a day, however often it is asked
    # for (a double click, two tabs). Claimed by a conditional UPDATE in services.returns.returns_notices_issue.
    defaulter_notice_on = models.DateField(_("notice to file issued on"), null=True, blank=True)

    class Meta:
        ordering = ["society", "-ends_on"]
        constraints = [models.UniqueConstraint(fields=["society", "ends_on"], name="one_row_per_financial_year")]
        indexes = [
            # boards_dissolve_for_missed_agm
            models.Index(fields=["agm_last_day"], condition=Q(agm_checked=False), name="fy_agm_due_idx"),
            # returns reminders, the overdue list and the compliance card
            models.Index(fields=["returns_last_day"], condition=Q(returns_filed_on__isnull=True),
                         name="fy_returns_due_idx"),
            # presidents_cease_for_too_few_meetings
            models.Index(fields=["ends_on"], condition=Q(meetings_checked=False), name="fy_meetings_due_idx"),
            # financial_years_open_next
            models.Index(fields=["ends_on"], condition=Q(next_opened=False), name="fy_open_next_idx"),
            # audits_open (audit.clocks.years_due_for_audit): the years ended within the horizon
            models.Index(fields=["ends_on"], name="fy_ends_on_idx"),
        ]

    def __str__(self):
        return f"{self.starts_on:%Y}-{self.ends_on:%y}"

    @property
    def label(self) -> str:
        return f"{self.starts_on:%Y}–{self.ends_on:%y}"


class Requisition(models.Model):
    """A written requisition for a special general meeting (s.33: 45 days) or a special Board meeting
    (s.43(2): 15 days)."""

    class Kind(models.TextChoices):
        GENERAL_MEETING = "general_meeting", _("Special general meeting (s.33)")
        BOARD_MEETING = "board_meeting", _("Special Board meeting (s.43(2))")

    class From(models.TextChoices):
        MEMBERS = "members", _("Members (at least a quarter of voting members)")
        REGISTRAR = "registrar", _("The Registrar")
        DIRECTORS = "directors", _("Directors (at least a third)")
        AUDITOR = "auditor", _("The auditor")

    class State(models.TextChoices):
        OPEN = "open", _("Meeting awaited")
        HELD = "held", _("Meeting held")
        LAPSED = "lapsed", _("Not held in time: cessation applied")

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="requisitions")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    requisitioned_by = models.CharField(_("requisitioned by"), max_length=12, choices=From.choices)
    received_on = models.DateField(_("received on"), validators=[bounds.validate_since_commencement])
    agenda = models.TextField(_("agenda and reasons"))
    # special_gm_within_45d / special_board_meeting_15d: read by requisitions_lapse.
    hold_by = models.DateField(_("meeting to be held by"))
    state = FSMField(max_length=8, choices=State.choices, default=State.OPEN, protected=True)
    held_on = models.DateField(_("held on"), null=True, blank=True)
    lapsed_on = models.DateField(_("cessation dated"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-received_on", "-pk"]
        indexes = [models.Index(fields=["hold_by"], condition=Q(state="open"), name="requisition_due_idx")]
        constraints = [
            # The natural key: the same requisition entered twice (a double click, two tabs) is one requisition.
            models.UniqueConstraint(fields=["society", "kind", "received_on", "requisitioned_by"],
                                    name="one_requisition_per_day"),
            # registrar.bounds; NOT VALID on PostgreSQL (migration *_input_bounds): manage.py invalid_rows.
            models.CheckConstraint(condition=bounds.since_commencement("received_on"),
                                   name="requisition_received_since_act"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: requisition of {self.received_on:%d %b %Y}"

    def clean(self):
        _not_after_today(self, "received_on")

    @transition(field=state, source=State.OPEN, target=State.HELD)
    def mark_held(self, *, on):
        self.held_on = on

    @transition(field=state, source=State.OPEN, target=State.LAPSED)
    def lapse(self, *, on):
        self.lapsed_on = on

    @transition(field=state, source=[State.LAPSED, State.HELD], target=State.OPEN)
    def reopen(self):
        """Only by a rectification order: the meeting was in fact held in time."""
        self.lapsed_on = None
        self.held_on = None


class BoardMeeting(models.Model):
    """A Board meeting as recorded by the secretary. Without quorum (s.43(5)) it is kept but not 'held'."""

    board = models.ForeignKey("governance.Board", on_delete=models.PROTECT, related_name="meetings")
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="board_meetings")
    held_on = models.DateField(_("date of the meeting"), validators=[bounds.validate_since_commencement])
    present = models.ManyToManyField("governance.Director", related_name="meetings_attended", blank=True)
    present_count = models.PositiveSmallIntegerField(_("directors present"))
    quorum_required = models.PositiveSmallIntegerField(_("quorum required"))
    quorum_met = models.BooleanField(_("quorum present"))
    requisition = models.ForeignKey(Requisition, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="board_meetings")
    agenda = models.TextField(_("business transacted"), blank=True)
    recorded_on = models.DateField(_("recorded on"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-held_on", "-pk"]
        constraints = [
            # One Board meeting a society a day: a double click or a second tab records it once, and two entries of
            # one day never count twice toward the four a year (s.43(1)). Also the index the counts read.
            models.UniqueConstraint(fields=["society", "held_on"], name="one_board_meeting_per_day"),
            models.CheckConstraint(condition=bounds.since_commencement("held_on"), name="board_meeting_held_since_act"),
        ]

    def __str__(self):
        return f"Board meeting {self.held_on:%d %b %Y}"

    def clean(self):
        _not_after_today(self, "held_on")

    @property
    def counts_as_held(self) -> bool:
        return self.quorum_met


class GeneralMeeting(models.Model):
    class Kind(models.TextChoices):
        AGM = "agm", _("Annual general meeting")
        SPECIAL = "special", _("Special general meeting")

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="general_meetings")
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    financial_year = models.ForeignKey(FinancialYear, on_delete=models.PROTECT, null=True, blank=True,
                                       related_name="general_meetings")
    requisition = models.ForeignKey(Requisition, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="general_meetings")
    held_on = models.DateField(_("date of the meeting"), validators=[bounds.validate_since_commencement])
    members_eligible = models.PositiveIntegerField(_("members eligible to vote"))
    # The final voter list (s.26(3)) the count was read from (membership.voters.rolls, ADR 0041). Null: the count
    # was typed by the secretary, for a meeting recorded before the society had voter lists.
    voter_list = models.ForeignKey("membership.VoterList", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="general_meetings")
    members_present = models.PositiveIntegerField(_("members present"))
    delegate_body = models.BooleanField(_("a body of delegates"), default=False)
    quorum_required = models.PositiveIntegerField(_("quorum required"))
    quorum_met = models.BooleanField(_("quorum present"))
    # s.34(2)-(3): adjourned for want of quorum; lifecycles.md §7: adjourned past the s.39 deadline -> a flag.
    adjourned_to = models.DateField(_("adjourned to"), null=True, blank=True)
    accounts_ready_on = models.DateField(_("accounts and annual report ready on"), null=True, blank=True)
    # s.85(2): this AGM accepted the audit report; the Board's three months for its follow-up report run from the
    # meeting's day (audit.services.followup.audit_report_accept sets it and starts the clock).
    audit_report_accepted = models.BooleanField(_("audit report accepted"), default=False)
    resolutions = models.TextField(_("resolutions passed"), blank=True)
    recorded_on = models.DateField(_("recorded on"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-held_on", "-pk"]
        indexes = [models.Index(fields=["society", "held_on"], name="general_meeting_society_day")]
        constraints = [
            # The natural key of a sitting, so that a double click or a second tab records it once: an AGM by
            # its year and day; a special meeting by its requisition and day, or by its society and day.
            models.UniqueConstraint(fields=["financial_year", "held_on"], condition=Q(kind="agm"),
                                    name="one_agm_sitting_per_day"),
            models.UniqueConstraint(fields=["requisition", "held_on"],
                                    condition=Q(kind="special", requisition__isnull=False),
                                    name="one_requisitioned_gm_per_day"),
            models.UniqueConstraint(fields=["society", "held_on"],
                                    condition=Q(kind="special", requisition__isnull=True),
                                    name="one_special_gm_per_day"),
            models.CheckConstraint(condition=bounds.since_commencement("held_on"),
                                   name="general_meeting_held_since_act"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.held_on:%d %b %Y}"

    def clean(self):
        _not_after_today(self, "held_on")


class Proceedings(models.Model):
    """General-meeting proceedings sent to the Registrar (s.45(1), s.47): approved, returned with observations
    (lifecycles.md §15 item 10) or deemed approved from day 16. A returned filing stays; the society files anew."""

    class State(models.TextChoices):
        FILED = "filed", _("Awaiting approval")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned with observations")
        DEEMED_APPROVED = "deemed_approved", _("Deemed approved (s.45(1))")

    meeting = models.ForeignKey(GeneralMeeting, on_delete=models.PROTECT, related_name="proceedings")
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="proceedings")
    # PRC/<district>/<year>/<n>, from the locked series counter when filed (like an annual return's RET/...).
    # Null only for proceedings filed before the number existed.
    acknowledgement_number = models.CharField(_("acknowledgement number"), max_length=40, unique=True, null=True,
                                              blank=True)
    document = models.FileField(_("proceedings (PDF)"), storage=private_storage, upload_to="proceedings/%Y/%m/")
    original_name = models.CharField(max_length=200)
    summary = models.TextField(_("summary of the proceedings"))
    received_on = models.DateField(_("received on"), validators=[bounds.validate_since_commencement])
    # gm_proceedings_to_registrar_15d (for the record: filed late is still received).
    filing_last_day = models.DateField(_("to be sent by"))
    # gm_proceedings_deemed_approved_15d: read by proceedings_deem_approved.
    approval_last_day = models.DateField(_("Registrar to act by"))
    state = FSMField(max_length=16, choices=State.choices, default=State.FILED, protected=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    observations = models.TextField(_("observations"), blank=True)
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name_plural = "proceedings"
        indexes = [models.Index(fields=["approval_last_day"], condition=Q(state="filed"),
                                name="proceedings_due_idx")]
        constraints = [models.CheckConstraint(condition=bounds.since_commencement("received_on"),
                                              name="proceedings_received_since_act")]

    def __str__(self):
        return f"Proceedings received {self.received_on:%d %b %Y}"

    def clean(self):
        _not_after_today(self, "received_on")

    @property
    def is_late(self) -> bool:
        return self.received_on > self.filing_last_day

    @transition(field=state, source=State.FILED, target=State.APPROVED)
    def approve(self, *, on, by):
        self.decided_on, self.decided_by = on, by

    @transition(field=state, source=State.FILED, target=State.RETURNED)
    def return_with_observations(self, *, on, by, observations):
        self.decided_on, self.decided_by, self.observations = on, by, observations

    @transition(field=state, source=State.FILED, target=State.DEEMED_APPROVED)
    def deem_approved(self, *, on):
        self.decided_on = on
