"""Claimants, delegations, requisitions (s.102(1)), their documents and hearings."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from dues.models import MONEY
from registrar import bounds
from societies.uploads import private_storage


class Source(models.TextChoices):
    """Who asks for the certificate (s.102(1)), or the Registrar's own motion, or a due already in the ledger."""

    SOCIETY = "society", _("The society (its member defaulted)")
    AFFILIATING = "affiliating", _("An affiliating society")
    BANK = "bank", _("A financing bank")
    OWN_MOTION = "own_motion", _("The Registrar's own motion (Government's interest)")
    LEDGER = "ledger", _("A due in the office's ledger")


class Claimant(models.Model):
    """A society or bank that files requisitions online: the case an invited claimant user is granted (parties,
    recovery/parties.py), so the user sees this claimant's requisitions and nobody else's."""

    class Kind(models.TextChoices):
        SOCIETY = "society", _("Society")
        AFFILIATING = "affiliating", _("Affiliating society")
        BANK = "bank", _("Financing bank")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="+", verbose_name=_("society (if registered under the Act)"))
    address = models.TextField(_("address"), blank=True)
    closed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        permissions = [("file_requisitions", "Can file and follow Bakijai requisitions as the claimant")]
        constraints = [models.UniqueConstraint(fields=["district", "name"], name="recovery_claimant_unique")]

    def __str__(self):
        return self.name

    @property
    def source(self) -> str:
        return {self.Kind.SOCIETY: Source.SOCIETY, self.Kind.AFFILIATING: Source.AFFILIATING,
                self.Kind.BANK: Source.BANK}[self.kind]


class Delegation(models.Model):
    """The Registrar's delegation to an officer of the power to grant Cooperative Demand Certificates (s.114
    with s.3: a delegated Gazetted officer), for some districts or statewide, from a date until revoked. A record,
    not a flag: who delegated, by which order, from when, and when it ended."""

    officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cdc_delegations",
                                verbose_name=_("officer"))
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name=_("district (blank: statewide)"))
    order_reference = models.CharField(_("notification or order number"), max_length=80)
    from_on = models.DateField(_("in force from"), validators=[bounds.validate_since_commencement])
    revoked_on = models.DateField(_("revoked on"), null=True, blank=True)
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-from_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(revoked_on__isnull=True) | Q(revoked_on__gte=F("from_on")),
                                   name="recovery_delegation_revoked_after_from"),
        ]

    def __str__(self):
        return f"{self.officer_id} from {self.from_on} ({self.order_reference})"

    def in_force_on(self, day) -> bool:
        return self.from_on <= day and (self.revoked_on is None or day < self.revoked_on)


class ReqState(models.TextChoices):
    RECEIVED = "received", _("Received, hearing not yet fixed")
    HEARING = "hearing", _("Inquiry and hearing")
    CERTIFIED = "certified", _("Certificate granted")
    REFUSED = "refused", _("Refused after hearing")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_REQ_STATES = (ReqState.RECEIVED, ReqState.HEARING)


class Requisition(models.Model):
    """A requisition for a Cooperative Demand Certificate against a defaulting member (s.102(1)). The loan
    reference (lender, account number, sanction date) is what cdc_one_per_loan checks (s.114(3) proviso)."""

    number = models.CharField(_("case number"), max_length=40, unique=True)
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    source = models.CharField(_("filed by"), max_length=12, choices=Source.choices)
    claimant = models.ForeignKey(Claimant, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="requisitions", verbose_name=_("claimant"))
    # The claimant as printed on the certificate: the claimant's name, or the office for own motion and dues.
    claimant_name = models.CharField(_("claimant"), max_length=200)
    debtor_person = models.ForeignKey("membership.Person", on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="+", verbose_name=_("debtor (from the register of members)"))
    debtor_society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, null=True, blank=True,
                                       related_name="+", verbose_name=_("society of the debtor"))
    debtor_name = models.CharField(_("debtor's name"), max_length=200)
    debtor_parent_name = models.CharField(_("father's or husband's name"), max_length=200, blank=True)
    debtor_address = models.TextField(_("debtor's address"))
    lender = models.CharField(_("lender"), max_length=200)
    loan_account = models.CharField(_("loan account number"), max_length=60)
    loan_sanctioned_on = models.DateField(_("loan sanctioned on"), null=True, blank=True)
    # lender and account, normalised (recovery.rules.loan_key): one certificate per loan, whoever asks.
    loan_key = models.CharField(max_length=280, db_index=True, editable=False)
    principal = models.DecimalField(_("principal"), **MONEY)
    interest_rate = models.DecimalField(_("interest, % a year"), max_digits=6, decimal_places=3, null=True,
                                        blank=True)
    interest_from = models.DateField(_("interest runs from"), null=True, blank=True)
    interest_to = models.DateField(_("interest computed to"))
    interest_claimed = models.DecimalField(_("interest to that date"), **MONEY, default=0)
    costs = models.DecimalField(_("costs"), **MONEY, default=0)
    property_schedule = models.TextField(_("scheduled property"), blank=True)
    prior_notice_on = models.DateField(_("prior demand or show-cause notice on"), null=True, blank=True)
    due = models.OneToOneField("dues.Due", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="requisition")
    state = models.CharField(_("state"), max_length=12, choices=ReqState.choices, default=ReqState.RECEIVED)
    filed_on = models.DateField(_("filed on"), validators=[bounds.validate_since_commencement])
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    reasons = models.TextField(_("reasoned order"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-filed_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(principal__gt=0), name="recovery_req_principal_positive"),
            models.CheckConstraint(condition=Q(costs__gte=0, interest_claimed__gte=0),
                                   name="recovery_req_amounts_not_negative"),
            models.CheckConstraint(condition=Q(claimant__isnull=False) | Q(source__in=("own_motion", "ledger")),
                                   name="recovery_req_claimant_unless_office"),
            # Two open requisitions on one loan would race to one certificate: the second waits for the first.
            models.UniqueConstraint(fields=["loan_key"], condition=Q(state__in=("received", "hearing")),
                                    name="recovery_req_one_open_per_loan"),
        ]
        indexes = [models.Index(fields=["district", "state"], name="recovery_req_district_idx")]

    def __str__(self):
        return self.number

    @property
    def claimed_total(self):
        return self.principal + self.interest_claimed + self.costs


class RequisitionDocument(models.Model):
    class Kind(models.TextChoices):
        SANCTION = "sanction", _("Loan sanction letter")
        STATEMENT = "statement", _("Loan account statement")
        DEMAND_NOTICE = "demand_notice", _("Prior demand notice")
        OTHER = "other", _("Other document")

    requisition = models.ForeignKey(Requisition, on_delete=models.PROTECT, related_name="documents")
    kind = models.CharField(_("document"), max_length=16, choices=Kind.choices)
    file = models.FileField(storage=private_storage, upload_to="recovery/%Y/%m/")
    name = models.CharField(max_length=120)
    size = models.PositiveIntegerField(default=0)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.kind}: {self.name}"


class Hearing(models.Model):
    """A dated hearing of the debtor (s.102(1)): the notice (a letter in the register) and, once held, its
    record. A certificate without them does not survive in court."""

    class Appearance(models.TextChoices):
        IN_PERSON = "in_person", _("Debtor appeared in person")
        REPRESENTED = "represented", _("Debtor appeared through a representative")
        ABSENT = "absent", _("Debtor did not appear")

    requisition = models.ForeignKey(Requisition, on_delete=models.PROTECT, related_name="hearings")
    hearing_on = models.DateField(_("date of hearing"))
    place = models.CharField(_("place"), max_length=200)
    notice = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    appearance = models.CharField(_("appearance"), max_length=12, choices=Appearance.choices, blank=True)
    statements = models.TextField(_("statements heard"), blank=True)
    documents_seen = models.TextField(_("documents produced"), blank=True)
    recorded_on = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")

    class Meta:
        ordering = ["hearing_on", "pk"]

    def __str__(self):
        return f"Hearing {self.hearing_on}"
