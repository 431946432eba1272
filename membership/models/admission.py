"""Admission (s.20) and leaving by termination (s.23): the application for membership and the Board's
resolution terminating a member, each with its appeal to the General Assembly.

Dates (rules.yaml; lifecycles.md §6, §15 item 19): both s.20 clocks count from the society's date of receipt
(`received_on`). `decision_due_on` is day 60 (membership_decision_60d: the Board's duty, reminders to the
secretary); `deemed_last_day` is day 90 (membership_deemed_admission_90d): if no refusal with reasons was
communicated by then, the applicant is deemed admitted from day 91 (membership.clocks.DEEMED_ADMISSION).
A terminated name stays on the register to `hold_last_day` (register_deletion_hold_30d, the later of the
decision + 30 days and the end of the member's appeal window, or until the GA decides the appeal); the name is
deleted the next day (membership.clocks.DELETION_HOLD).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition


class Channel(models.TextChoices):
    ONLINE = "online", _("Online, by the applicant")
    PAPER = "paper", _("On paper, entered by the secretary")


class AppState(models.TextChoices):
    APPLIED = "applied", _("Awaiting the Board's decision")
    ADMITTED = "admitted", _("Admitted by the Board")
    DEEMED_ADMITTED = "deemed_admitted", _("Deemed admitted (s.20(2))")
    REFUSED = "refused", _("Refused")
    APPEALED = "appealed", _("Appeal to the General Assembly pending")
    APPEAL_ALLOWED = "appeal_allowed", _("Admitted on appeal by the General Assembly")
    APPEAL_REJECTED = "appeal_rejected", _("Appeal rejected by the General Assembly (final)")


class MembershipApplication(models.Model):
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="membership_applications")
    # The applicant's particulars, as one identity across societies (the register entry points at it).
    person = models.ForeignKey("membership.Person", on_delete=models.PROTECT, related_name="applications")
    applicant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="membership_applications")
    channel = models.CharField(_("how it came"), max_length=8, choices=Channel.choices)
    applied_on = models.DateField(_("date of the application"))
    received_on = models.DateField(_("date of receipt by the society"))
    shares_applied = models.PositiveIntegerField(_("shares applied for"), default=1)
    occupation = models.CharField(_("occupation"), max_length=80, blank=True)
    category = models.CharField(_("social category (as declared)"), max_length=8, default="general")
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    state = FSMField(_("state"), max_length=20, choices=AppState.choices, default=AppState.APPLIED, protected=True)
    decision_due_on = models.DateField(_("Board to decide by"))
    deemed_last_day = models.DateField(_("deemed admitted unless refused by"))
    decided_on = models.DateField(_("date of the Board's decision"), null=True, blank=True)
    board_meeting = models.ForeignKey("governance.BoardMeeting", on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="+")
    resolution_ref = models.CharField(_("resolution number"), max_length=60, blank=True)
    refusal_reasons = models.TextField(_("reasons for refusal"), blank=True)
    refusal_order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="+")
    appeal_filed_on = models.DateField(_("appeal filed on"), null=True, blank=True)
    appeal_grounds = models.TextField(_("grounds of appeal"), blank=True)
    appeal_meeting = models.ForeignKey("governance.GeneralMeeting", on_delete=models.PROTECT, null=True, blank=True,
                                       related_name="+")
    appeal_decided_on = models.DateField(_("appeal decided on"), null=True, blank=True)
    applicant_heard = models.BooleanField(_("the applicant was heard by the General Assembly"), default=False)
    appeal_note = models.TextField(_("the General Assembly's decision"), blank=True)
    # s.24(2) proviso, register_deletion_hold_30d: the refused application's record is kept at least to this day
    # (the later of the decision + 30 days and the end of the appeal window); null while an appeal is pending.
    record_held_until = models.DateField(_("record held until"), null=True, blank=True)
    member = models.OneToOneField("membership.Member", on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="application")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-pk"]
        indexes = [
            # membership.clocks.DEEMED_ADMISSION (sweeper applications_deem_admitted) and the decision reminders.
            models.Index(fields=["deemed_last_day"], condition=Q(state="applied"), name="memapp_deemed_due_idx"),
            models.Index(fields=["decision_due_on"], condition=Q(state="applied"), name="memapp_decision_due_idx"),
            models.Index(fields=["society", "state"], name="memapp_society_state_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(received_on__gte=models.F("applied_on")),
                                   name="memapp_received_after_applied"),
            models.UniqueConstraint(fields=["society", "person"], condition=Q(state="applied"),
                                    name="memapp_one_open_per_person"),
        ]

    def __str__(self):
        return f"Application of {self.person} ({self.received_on:%d %b %Y})"

    @property
    def is_open(self) -> bool:
        return self.state == AppState.APPLIED

    @transition(field=state, source=AppState.APPLIED, target=AppState.ADMITTED)
    def admit(self, *, on, member):
        self.decided_on, self.member = on, member

    @transition(field=state, source=AppState.APPLIED, target=AppState.DEEMED_ADMITTED)
    def deem_admit(self, *, member):
        self.member = member

    @transition(field=state, source=AppState.APPLIED, target=AppState.REFUSED)
    def refuse(self, *, on, reasons, order, held_until):
        self.decided_on, self.refusal_reasons, self.refusal_order = on, reasons, order
        self.record_held_until = held_until

    @transition(field=state, source=AppState.REFUSED, target=AppState.APPEALED)
    def appeal(self, *, on, grounds):
        self.appeal_filed_on, self.appeal_grounds = on, grounds
        self.record_held_until = None  # held until the appeal is decided

    @transition(field=state, source=AppState.APPEALED, target=AppState.APPEAL_ALLOWED)
    def allow_appeal(self, *, meeting, heard, note, member):
        self.appeal_meeting, self.appeal_decided_on, self.applicant_heard = meeting, meeting.held_on, heard
        self.appeal_note, self.member = note, member

    @transition(field=state, source=AppState.APPEALED, target=AppState.APPEAL_REJECTED)
    def reject_appeal(self, *, meeting, heard, note, held_until):
        self.appeal_meeting, self.appeal_decided_on, self.applicant_heard = meeting, meeting.held_on, heard
        self.appeal_note, self.record_held_until = note, held_until


class Ground(models.TextChoices):
    """s.23(1)(a)-(f): the grounds on which the Board may terminate a member."""

    # The pack quotes only clause (f); the others are named by their clause, the facts go in ground_detail.
    A = "a", _("s.23(1)(a)")
    B = "b", _("s.23(1)(b)")
    C = "c", _("s.23(1)(c)")
    D = "d", _("s.23(1)(d)")
    E = "e", _("s.23(1)(e)")
    F = "f", _("s.23(1)(f): did not use the services for three years or missed three consecutive AGMs")


class TermState(models.TextChoices):
    RESOLVED = "resolved", _("Terminated: name held on the register")
    APPEALED = "appealed", _("Appeal to the General Assembly pending")
    APPEAL_ALLOWED = "appeal_allowed", _("Set aside on appeal by the General Assembly")
    APPEAL_REJECTED = "appeal_rejected", _("Appeal rejected by the General Assembly")
    DELETED = "deleted", _("Name deleted from the register")


class Termination(models.Model):
    """The Board's resolution terminating a member (s.23(1)), with three fourths of the Directors present and
    voting, a ground of (a)-(f) and the member heard; a decision of the society in the register of orders."""

    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="terminations")
    member = models.ForeignKey("membership.Member", on_delete=models.PROTECT, related_name="terminations")
    ground = models.CharField(_("ground (s.23(1))"), max_length=1, choices=Ground.choices)
    ground_detail = models.TextField(_("facts of the ground"))
    board_meeting = models.ForeignKey("governance.BoardMeeting", on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="+")
    decided_on = models.DateField(_("date of the resolution"))
    heard_on = models.DateField(_("member heard on"))
    representation = models.TextField(_("the member's representation"), blank=True)
    present_and_voting = models.PositiveSmallIntegerField(_("Directors present and voting"))
    votes_for = models.PositiveSmallIntegerField(_("votes for termination"))
    bar_until = models.DateField(_("not to be readmitted before"))
    order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    communicated_on = models.DateField(_("communicated to the member on"))
    received_on = models.DateField(_("received by the member on"))
    state = FSMField(_("state"), max_length=20, choices=TermState.choices, default=TermState.RESOLVED,
                     protected=True)
    hold_last_day = models.DateField(_("name stays on the register until"), null=True, blank=True)
    appeal_filed_on = models.DateField(_("appeal filed on"), null=True, blank=True)
    appeal_meeting = models.ForeignKey("governance.GeneralMeeting", on_delete=models.PROTECT, null=True, blank=True,
                                       related_name="+")
    appeal_decided_on = models.DateField(_("appeal decided on"), null=True, blank=True)
    appeal_note = models.TextField(_("the General Assembly's decision"), blank=True)
    deleted_on = models.DateField(_("name deleted on"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_on", "-pk"]
        indexes = [
            # membership.clocks.DELETION_HOLD (sweeper terminated_names_delete): holds not yet ended.
            models.Index(fields=["hold_last_day"], condition=Q(state__in=["resolved", "appeal_rejected"]),
                         name="termination_hold_due_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(votes_for__lte=models.F("present_and_voting")),
                                   name="termination_votes_within_present"),
            models.UniqueConstraint(fields=["member"], condition=~Q(state="appeal_allowed"),
                                    name="termination_one_in_force_per_member"),
        ]

    def __str__(self):
        return f"Termination of member {self.member_id} ({self.decided_on:%d %b %Y})"

    @transition(field=state, source=TermState.RESOLVED, target=TermState.APPEALED)
    def appeal(self, *, on):
        self.appeal_filed_on = on

    @transition(field=state, source=TermState.APPEALED, target=TermState.APPEAL_ALLOWED)
    def allow_appeal(self, *, meeting, note):
        self.appeal_meeting, self.appeal_decided_on, self.appeal_note = meeting, meeting.held_on, note

    @transition(field=state, source=TermState.APPEALED, target=TermState.APPEAL_REJECTED)
    def reject_appeal(self, *, meeting, note, hold_last_day):
        self.appeal_meeting, self.appeal_decided_on, self.appeal_note = meeting, meeting.held_on, note
        self.hold_last_day = hold_last_day

    @transition(field=state, source=[TermState.RESOLVED, TermState.APPEAL_REJECTED], target=TermState.DELETED)
    def delete_name(self, *, on):
        self.deleted_on = on
