"""The register of appeals and review petitions, hearings, portal outages, and disputes (ss.8(1), 49(2)(l), 92-93,
111). Transitions only change fields in memory; appeals.services save and log."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from registrar import bounds
from societies.uploads import private_storage


class Route(models.TextChoices):
    REVIEW = "review", _("Review petition")
    APPEAL = "appeal", _("Appeal")


class Forum(models.TextChoices):
    REGISTRAR = "registrar", _("The Registrar")
    STATE_GOVERNMENT = "state_government", _("The State Government")
    GENERAL_ASSEMBLY = "general_assembly", _("The General Assembly of the society")


class CaseState(models.TextChoices):
    # Filed after its limit: waits for the forum's recorded order on the delay (the Act gives no power to
    # condone, so the portal never decides it; issue 23 point 1).
    AWAITING_DELAY_ORDER = "awaiting_delay_order", _("Out of time: awaiting the forum's order on the delay")
    DELAY_REFUSED = "delay_refused", _("Out of time: not proceeded with by the forum's order")
    PENDING = "pending", _("Pending hearing")
    DECIDED = "decided", _("Decided")


class Outcome(models.TextChoices):
    ALLOWED = "allowed", _("Allowed: the order is set aside")
    DISMISSED = "dismissed", _("Dismissed: the order stands")
    MODIFIED = "modified", _("Modified")
    REMANDED = "remanded", _("Remanded for a fresh decision")


OPEN_STATES = (CaseState.AWAITING_DELAY_ORDER, CaseState.PENDING)


class Appeal(models.Model):
    """One appeal or review petition against one order of the register (orders.Order). The forum, rule and
    limit are fixed at filing from the order's kind (appeals.rules.routes_for) and kept on the row, with the
    reason it is in time (an outage) or the appellant's explanation when it is not."""

    number = models.CharField(_("number"), max_length=48, unique=True)
    order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, related_name="appeals",
                              verbose_name=_("order appealed"))
    route = models.CharField(_("kind"), max_length=10, choices=Route.choices)
    forum = models.CharField(_("forum"), max_length=20, choices=Forum.choices)
    rule_id = models.CharField(max_length=80)
    section = models.CharField(_("section"), max_length=40)
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+")
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="+")
    # The appellant: the account that filed online, or (paper) the name entered by the officer. Personal
    # details never appear on the public cause list.
    appellant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="appeals_filed")
    appellant_name = models.CharField(_("appellant's name"), max_length=200)
    appellant_address = models.TextField(_("appellant's address"), blank=True)
    appellant_phone = models.CharField(_("mobile number"), max_length=20, blank=True)
    appellant_email = models.EmailField(_("e-mail"), blank=True)
    online = models.BooleanField(default=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    filed_on = models.DateField(_("date of filing or receipt"))
    grounds = models.TextField(_("grounds"))
    relief = models.TextField(_("relief sought"))
    question_of_law = models.TextField(_("question of law"), blank=True)
    trigger_on = models.DateField(_("limit counted from"), null=True, blank=True)
    last_day = models.DateField(_("last day"), null=True, blank=True)  # None: the Act gives no period
    service_target_on = models.DateField(_("service target"), null=True, blank=True)
    in_time = models.BooleanField(default=True)
    in_time_because = models.CharField(_("in time because"), max_length=300, blank=True)
    delay_explanation = models.TextField(_("explanation of the delay"), blank=True)
    state = FSMField(_("state"), max_length=24, choices=CaseState.choices, default=CaseState.PENDING,
                     protected=True)
    delay_order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    delay_reasons = models.TextField(_("reasons on the delay"), blank=True)
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    decision_order = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                       related_name="decides_appeals")
    decision_text = models.TextField(_("order"), blank=True)
    reversal_summary = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-filed_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=bounds.since_commencement("filed_on"), name="appeal_filed_since_act"),
            models.CheckConstraint(condition=Q(in_time=True) | ~Q(delay_explanation=""),
                                   name="appeal_out_of_time_explained"),
            models.CheckConstraint(condition=Q(decided_on__isnull=True) | Q(decided_on__gte=F("filed_on")),
                                   name="appeal_decided_after_filed"),
        ]
        indexes = [
            # The picture (pending by forum and age) and the office list read the open cases of a district.
            models.Index(fields=["district", "filed_on"], name="appeal_open_idx",
                         condition=Q(state__in=["awaiting_delay_order", "pending"])),
        ]

    def __str__(self):
        return self.number

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @transition(field=state, source=CaseState.AWAITING_DELAY_ORDER, target=CaseState.PENDING)
    def proceed_despite_delay(self, *, order, reasons):
        self.delay_order, self.delay_reasons = order, reasons

    @transition(field=state, source=CaseState.AWAITING_DELAY_ORDER, target=CaseState.DELAY_REFUSED)
    def refuse_for_delay(self, *, order, reasons, on, by):
        self.delay_order, self.delay_reasons = order, reasons
        self.decided_on, self.decided_by = on, by

    @transition(field=state, source=CaseState.PENDING, target=CaseState.DECIDED)
    def decide(self, *, outcome, order, text, on, by):
        self.outcome, self.decision_order, self.decision_text = outcome, order, text
        self.decided_on, self.decided_by = on, by


class AppealDocument(models.Model):
    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("document"), max_length=200)
    file = models.FileField(storage=private_storage, upload_to="appeals/%Y/%m/")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.title


class Hearing(models.Model):
    """One dated hearing of an appeal (or a dispute decided by an officer). Adjourned hearings keep their row,
    with the reason; the next hearing is a new row."""

    class State(models.TextChoices):
        FIXED = "fixed", _("Fixed")
        ADJOURNED = "adjourned", _("Adjourned")
        HELD = "held", _("Held")

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, null=True, blank=True, related_name="hearings")
    dispute = models.ForeignKey("Dispute", on_delete=models.CASCADE, null=True, blank=True, related_name="hearings")
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                verbose_name=_("hearing officer"))
    forum = models.CharField(_("forum"), max_length=20, choices=Forum.choices)
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+")
    on = models.DateField(_("date of hearing"))
    at = models.TimeField(_("time"))
    place = models.CharField(_("place"), max_length=200)
    video_link = models.URLField(_("video-conference link"), blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.FIXED)
    adjourned_reason = models.TextField(_("reason for adjournment"), blank=True)
    record = models.TextField(_("record of the hearing"), blank=True)
    notice = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["on", "at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(appeal__isnull=False) | Q(dispute__isnull=False),
                                   name="hearing_of_a_case"),
            models.CheckConstraint(condition=~Q(state="adjourned") | ~Q(adjourned_reason=""),
                                   name="hearing_adjournment_has_reason"),
        ]
        indexes = [models.Index(fields=["on", "officer"], name="hearing_cause_list_idx")]

    def __str__(self):
        return f"{self.on:%d %b %Y} {self.at:%H:%M}"


class Outage(models.Model):
    """A period the portal was unavailable, entered by an officer's notice. Handled like a holiday for filings by
    citizens and societies (ADR 0007's re-dating; appeals.outages): a last day inside it moves to the first
    working day after. Never moves a limit on the Registrar's own power (s.111(2))."""

    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    notice = models.CharField(_("officer's notice"), max_length=300)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="outage_ends_after_start"),
            models.CheckConstraint(condition=bounds.since_commencement("starts_on"), name="outage_since_act"),
        ]

    def __str__(self):
        return f"{self.starts_on:%d %b %Y} – {self.ends_on:%d %b %Y}"


class DisputeKind(models.TextChoices):
    S92 = "s92", _("Dispute touching the business of the society (s.92)")
    FORMATION = "s8_1", _("Formation, registration or continuance of a society (s.8(1))")
    CE_BOARD = "s49_2_l", _("Between the Chief Executive and the Board (s.49(2)(l))")


DISPUTE_RULES = {DisputeKind.S92: ("92, 93", "arbitrator_nomination_15d"),
                 DisputeKind.FORMATION: ("8(1)", "formation_disputes_decided_by_registrar"),
                 DisputeKind.CE_BOARD: ("49(2)(l)", "ce_board_dispute_registrar_binding")}


class DisputeState(models.TextChoices):
    REFERRED = "referred", _("Referred to the Registrar")
    REGISTRAR_DECIDING = "registrar_deciding", _("The Registrar is deciding it")
    OFFICER_DECIDING = "officer_deciding", _("An authorised officer is deciding it")
    ARBITRATION = "arbitration", _("In arbitration")
    DECIDED = "decided", _("Decided by award")


class Dispute(models.Model):
    """A case file for a dispute referred to the Registrar: s.92 (with the s.93 routes), and disputes the
    Registrar decides himself under s.8(1) and s.49(2)(l) in the same file."""

    number = models.CharField(_("number"), max_length=48, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=DisputeKind.choices)
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="+")
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    subject = models.TextField(_("what the dispute is about"))
    claimant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="disputes_claimed")
    claimant_name = models.CharField(_("claimant"), max_length=200)
    respondent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="disputes_answered")
    respondent_name = models.CharField(_("respondent"), max_length=200)
    referred_on = models.DateField(_("referred on"))
    state = FSMField(_("state"), max_length=20, choices=DisputeState.choices, default=DisputeState.REFERRED,
                     protected=True)
    deciding_officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True,
                                         blank=True, related_name="+")
    three_arbitrators = models.BooleanField(default=False)
    notice = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    nomination_due_on = models.DateField(_("nominations due by"), null=True, blank=True)
    service_target_on = models.DateField(_("service target"), null=True, blank=True)
    award = models.ForeignKey("orders.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    award_text = models.TextField(_("award"), blank=True)
    award_amount = models.DecimalField(_("amount awarded"), max_digits=14, decimal_places=2, null=True, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    due = models.ForeignKey("dues.Due", on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-referred_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=bounds.since_commencement("referred_on"), name="dispute_since_act"),
        ]

    def __str__(self):
        return self.number

    @transition(field=state, source=DisputeState.REFERRED, target=DisputeState.REGISTRAR_DECIDING)
    def keep(self, *, officer):
        self.deciding_officer = officer

    @transition(field=state, source=DisputeState.REFERRED, target=DisputeState.OFFICER_DECIDING)
    def authorise(self, *, officer):
        self.deciding_officer = officer

    @transition(field=state, source=DisputeState.REFERRED, target=DisputeState.ARBITRATION)
    def refer_to_arbitration(self, *, three, notice, nomination_due_on):
        self.three_arbitrators, self.notice, self.nomination_due_on = three, notice, nomination_due_on

    @transition(field=state, source=[DisputeState.REGISTRAR_DECIDING, DisputeState.OFFICER_DECIDING,
                                     DisputeState.ARBITRATION], target=DisputeState.DECIDED)
    def make_award(self, *, order, text, amount, on):
        self.award, self.award_text, self.award_amount, self.decided_on = order, text, amount, on


class Arbitrator(models.Model):
    class NominatedBy(models.TextChoices):
        CLAIMANT = "claimant", _("Nominated by the claimant")
        RESPONDENT = "respondent", _("Nominated by the respondent")
        REGISTRAR = "registrar", _("Appointed by the Registrar")
        REGISTRAR_FOR_PARTY = "registrar_for_party", _("Nominated by the Registrar for a party that did not")

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="arbitrators")
    name = models.CharField(_("arbitrator"), max_length=200)
    nominated_by = models.CharField(max_length=20, choices=NominatedBy.choices)
    for_party = models.CharField(max_length=12, blank=True)  # claimant | respondent | "" (sole or chairman)
    chairman = models.BooleanField(_("chairman"), default=False)
    nominated_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["dispute", "for_party"], condition=~Q(for_party=""),
                                    name="arbitrator_one_per_party"),
            models.UniqueConstraint(fields=["dispute"], condition=Q(chairman=True), name="arbitrator_one_chairman"),
        ]

    def __str__(self):
        return self.name
