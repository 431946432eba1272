"""The inquiry case file (s.87): lifecycles.md §9. Transitions only change fields in memory and stamp the last
days the clocks read (audit.inquiry.clocks); services save."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from registrar import bounds

from .. import rules


class Applicant(models.TextChoices):
    """Who may apply (s.87(1), inquiry_application_thresholds), and the Registrar's own two ways in."""

    AFFILIATING_SOCIETY = "affiliating", _("The affiliating (federal) society")
    CREDITOR = "creditor", _("A creditor of the society")
    DIRECTORS = "directors", _("At least one third of the Directors")
    MEMBERS = "members", _("At least one tenth of the members")
    # lifecycles.md §9: the Act gives no general own-motion power under s.87; s.125 (an opinion that a ground of
    # supersession exists) and s.126 (a seizure) are the Registrar's.
    REGISTRAR_S125 = "s125", _("The Registrar, on forming the opinion of s.125")
    SEIZURE_S126 = "s126", _("The Registrar, on a seizure of records (s.126)")


OWN_MOTION = (Applicant.REGISTRAR_S125, Applicant.SEIZURE_S126)


class Channel(models.TextChoices):
    ONLINE = "online", _("Online")
    PAPER = "paper", _("Paper, entered at the office")
    OWN_MOTION = "own_motion", _("The Registrar's own motion")


class InquiryState(models.TextChoices):
    RECEIVED = "received", _("Application received: to be ordered or rejected")
    REJECTED = "rejected", _("Rejected with reasons")
    ORDERED = "ordered", _("Inquiry ordered")
    COMPLETED = "completed", _("Inquiry completed: report to be communicated")
    COMMUNICATED = "communicated", _("Report communicated: to be placed before a general meeting")
    PLACED = "placed", _("Report placed before a general meeting")


PENDING_STATES = (InquiryState.RECEIVED, InquiryState.ORDERED, InquiryState.COMPLETED)


class InquiryCase(models.Model):
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="inquiries",
                                verbose_name=_("society"))
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    applicant_kind = models.CharField(_("applicant"), max_length=12, choices=Applicant.choices)
    channel = models.CharField(_("received"), max_length=12, choices=Channel.choices)
    applicant_name = models.CharField(_("applicant's name"), max_length=200)
    applicant_address = models.TextField(_("applicant's address"), blank=True)
    # The online applicant (or the person the applicant Directors or members designated): the report goes to them.
    applicant_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                       related_name="inquiry_applications")
    grounds = models.TextField(_("the violation of the Act or the bye-laws alleged"))
    # Directors' and members' applications: signatories as "number, name" lines and what the check found.
    signatories = models.TextField(_("signatories"), blank=True)
    signatories_valid = models.PositiveIntegerField(default=0)
    register_total = models.PositiveIntegerField(null=True, blank=True)
    eligibility_note = models.TextField(blank=True)
    received_on = models.DateField(_("received on"), validators=[bounds.validate_since_commencement])
    received_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    state = FSMField(max_length=14, choices=InquiryState.choices, default=InquiryState.RECEIVED, protected=True)
    # Clocks (audit.inquiry.clocks): each due date stamped by the transition that starts it.
    order_due_on = models.DateField(_("to be ordered or rejected by"))
    ordered_on = models.DateField(_("ordered on"), null=True, blank=True)
    inquiry_subject = models.TextField(_("subject of the inquiry"), blank=True)
    inquiry_officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                        related_name="inquiries_held", verbose_name=_("inquiry officer"))
    complete_due_on = models.DateField(_("to be completed by"), null=True, blank=True)
    delay_due_on = models.DateField(_("delay letter due by"), null=True, blank=True)
    delay_reasons = models.TextField(_("reasons for the delay"), blank=True)
    delay_letter_on = models.DateField(_("delay letter sent on"), null=True, blank=True)
    expected_on = models.DateField(_("expected date of completion"), null=True, blank=True)
    rejected_on = models.DateField(_("rejected on"), null=True, blank=True)
    rejection_reasons = models.TextField(_("reasons for rejection"), blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    findings = models.TextField(_("findings of the inquiry"), blank=True)
    report_due_on = models.DateField(_("report to be communicated by"), null=True, blank=True)
    report_communicated_on = models.DateField(_("report communicated on"), null=True, blank=True)
    placed_at = models.ForeignKey("governance.GeneralMeeting", on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=bounds.since_commencement("received_on"),
                                   name="inquiry_received_since_act"),
            models.CheckConstraint(condition=Q(ordered_on__isnull=True) | Q(ordered_on__gte=models.F("received_on")),
                                   name="inquiry_ordered_after_receipt"),
        ]
        indexes = [
            # The clocks' sweeps and My work (audit.inquiry.clocks): one partial index per open state.
            models.Index(fields=["order_due_on"], condition=Q(state="received"), name="inquiry_order_due_idx"),
            models.Index(fields=["complete_due_on"], condition=Q(state="ordered"), name="inquiry_complete_due_idx"),
            models.Index(fields=["report_due_on"], condition=Q(state="completed"), name="inquiry_report_due_idx"),
            models.Index(fields=["district", "state"], name="inquiry_district_state_idx"),
        ]

    def __str__(self):
        return f"INQ-{self.pk} {self.society}"

    @property
    def reference(self) -> str:
        return f"INQ/{self.district.code}/{self.received_on.year}/{self.pk:05d}"

    @property
    def is_pending(self) -> bool:
        return self.state in PENDING_STATES

    @property
    def overdue_without_letter(self) -> bool:
        return self.state == InquiryState.ORDERED and self.delay_letter_on is None

    # ---- transitions (lifecycles.md §9) -------------------------------------------------------------------

    @transition(field=state, source=InquiryState.RECEIVED, target=InquiryState.ORDERED)
    def order(self, *, on, subject, officer):
        self.ordered_on, self.inquiry_subject, self.inquiry_officer = on, subject, officer
        self.complete_due_on = rules.completion_last_day(on)
        self.delay_due_on = rules.delay_letter_last_day(self.complete_due_on)

    @transition(field=state, source=InquiryState.RECEIVED, target=InquiryState.REJECTED)
    def reject(self, *, on, reasons):
        self.rejected_on, self.rejection_reasons = on, reasons

    @transition(field=state, source=InquiryState.ORDERED, target=InquiryState.ORDERED)
    def record_delay(self, *, on, reasons, expected_on):
        self.delay_letter_on, self.delay_reasons, self.expected_on = on, reasons, expected_on

    @transition(field=state, source=InquiryState.ORDERED, target=InquiryState.COMPLETED)
    def complete(self, *, on, findings):
        self.completed_on, self.findings = on, findings
        self.report_due_on = rules.report_communication_last_day(on)

    @transition(field=state, source=InquiryState.COMPLETED, target=InquiryState.COMMUNICATED)
    def communicate(self, *, on):
        self.report_communicated_on = on

    @transition(field=state, source=InquiryState.COMMUNICATED, target=InquiryState.PLACED)
    def place(self, *, meeting):
        self.placed_at = meeting
