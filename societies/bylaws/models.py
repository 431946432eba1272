"""Bye-laws as versioned clauses, and their s.12 amendments (issue 16; docs/adr/0043-bye-laws-as-versioned-clauses.md).

- ByeLawVersion: one registered text of a society's bye-laws, in force from `effective_from` until the next
  version's. Its source is a PDF (most societies) and/or its transcribed clauses. A version produced by an
  amendment against an untranscribed text keeps the earlier PDF as the source of every clause not substituted
  (`pdf_version`).
- Clause: a numbered clause under a Schedule B heading.
- Amendment: the filing (s.12(2), (4), (5)) and the Registrar's decision (s.12(2), (6)-(8); s.141 for the credit
  structure). Transitions only change fields in memory; societies.bylaws.services locks, saves and logs.
- AmendmentClause: one changed clause (inserted, substituted, deleted), with the text in force when filed.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from societies.uploads import private_storage

from .schedule_b import Heading


class ByeLawVersion(models.Model):
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="bylaw_versions")
    number = models.PositiveIntegerField(_("version"))
    effective_from = models.DateField(_("in force from"))
    source_pdf = models.FileField(_("registered copy (PDF)"), storage=private_storage, upload_to="bylaws/%Y/",
                                  blank=True)
    # The version whose PDF holds every clause this version does not transcribe (an amendment filed as "clause N
    # substituted by ..." against a PDF-only text).
    pdf_version = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    transcribed = models.BooleanField(_("transcribed clause by clause"), default=False)
    amendment = models.OneToOneField("Amendment", on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="result_version")
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["society", "-effective_from", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["society", "number"], name="bylaw_version_number_unique"),
            models.UniqueConstraint(fields=["society", "effective_from"], name="bylaw_version_one_per_day"),
        ]

    def __str__(self):
        return f"Bye-laws v{self.number} from {self.effective_from}"

    @property
    def pdf_source(self):
        """The version whose PDF is the text of the clauses not transcribed here (itself, or the earlier one)."""
        if self.source_pdf:
            return self
        return self.pdf_version


class Clause(models.Model):
    version = models.ForeignKey(ByeLawVersion, on_delete=models.CASCADE, related_name="clauses")
    heading = models.CharField(_("Schedule B heading"), max_length=4, choices=Heading.choices)
    number = models.CharField(_("clause"), max_length=8)
    text = models.TextField(_("text"))
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["version", "position"]
        constraints = [models.UniqueConstraint(fields=["version", "number"], name="clause_number_unique")]

    def __str__(self):
        return f"{self.number}. {self.text[:40]}"


class AmendmentState(models.TextChoices):
    FILED = "filed", _("Filed, awaiting the Registrar")
    RECONSIDERATION_DIRECTED = "reconsideration_directed", _("Society directed to reconsider (s.12(7))")
    REPLY_RECEIVED = "reply_received", _("Society's reply received")
    REPLY_PERIOD_EXPIRED = "reply_period_expired", _("Period to reconsider ended without a reply")
    REGISTERED = "registered", _("Registered")
    REFUSED = "refused", _("Refused")


class AmendmentKind(models.TextChoices):
    CLAUSES = "clauses", _("Clauses of the bye-laws")
    ADDRESS = "address", _("Head office address (s.16(2))")
    NAME = "name", _("Name of the society")


OPEN_STATES = [AmendmentState.FILED, AmendmentState.RECONSIDERATION_DIRECTED, AmendmentState.REPLY_RECEIVED,
               AmendmentState.REPLY_PERIOD_EXPIRED]
AFTER_DIRECTION = [AmendmentState.RECONSIDERATION_DIRECTED, AmendmentState.REPLY_RECEIVED,
                   AmendmentState.REPLY_PERIOD_EXPIRED]


class Amendment(models.Model):
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="bylaw_amendments")
    kind = models.CharField(_("what is amended"), max_length=10, choices=AmendmentKind.choices,
                            default=AmendmentKind.CLAUSES)
    state = FSMField(_("state"), max_length=32, choices=AmendmentState.choices, default=AmendmentState.FILED,
                     protected=True)
    # s.141 / s.133, fixed at filing from the society's type (rules.is_credit_structure).
    credit_structure = models.BooleanField(_("credit structure society (s.141)"), default=False)
    base_version = models.ForeignKey(ByeLawVersion, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+", verbose_name=_("version in force when filed"))
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    received_on = models.DateField(_("received on"))
    # The general meeting and its resolution (s.12(2), (4), (5)).
    meeting_on = models.DateField(_("date of the general meeting"))
    resolution_on = models.DateField(_("date of the resolution"))
    resolution_text = models.TextField(_("the resolution"))
    members_on_register = models.PositiveIntegerField(_("members on the register on the meeting's day"))
    attended = models.TextField(_("members who attended (numbers)"))
    voted_for = models.TextField(_("members who voted for (numbers)"))
    voted_against = models.TextField(_("members who voted against (numbers)"), blank=True)
    employees = models.TextField(_("members who are employees (numbers)"), blank=True)
    votes_source = models.CharField(max_length=10, default="secretary")   # "register" when read from the voters
    counted_for = models.PositiveIntegerField(default=0)
    counted_against = models.PositiveIntegerField(default=0)
    excluded_votes = models.JSONField(default=list, blank=True)
    president_signed = models.BooleanField(_("signed by the President"), default=False)
    signing_directors = models.TextField(_("Directors who signed (one a line)"))
    resolution_copy = models.FileField(_("signed copy of the resolution (PDF)"), storage=private_storage,
                                       upload_to="bylaws/amendments/%Y/")
    # Lateness, fixed at filing (lifecycles.md §15 item 4: the earlier of a month and 30 days governs).
    filing_last_day = models.DateField(_("last day to file"))
    forward_late = models.BooleanField(default=False)
    copy_late = models.BooleanField(default=False)
    # Name and address (s.12(1), s.16(2)).
    old_value = models.TextField(blank=True)
    new_name = models.CharField(_("new name"), max_length=200, blank=True)
    banking_permission = models.CharField(_("Banking Regulation Act permission (number)"), max_length=80, blank=True)
    new_address = models.TextField(_("new head office address"), blank=True)
    moved_on = models.DateField(_("date of the physical move"), null=True, blank=True)
    # The Registrar's side. Last days, each read by a declared clock (societies.bylaws.clocks): no effect ever.
    decision_due_on = models.DateField(_("last day to decide"))
    directed_on = models.DateField(_("directed to reconsider on"), null=True, blank=True)
    directions = models.TextField(_("directions to reconsider"), blank=True)
    reconsider_by = models.DateField(_("reconsider by"), null=True, blank=True)
    reply_on = models.DateField(_("reply received on"), null=True, blank=True)
    reply_text = models.TextField(_("society's reply"), blank=True)
    final_due_on = models.DateField(_("last day to decide after reconsideration"), null=True, blank=True)
    checklist = models.JSONField(default=dict, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    reasons = models.TextField(_("reasons"), blank=True)
    address_notice_due_on = models.DateField(_("s.68 notice due by"), null=True, blank=True)
    address_notice_on = models.DateField(_("s.68 notice given on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-pk"]
        indexes = [
            # Read by the clocks amendment_decision / credit_amendment_decision (no sweeper: no effect).
            models.Index(fields=["decision_due_on"], name="amendment_decision_due_idx",
                         condition=Q(state="filed")),
            models.Index(fields=["reconsider_by"], name="amendment_reconsider_idx",
                         condition=Q(state="reconsideration_directed")),
            models.Index(fields=["final_due_on"], name="amendment_final_due_idx",
                         condition=Q(state__in=["reconsideration_directed", "reply_received",
                                                "reply_period_expired"])),
            models.Index(fields=["address_notice_due_on"], name="amendment_address_notice_idx",
                         condition=Q(address_notice_on__isnull=True, address_notice_due_on__isnull=False)),
        ]

    def __str__(self):
        return f"Amendment {self.pk} of {self.society_id}"

    # ---- transitions (fields in memory only) ----
    @transition(field=state, source=AmendmentState.FILED, target=AmendmentState.RECONSIDERATION_DIRECTED,
                conditions=[lambda a: not a.credit_structure])
    def direct_reconsideration(self, *, on, by, directions, final_due_on):
        self.directed_on, self.reconsider_by, self.directions, self.final_due_on = on, by, directions, final_due_on

    @transition(field=state, source=AmendmentState.RECONSIDERATION_DIRECTED, target=AmendmentState.REPLY_RECEIVED)
    def receive_reply(self, *, on, text, final_due_on):
        self.reply_on, self.reply_text, self.final_due_on = on, text, final_due_on

    @transition(field=state, source=AmendmentState.RECONSIDERATION_DIRECTED,
                target=AmendmentState.REPLY_PERIOD_EXPIRED)
    def expire_reply_period(self):
        """The period fixed under s.12(7) ended with no reply; final_due_on already runs from its end."""

    @transition(field=state, source=[AmendmentState.FILED, *AFTER_DIRECTION], target=AmendmentState.REGISTERED)
    def register(self, *, on, by, checklist):
        self.decided_on, self.decided_by, self.checklist = on, by, checklist

    # No refusal without a direction first (s.12(7) proviso), except under s.141 for the credit structure.
    @transition(field=state, source=[AmendmentState.REPLY_RECEIVED, AmendmentState.REPLY_PERIOD_EXPIRED],
                target=AmendmentState.REFUSED)
    def refuse(self, *, on, by, reasons):
        self.decided_on, self.decided_by, self.reasons = on, by, reasons

    @transition(field=state, source=AmendmentState.FILED, target=AmendmentState.REFUSED,
                conditions=[lambda a: a.credit_structure])
    def reject_credit(self, *, on, by, reasons):
        """s.141(2): a credit structure society's amendment rejected as contrary to the Act or the Rules."""
        self.decided_on, self.decided_by, self.reasons = on, by, reasons

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def current_last_day(self):
        if self.state == AmendmentState.FILED:
            return self.decision_due_on
        if self.state in AFTER_DIRECTION:
            return self.final_due_on
        return None


class ClauseChange(models.TextChoices):
    INSERTED = "inserted", _("Inserted")
    CHANGED = "changed", _("Substituted")
    DELETED = "deleted", _("Deleted")


class AmendmentClause(models.Model):
    amendment = models.ForeignKey(Amendment, on_delete=models.CASCADE, related_name="clauses")
    change = models.CharField(_("change"), max_length=10, choices=ClauseChange.choices)
    heading = models.CharField(_("Schedule B heading"), max_length=4, choices=Heading.choices)
    number = models.CharField(_("clause"), max_length=8)
    # The clause's text in the version in force when filed ("" when that text is only in a PDF).
    old_text = models.TextField(blank=True)
    new_text = models.TextField(blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["amendment", "position"]
        constraints = [models.UniqueConstraint(fields=["amendment", "number"], name="amendment_clause_unique")]

    def __str__(self):
        return f"{self.get_change_display()} clause {self.number}"
