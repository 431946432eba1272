"""The registration application (lifecycles.md §1), its promoters, query memos, uploads and certificates.

Transitions only stamp fields in memory; societies.registration.services locks, checks, transitions, saves and logs.
The models belong to the `societies` app: societies/models.py imports them.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from registrar import bounds
from registrar.models import District
from societies.choices import SocietyType
from societies.uploads import private_storage

from . import rules


class AppState(models.TextChoices):
    DRAFT = "draft", _("Draft (not yet submitted)")
    SUBMITTED = "submitted", _("Submitted")
    UNDER_SCRUTINY = "under_scrutiny", _("Under scrutiny")
    AWAITING_CLEARANCE = "awaiting_rbi_nabard_clearance", _("Awaiting RBI/NABARD clearance")
    HEARING_SCHEDULED = "hearing_scheduled", _("Hearing scheduled")
    REGISTERED = "registered", _("Registered")
    DEEMED_REGISTERED = "deemed_registered", _("Deemed registered")
    REFUSED = "refused", _("Refused")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# States in which the 60-day clock runs (lifecycles.md §1: queries and clearance do not pause it).
OPEN_STATES = [AppState.SUBMITTED, AppState.UNDER_SCRUTINY, AppState.AWAITING_CLEARANCE, AppState.HEARING_SCHEDULED]
DECIDABLE_STATES = [AppState.UNDER_SCRUTINY, AppState.AWAITING_CLEARANCE, AppState.HEARING_SCHEDULED]
WITHDRAWABLE_STATES = [AppState.DRAFT, *OPEN_STATES]

# An application the office never received: a draft, or a draft withdrawn before it was submitted. Its typed
# figures are checked as form errors when saved and again on submission, never by the database (a draft saved
# before the bounds existed may still be withdrawn).
NEVER_RECEIVED = Q(state=AppState.DRAFT) | Q(state=AppState.WITHDRAWN, received_on__isnull=True)


# What every received application has (a draft may lack any of it): the particulars s.10(1) asks for.
REQUIRED_PARTICULARS = ("proposed_name", "society_type", "district", "address", "area_of_operation",
                        "authorised_share_capital", "chief_promoter_name")
RECEIVED_COMPLETE = (Q(district__isnull=False, authorised_share_capital__isnull=False)
                     & ~Q(proposed_name="") & ~Q(society_type="") & ~Q(address="") & ~Q(area_of_operation="")
                     & ~Q(chief_promoter_name=""))


class DocumentKind(models.TextChoices):
    """The documents of an application (s.10(1)); a query item may ask for one of them again."""

    BYE_LAWS = "bye_laws", _("Proposed bye-laws")
    RESOLUTION = "resolution", _("Promoters' resolution")
    MEMBER_LIST = "member_list", _("List of members")
    VIABILITY = "viability", _("Economic viability scheme")
    SCHEDULE_A = "schedule_a", _("Schedule-A declaration")
    FEE_RECEIPT = "fee_receipt", _("Fee receipt")
    OTHER = "other", _("Other")


def new_certificate_token() -> str:
    return secrets.token_urlsafe(24)


class RegistrationApplication(models.Model):
    applicant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="applications")
    # A draft saves with any of these empty (issue 25 § 2): they are checked when it is submitted
    # (selectors.application_gaps) and, once received, by the constraint application_received_complete.
    proposed_name = models.CharField(_("proposed name"), max_length=200, blank=True)
    society_type = models.CharField(_("type"), max_length=24, choices=SocietyType.choices, blank=True)
    district = models.ForeignKey(District, on_delete=models.PROTECT, related_name="applications", null=True,
                                 blank=True, verbose_name=_("district"))
    address = models.TextField(_("proposed registered address"), blank=True)
    area_of_operation = models.CharField(_("area of operation"), max_length=255, blank=True)
    authorised_share_capital = models.DecimalField(_("authorised share capital (₹)"), max_digits=14, decimal_places=2,
                                                   validators=[bounds.validate_not_negative], null=True, blank=True)
    fy_end_month = models.PositiveSmallIntegerField(_("financial year ends (month)"), default=3)
    fy_end_day = models.PositiveSmallIntegerField(_("financial year ends (day)"), default=31)
    is_secondary = models.BooleanField(_("secondary society (members are societies)"), default=False)
    chief_promoter_name = models.CharField(_("chief promoter"), max_length=120, blank=True)
    # A paper application received by hand or post and entered by an officer (services.application_receive_paper).
    received_by_hand = models.BooleanField(_("paper application received by hand or post"), default=False)
    paper_applicant_name = models.CharField(_("applicant (paper application)"), max_length=120, blank=True)

    state = FSMField(_("state"), max_length=32, choices=AppState.choices, default=AppState.DRAFT, protected=True)
    acknowledgement_number = models.CharField(max_length=32, unique=True, null=True, blank=True, editable=False)
    received_on = models.DateField(_("received on"), null=True, blank=True,
                                   validators=[bounds.validate_since_commencement])
    # Read by the sweeper "deemed_registration" (societies.registration.clocks.DEEMED_REGISTRATION).
    decision_due_on = models.DateField(_("last day for a decision"), null=True, blank=True, db_index=True)
    deemed_on = models.DateField(_("deemed registered from"), null=True, blank=True)
    # The date the certificate or refusal went out (posting date: lifecycles.md §15 item 1). It stops the clock.
    dispatched_on = models.DateField(_("dispatched on"), null=True, blank=True,
                                     validators=[bounds.validate_since_commencement])
    decided_on = models.DateField(null=True, blank=True)
    withdrawn_on = models.DateField(null=True, blank=True)
    assigned_officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="assigned_applications"
    )
    refusal_reasons = models.TextField(_("reasons for refusal"), blank=True)
    hearing_on = models.DateField(_("hearing on"), null=True, blank=True,
                                  validators=[bounds.validate_since_commencement])
    # The hearing notice's particulars (proviso to s.10(2)): printed on the notice and the refusal order.
    hearing_time = models.TimeField(_("hearing at (time)"), null=True, blank=True)
    hearing_place = models.CharField(_("place of hearing"), max_length=200, blank=True)
    hearing_grounds = models.TextField(_("grounds of the proposed refusal"), blank=True)
    hearing_notice_on = models.DateField(_("hearing notice issued on"), null=True, blank=True)
    reopened_on_review = models.BooleanField(default=False, editable=False)
    society = models.OneToOneField(
        "societies.Society", on_delete=models.PROTECT, null=True, blank=True, related_name="application"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # The deemed-registration sweeper (societies.registration.sweepers.applications_deem_registered) reads only
            # open applications by their last day: keep this index partial so it stays small.
            models.Index(
                fields=["decision_due_on"], name="app_open_due_idx",
                condition=Q(state__in=[s.value for s in OPEN_STATES]),
            ),
            models.Index(fields=["district", "state"], name="app_district_state_idx"),
        ]
        # registrar.bounds; added NOT VALID on PostgreSQL (migration 0006_input_bounds): manage.py invalid_rows.
        constraints = [
            models.CheckConstraint(condition=NEVER_RECEIVED | bounds.fy_end_condition(),
                                   name="application_fy_end_real_day"),
            models.CheckConstraint(condition=NEVER_RECEIVED | bounds.not_negative("authorised_share_capital"),
                                   name="application_share_capital_not_negative"),
            # Added NOT VALID on PostgreSQL too (migration 0008_draft_gaps_allowed).
            models.CheckConstraint(condition=NEVER_RECEIVED | RECEIVED_COMPLETE, name="application_received_complete"),
            models.CheckConstraint(condition=bounds.since_commencement("received_on", nullable=True),
                                   name="application_received_since_act"),
            models.CheckConstraint(condition=bounds.since_commencement("hearing_on", nullable=True),
                                   name="application_hearing_since_act"),
            models.CheckConstraint(condition=bounds.since_commencement("dispatched_on", nullable=True),
                                   name="application_dispatched_since_act"),
            # A paper application's natural key (services.application_receive_paper checks it under the
            # district's lock): entered twice (a double click, a second tab), it is entered once.
            models.UniqueConstraint(F("district"), F("received_on"), Lower("proposed_name"),
                                    condition=Q(received_by_hand=True), name="one_paper_application_per_day"),
        ]

    def __str__(self):
        return f"{self.proposed_name} ({self.acknowledgement_number or _('draft')})"

    def clean(self):
        """The year end and the share capital (a draft too: its form shows them as errors); receipt and dispatch
        not after today, a hearing at most a year ahead (registrar.bounds)."""
        from registrar import clock

        errors = bounds.fy_end_errors(self.fy_end_month, self.fy_end_day)
        errors |= bounds.act_date_errors(self, ["received_on", "dispatched_on", "hearing_on"], today=clock.today(),
                                         ahead={"hearing_on": bounds.HEARING_AHEAD_YEARS})
        if errors:
            raise ValidationError(errors)

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def deemed_from_if_undecided(self):
        """Day 61: the date the society would be deemed registered if nothing is sent by the last day."""
        if self.is_open and self.received_on:
            return rules.deemed_registration_date(self.received_on)
        return None

    @property
    def fee(self):
        """1% of the authorised share capital; None while a draft has no capital yet."""
        if self.authorised_share_capital is None:
            return None
        return rules.registration_fee(self.authorised_share_capital)

    # ---- transitions: stamp fields only -------------------------------------------------------------
    @transition(field=state, source=AppState.DRAFT, target=AppState.SUBMITTED)
    def submit(self, *, received_on, acknowledgement_number):
        """s.10(1): the application is received; the single 60-day clock starts."""
        self.received_on = received_on
        self.acknowledgement_number = acknowledgement_number
        self.decision_due_on = rules.registration_last_day(received_on)

    @transition(field=state, source=[AppState.SUBMITTED, AppState.UNDER_SCRUTINY], target=AppState.UNDER_SCRUTINY)
    def start_scrutiny(self):
        """s.10(2): scrutiny against ss.4, 5, 6 and 17. A query letter keeps the application here."""

    @transition(field=state, source=AppState.UNDER_SCRUTINY, target=AppState.AWAITING_CLEARANCE)
    def await_clearance(self):
        """s.10(2), s.4(6): a co-operative bank waits for RBI/NABARD; the clock does not pause (AMBIG)."""

    @transition(field=state, source=AppState.UNDER_SCRUTINY, target=AppState.HEARING_SCHEDULED)
    def schedule_hearing(self, *, hearing_on, notice_on, hearing_time=None, place="", grounds=""):
        """Proviso to s.10(2): a refusal is proposed; the applicants are heard first."""
        self.hearing_on, self.hearing_notice_on = hearing_on, notice_on
        self.hearing_time, self.hearing_place, self.hearing_grounds = hearing_time, place, grounds

    @transition(field=state, source=DECIDABLE_STATES, target=AppState.REGISTERED)
    def register(self, *, dispatched_on, society):
        """s.11: the certificate is signed and sent by the last day."""
        self.dispatched_on = dispatched_on
        self.decided_on = dispatched_on
        self.society = society

    @transition(field=state, source=AppState.HEARING_SCHEDULED, target=AppState.REFUSED)
    def refuse(self, *, reasons, dispatched_on):
        """s.10(2): refusal with reasons, sent by registered post by the last day."""
        self.refusal_reasons = reasons
        self.dispatched_on = dispatched_on
        self.decided_on = dispatched_on

    @transition(field=state, source=OPEN_STATES, target=AppState.DEEMED_REGISTERED)
    def deem_registered(self, *, society):
        """Proviso to s.11: nothing went out by the last day; registered from the day after (legal day)."""
        self.deemed_on = rules.deemed_registration_date(self.received_on)
        self.society = society

    @transition(field=state, source=WITHDRAWABLE_STATES, target=AppState.WITHDRAWN)
    def withdraw(self, *, on):
        """Applicants withdraw before a decision (SILENT in the Act; DEFAULT of lifecycles.md §1)."""
        self.withdrawn_on = on

    @transition(field=state, source=AppState.REFUSED, target=AppState.UNDER_SCRUTINY)
    def reopen_on_review(self):
        """s.111(2) review. ADR 0006: a reopened application is never deemed registered on its old clock."""
        self.reopened_on_review = True
        self.decision_due_on = None
        self.dispatched_on = None
        self.decided_on = None


class Promoter(models.Model):
    """A signatory of the application (s.10(1)). `family_id` is a ration card or household reference; never Aadhaar."""

    class Gender(models.TextChoices):
        FEMALE = "f", _("Female")
        MALE = "m", _("Male")
        OTHER = "o", _("Other")

    application = models.ForeignKey(RegistrationApplication, on_delete=models.CASCADE, related_name="promoters")
    name = models.CharField(_("name"), max_length=120)
    relation_name = models.CharField(_("father's or husband's name"), max_length=120, blank=True)
    # Blank in a draft's half-filled row; every promoter needs both when the application is submitted.
    address = models.CharField(_("address"), max_length=255, blank=True)
    family_id = models.CharField(_("family (ration card / household) reference"), max_length=40, blank=True)
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices, blank=True)
    age = models.PositiveSmallIntegerField(_("age"), null=True, blank=True)
    occupation = models.CharField(_("occupation"), max_length=80, blank=True)
    shares = models.PositiveIntegerField(_("shares subscribed"), default=1)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.name


class QueryMemo(models.Model):
    """A query letter under s.10(1)/(2): numbered items the applicants answer. It does not pause the clock."""

    application = models.ForeignKey(RegistrationApplication, on_delete=models.CASCADE, related_name="queries")
    number = models.PositiveSmallIntegerField()
    sent_on = models.DateField()
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    answered_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["application", "number"], name="querymemo_number_unique")]

    def __str__(self):
        return f"Query {self.number}"


class QueryItem(models.Model):
    class Reason(models.TextChoices):
        MISSING = "missing", _("Missing")
        INCOMPLETE = "incomplete", _("Incomplete")
        INCONSISTENT = "inconsistent", _("Inconsistent with another document")
        NOT_COMPLIANT = "not_compliant", _("Does not comply with the Act (ss.4-6, 17)")

    memo = models.ForeignKey(QueryMemo, on_delete=models.CASCADE, related_name="items")
    number = models.PositiveSmallIntegerField()
    subject = models.CharField(_("field or document"), max_length=120)
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    note = models.TextField(_("details"), blank=True)
    # The document this item asks for again: the answer then carries a corrected copy (Upload.query_item).
    document_kind = models.CharField(_("document asked for"), max_length=16, choices=DocumentKind.choices,
                                     blank=True)
    answer = models.TextField(_("applicant's answer"), blank=True)

    class Meta:
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.subject}"


class Upload(models.Model):
    Kind = DocumentKind

    application = models.ForeignKey(RegistrationApplication, on_delete=models.CASCADE, related_name="uploads")
    kind = models.CharField(_("document"), max_length=16, choices=Kind.choices)
    file = models.FileField(storage=private_storage, upload_to="applications/%Y/%m/")
    original_name = models.CharField(max_length=200)
    size = models.PositiveIntegerField()
    # A corrected document sent with the answer to a query item (the documents of the draft stay as received).
    query_item = models.ForeignKey(QueryItem, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="documents")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.original_name


class Certificate(models.Model):
    """A certificate of registration (s.11), or the system certificate of a deemed registration (§15 item 2)."""

    society = models.OneToOneField("societies.Society", on_delete=models.PROTECT, related_name="certificate")
    application = models.OneToOneField(
        RegistrationApplication, on_delete=models.PROTECT, null=True, blank=True, related_name="certificate"
    )
    token = models.CharField(max_length=64, unique=True, default=new_certificate_token, editable=False)
    issued_on = models.DateField()
    is_deemed = models.BooleanField(default=False)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    def __str__(self):
        return f"Certificate of {self.society}"
