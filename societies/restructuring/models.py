"""A scheme of division (s.13), amalgamation (s.14) or merger (s.15) and the societies it joins.

The scheme is the case; `SchemeSociety` rows say which societies it takes from (transferors: one for a division
or a merger, two or more for an amalgamation) and which it gives to (successors: new societies, each registered
through the registration module with its own s.11 clock, or the existing society a merger goes into). Notices,
the members' and creditors' options and the conditions before effect are in their own modules beside this one.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition


class SchemeKind(models.TextChoices):
    DIVISION = "division", _("Division (s.13)")
    AMALGAMATION = "amalgamation", _("Amalgamation (s.14)")
    MERGER = "merger", _("Merger into an existing society (s.15)")


class SchemeState(models.TextChoices):
    RESOLVED = "resolved", _("Resolution recorded")
    NOTICES = "notices", _("Notices served: option windows open")
    CONDITIONS = "conditions", _("Windows closed: awaiting the conditions")
    APPROVED = "approved", _("Approved by the Registrar")
    EFFECTIVE = "effective", _("In effect")
    WITHDRAWN = "withdrawn", _("Withdrawn or refused")


OPEN_STATES = (SchemeState.RESOLVED, SchemeState.NOTICES, SchemeState.CONDITIONS, SchemeState.APPROVED)


class Scheme(models.Model):
    kind = models.CharField(_("kind"), max_length=14, choices=SchemeKind.choices)
    # The society that files the scheme (for an amalgamation, one of the transferors, on behalf of all).
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="schemes")
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    state = FSMField(max_length=12, choices=SchemeState.choices, default=SchemeState.RESOLVED, protected=True)
    # The General Assembly's special resolution (lifecycles.md §15 item 15: the majority is configurable).
    resolution_on = models.DateField(_("date of the special resolution"))
    members_present = models.PositiveIntegerField(_("members present and voting"))
    votes_for = models.PositiveIntegerField(_("votes for the resolution"))
    scheme_text = models.TextField(_("the scheme"), help_text=_("Which assets, liabilities and members go where."))
    # s.116: a co-operative bank's scheme proceeds only with the RBI or NABARD sanction.
    bank_sanction_reference = models.CharField(_("RBI/NABARD sanction reference"), max_length=120, blank=True)
    bank_sanction_on = models.DateField(_("sanctioned on"), null=True, blank=True)
    approval_order = models.OneToOneField("orders.Order", on_delete=models.PROTECT, null=True, blank=True,
                                          related_name="restructuring_scheme")
    effective_on = models.DateField(_("took effect on"), null=True, blank=True)
    # The majority the portal checked the resolution against (rules.special_majority_carried), as "2/3": the
    # Act does not define a special resolution (lifecycles.md §15 item 15), so the figure in force is kept.
    majority_applied = models.CharField(_("majority required"), max_length=10, blank=True)
    # The last day of the last option window, once every notice of the scheme is served (null before): the
    # windows are all closed the day after it. Indexed for the schemes_close_windows chore (scheme_windows_idx).
    windows_close_on = models.DateField(_("last option window ends on"), null=True, blank=True)
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # The society abandons the scheme by a resolution of its General Assembly (services.scheme.scheme_withdraw):
    # the windows stop, nothing takes effect, and the societies may file another scheme.
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    withdrawal_resolution_on = models.DateField(_("date of the resolution withdrawing it"), null=True, blank=True)
    withdrawal_reasons = models.TextField(_("why it was withdrawn"), blank=True)
    withdrawn_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+")

    class Meta:
        ordering = ["-resolution_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(votes_for__lte=models.F("members_present")),
                                   name="scheme_votes_within_present"),
            models.CheckConstraint(condition=Q(withdrawn_on__isnull=True) | Q(state="withdrawn"),
                                   name="scheme_withdrawn_on_only_when_withdrawn"),
        ]
        indexes = [
            # restructuring.clocks SCHEMES_CLOSE_WINDOWS (the chore schemes_close_windows) reads it.
            models.Index(fields=["windows_close_on"], condition=Q(state="notices"), name="scheme_windows_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.society}"

    # Transitions change the state in memory only; restructuring's services lock, save and log.
    @transition(field=state, source=SchemeState.RESOLVED, target=SchemeState.NOTICES)
    def notices_served(self):
        """The first notice is served: each person's 30 days run from their own service date."""

    @transition(field=state, source=SchemeState.NOTICES, target=SchemeState.CONDITIONS)
    def windows_closed(self):
        """Every option window has closed (deemed assent for a division or amalgamation, s.13(3), s.14(3))."""

    @transition(field=state, source=SchemeState.CONDITIONS, target=SchemeState.APPROVED)
    def approve(self):
        """The Registrar's approval order."""

    @transition(field=state, source=[SchemeState.CONDITIONS, SchemeState.APPROVED], target=SchemeState.EFFECTIVE)
    def take_effect(self):
        """s.13(4)-(5), s.14(4)-(5): every condition met; the old registrations stand cancelled."""

    @transition(field=state, source=list(OPEN_STATES), target=SchemeState.WITHDRAWN)
    def withdraw(self):
        """The society withdraws the scheme or the Registrar refuses to approve it."""


class SchemeRole(models.TextChoices):
    TRANSFEROR = "transferor", _("Transferor: divided, amalgamated or merged")
    NEW_SUCCESSOR = "new_successor", _("New society formed by the scheme")
    EXISTING_SUCCESSOR = "existing_successor", _("Existing society merged into")


class SchemeSociety(models.Model):
    scheme = models.ForeignKey(Scheme, on_delete=models.CASCADE, related_name="parties")
    role = models.CharField(_("role"), max_length=20, choices=SchemeRole.choices)
    # A transferor or an existing successor is a registered society; a new successor is first a proposed name,
    # then a registration application, then (registered or deemed registered under s.11) a society.
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="scheme_roles")
    proposed_name = models.CharField(_("proposed name"), max_length=200, blank=True)
    application = models.OneToOneField("societies.RegistrationApplication", on_delete=models.PROTECT, null=True,
                                       blank=True, related_name="scheme_successor")
    # A division's allotment to this new society (s.13(1)): the assets and liabilities as the scheme lists them,
    # and the member numbers (as typed: "1-120, 131") whose interest goes to it.
    allotment = models.TextField(_("assets and liabilities allotted"), blank=True)
    member_numbers = models.TextField(_("members allotted (numbers)"), blank=True)

    class Meta:
        ordering = ["scheme", "role", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["scheme", "society"], condition=Q(society__isnull=False),
                                    name="scheme_society_once"),
            models.CheckConstraint(condition=Q(role="new_successor") | Q(society__isnull=False),
                                   name="scheme_existing_party_is_a_society"),
        ]

    def __str__(self):
        return f"{self.get_role_display()}: {self.society or self.proposed_name}"


class Recipient(models.TextChoices):
    MEMBER = "member", _("Member")
    CREDITOR = "creditor", _("Creditor")


class ServiceMethod(models.TextChoices):
    POST = "post", _("Registered post")
    HAND = "hand", _("By hand")
    EMAIL = "email", _("E-mail with delivery report")


class OptionState(models.TextChoices):
    # s.13(2)-(3), s.14(2)-(3): within 30 days of service a member who did not vote for the resolution, or a
    # creditor, may withdraw their share or claim; silence is deemed assent (not for a merger: by order).
    NOT_SERVED = "not_served", _("Notice not yet served")
    OPEN = "open", _("Window open")
    WITHDRAWING = "withdrawing", _("Opted to withdraw")
    ASSENTED = "assented", _("Assented")
    DEEMED_ASSENT = "deemed_assent", _("Deemed to have assented")
    VOTED_FOR = "voted_for", _("Voted for the resolution: no option")


class SchemeNotice(models.Model):
    """One person's notice of the scheme: served on a date, their own 30-day window, their option."""

    scheme = models.ForeignKey(Scheme, on_delete=models.CASCADE, related_name="notices")
    transferor = models.ForeignKey(SchemeSociety, on_delete=models.CASCADE, related_name="notices")
    recipient = models.CharField(_("to"), max_length=10, choices=Recipient.choices)
    member = models.ForeignKey("membership.Member", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="scheme_notices")
    name = models.CharField(_("name"), max_length=200)
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    # A member's share or a creditor's claim, in rupees: what a withdrawal must be met with.
    amount = models.DecimalField(_("share or claim (₹)"), max_digits=14, decimal_places=2, default=0)
    served_on = models.DateField(_("served on"), null=True, blank=True)
    service_method = models.CharField(_("served by"), max_length=6, choices=ServiceMethod.choices, blank=True)
    service_reference = models.CharField(_("post or delivery reference"), max_length=120, blank=True)
    # The last day of the person's window, from the statute engine when the service is entered (indexed: the
    # deemed-assent sweeper reads it).
    window_ends_on = models.DateField(_("option window ends on"), null=True, blank=True, db_index=True)
    option = models.CharField(_("option"), max_length=14, choices=OptionState.choices,
                              default=OptionState.NOT_SERVED)
    option_on = models.DateField(_("option exercised or deemed on"), null=True, blank=True)
    claim_met_on = models.DateField(_("share or claim paid on"), null=True, blank=True)

    class Meta:
        ordering = ["scheme", "recipient", "name", "pk"]
        indexes = [
            # restructuring.clocks: the deemed-assent sweepers (division_options_deem_assent,
            # amalgamation_options_deem_assent) read the open windows only.
            models.Index(fields=["window_ends_on"], condition=Q(option="open"), name="scheme_notice_open_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["scheme", "member"], condition=Q(member__isnull=False),
                                    name="scheme_notice_member_once"),
            models.CheckConstraint(condition=Q(recipient="creditor") | Q(member__isnull=False),
                                   name="scheme_notice_member_is_on_register"),
            models.CheckConstraint(condition=Q(served_on__isnull=True) | ~Q(service_method=""),
                                   name="scheme_notice_served_how"),
        ]

    def __str__(self):
        return f"{self.get_recipient_display()}: {self.name}"
