"""A supersession case (s.125): the Registrar's opinion on a ground, the inquiry or inspection it opens, the
society's objections and its general meeting, and — only if it takes no action — the order superseding or
suspending the Board and appointing departmental administrators. Administrators, the extension orders and the
s.140(3) bar live in their own modules beside this one.

Nothing here fires automatically (issue 20 point 4): every step is by order; the clocks remind and escalate.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition


class Ground(models.TextChoices):
    # s.125(1): any society.
    DEFAULT_OR_NEGLIGENCE = "default", _("Persistent default or negligence in its duties (s.125)")
    PREJUDICIAL_ACT = "prejudicial", _("An act prejudicial to the society or its members (s.125)")
    DIRECTIONS_NOT_COMPLIED = "directions", _("Failure to comply with the Registrar's directions (s.125)")
    STALEMATE = "stalemate", _("A stalemate in the constitution or functions of the Board (s.125)")
    # s.139(2): a PACS only on these (pacs_supersession_grounds).
    PACS_LOSSES = "pacs_losses", _("Losses in three consecutive years (s.139(2)(i))")
    PACS_IRREGULARITIES = "pacs_fraud", _("Serious financial irregularities or fraud (s.139(2)(ii))")
    PACS_JUDICIAL = "pacs_judicial", _("A judicial direction (s.139(2)(iii))")
    PACS_NO_QUORUM = "pacs_quorum", _("A perpetual lack of quorum (s.139(2)(iv))")
    # Routes that follow Reserve Bank action: no inquiry first.
    RESERVE_BANK_REQUISITION = "rbi_s4a", _("The Reserve Bank's requisition (s.4A)")
    RESERVE_BANK_ADVICE = "rbi_s146", _("The Reserve Bank's advice (s.146(1))")


RESERVE_BANK_GROUNDS = (Ground.RESERVE_BANK_REQUISITION, Ground.RESERVE_BANK_ADVICE)
PACS_GROUNDS = (Ground.PACS_LOSSES, Ground.PACS_IRREGULARITIES, Ground.PACS_JUDICIAL, Ground.PACS_NO_QUORUM)
DIRECTOR_BAR_GROUNDS = (Ground.PACS_LOSSES, Ground.PACS_IRREGULARITIES)  # s.140(3): (i)-(ii) only


class SupersessionState(models.TextChoices):
    OPINION = "opinion", _("Opinion recorded: inquiry or inspection under way")
    OBJECTIONS = "objections", _("Report received: the society's objections called")
    FORWARDED = "forwarded", _("Report forwarded: the society's time to act")
    ACTION_TAKEN = "action_taken", _("The society acted: closed without supersession")
    SUPERSEDED = "superseded", _("Board superseded: administrators in charge")
    SUSPENDED = "suspended", _("Board suspended: administrators in charge")
    ENDED = "ended", _("Ended: a new Board elected")
    DROPPED = "dropped", _("Dropped")


IN_CHARGE_STATES = (SupersessionState.SUPERSEDED, SupersessionState.SUSPENDED)
OPEN_STATES = (SupersessionState.OPINION, SupersessionState.OBJECTIONS, SupersessionState.FORWARDED,
               *IN_CHARGE_STATES)


class Supersession(models.Model):
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="supersessions")
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    ground = models.CharField(_("ground"), max_length=14, choices=Ground.choices)
    opinion = models.TextField(_("the Registrar's opinion"))
    opinion_on = models.DateField(_("opinion recorded on"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    state = FSMField(max_length=14, choices=SupersessionState.choices, default=SupersessionState.OPINION,
                     protected=True)
    # The inquiry (s.87) or inspection (s.88) the opinion opens through inquiry's own-motion route.
    inquiry = models.ForeignKey("inquiry.InquiryCase", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="supersessions")
    inspection = models.ForeignKey("inquiry.Inspection", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="supersessions")
    # The Reserve Bank's letter: the prior approval for the State Co-operative Bank (s.139(1)), the requisition
    # (s.4A) or the advice (s.146(1)); a period the Reserve Bank specifies prevails (coop_bank_administrator_max_1y).
    rbi_reference = models.CharField(_("the Reserve Bank's reference"), max_length=120, blank=True)
    rbi_dated = models.DateField(_("the Reserve Bank's letter dated"), null=True, blank=True)
    rbi_received_on = models.DateField(_("the Reserve Bank's letter received on"), null=True, blank=True)
    rbi_period_ends_on = models.DateField(_("administrators' period the Reserve Bank specified, until"),
                                          null=True, blank=True)
    # rbi_advice_administrator_liquidator_1m: the office appoints within a month of receiving the advice (s.146(1));
    # read by the clock supersession_rbi_advice (partial index supersession_rbi_advice_idx).
    rbi_advice_due_on = models.DateField(_("administrator to be appointed by"), null=True, blank=True)
    # What was checked for a s.139(2) ground: the audits' figures or the meetings found, or the officer's own
    # figures with a note where the portal holds none (grounds.py, evidence.py).
    evidence = models.TextField(_("what the ground rests on"), blank=True)
    # The society's objections on the report (lifecycles.md §9: the time is SILENT; DEFAULT 15 days).
    objections_called_on = models.DateField(_("objections called on"), null=True, blank=True)
    objections_due_on = models.DateField(_("objections due by"), null=True, blank=True)
    objections = models.TextField(_("the society's objections"), blank=True)
    objections_recorded_on = models.DateField(_("objections recorded on"), null=True, blank=True)
    # After considering the objections, the report goes to the society: for the AGM if one is due within 60 days
    # of its receipt, else a special general meeting (s.125).
    consideration = models.TextField(_("the objections considered"), blank=True)
    forwarded_on = models.DateField(_("report forwarded on"), null=True, blank=True)
    received_on = models.DateField(_("report received by the society on"), null=True, blank=True)
    meeting_kind = models.CharField(_("to be placed before"), max_length=8, blank=True)
    agm_last_day = models.DateField(_("the AGM due by"), null=True, blank=True)
    # supersession_report_action_60d (§15 item 12): the society's time to act, read by the clock
    # supersession_report_action (partial index supersession_action_due_idx). Never an automatic effect.
    action_due_on = models.DateField(_("the society to act by"), null=True, blank=True)
    action_taken_on = models.DateField(_("action taken on"), null=True, blank=True)
    action_taken = models.TextField(_("the action the society took"), blank=True)
    action_meeting = models.ForeignKey("governance.GeneralMeeting", on_delete=models.PROTECT, null=True,
                                       blank=True, related_name="+")
    closing_note = models.TextField(_("why the case was closed"), blank=True)
    # The order superseding or suspending the Board and appointing the administrators.
    order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="supersession")
    superseded_on = models.DateField(_("superseded on"), null=True, blank=True)
    # The administrators' period ends (s.125 six months; s.4A a year; a credit structure society's election within
    # two months, s.140(2)); extensions move it, each by order.
    period_ends_on = models.DateField(_("administrators until"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-opinion_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["society"], condition=Q(state__in=OPEN_STATES),
                                    name="one_open_supersession_per_society"),
        ]
        indexes = [
            models.Index(fields=["state", "period_ends_on"], name="supersession_period_idx"),
            # supersession_report_action (clocks.py): the society's 60 days after its receipt of the report
            models.Index(fields=["action_due_on"], condition=Q(state="forwarded"), name="supersession_action_due_idx"),
            # supersession_rbi_advice (clocks.py): the administrator within a month of the Reserve Bank's advice
            models.Index(fields=["rbi_advice_due_on"], condition=Q(state="opinion"),
                         name="supersession_rbi_advice_idx"),
            models.Index(fields=["district", "state"], name="supersession_district_idx"),
        ]

    def __str__(self):
        return f"{self.society} — {self.get_state_display()}"

    # Transitions change the state in memory only; supersession's services lock, save and log.
    @transition(field=state, source=SupersessionState.OPINION, target=SupersessionState.OBJECTIONS)
    def call_objections(self):
        """The report is in: the society is given the opportunity to state its objections."""

    @transition(field=state, source=SupersessionState.OBJECTIONS, target=SupersessionState.FORWARDED)
    def forward_report(self):
        """After considering the objections: to the AGM if due within 60 days of receipt, else a special GM."""

    @transition(field=state, source=SupersessionState.FORWARDED, target=SupersessionState.ACTION_TAKEN)
    def society_acted(self):
        """The society took action on the report within its time: no supersession."""

    @transition(field=state, source=[SupersessionState.OPINION, SupersessionState.FORWARDED],
                target=SupersessionState.SUPERSEDED)
    def supersede(self):
        """Only if no action was taken (FORWARDED), or straight from OPINION on a Reserve Bank route."""

    @transition(field=state, source=[SupersessionState.OPINION, SupersessionState.FORWARDED],
                target=SupersessionState.SUSPENDED)
    def suspend(self):
        """As supersede, suspending the Board instead."""

    @transition(field=state, source=list(IN_CHARGE_STATES), target=SupersessionState.ENDED)
    def end(self):
        """The administrators' election: its result ends the supersession and the new Board takes office."""

    @transition(field=state, source=[SupersessionState.OPINION, SupersessionState.OBJECTIONS,
                                     SupersessionState.FORWARDED], target=SupersessionState.DROPPED)
    def drop(self):
        """The Registrar drops the matter (the report finds no ground)."""


class Administrator(models.Model):
    """A departmental officer appointed to act as the Board (s.125): signs in and acts in supervision."""

    supersession = models.ForeignKey(Supersession, on_delete=models.CASCADE, related_name="administrators")
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                related_name="administrator_appointments")
    appointed_on = models.DateField(_("appointed on"))
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    class Meta:
        ordering = ["supersession", "appointed_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["supersession", "officer"], condition=Q(ended_on__isnull=True),
                                    name="administrator_once_per_supersession"),
        ]

    def __str__(self):
        return f"{self.officer} — {self.supersession.society}"
