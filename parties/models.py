"""Outside parties: invitations to a case, the grants they give, and the engagement (the case object of work on a
society that has no module of its own yet).

An outside party (a chartered-accountant firm, a liquidator who is not an officer, a returning officer, a claimant
bank or society, a State Government appellate officer, an API client) gets an account only by an officer's
invitation to one case, and sees only the cases it was given: a django-guardian grant on the case object, made
when the invitation is accepted and removed when it is revoked or the case closes. Which models are cases, which
roles may be invited to each and which permissions a grant gives is declared once in parties/kinds.py.

A case is any model instance (a content type and an object id). The case's district and society are copied onto
the invitation and the grant when it is made: the office list is a jurisdiction query on one table (not one
query per kind of case), the activity entries name the society, and the sweepers' problems name the district.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from societies.governance.models.board import new_invitation_token

# An invitation not accepted within this many days lapses (the officer invites again if still wanted).
ACCEPT_WITHIN_DAYS = 14


class Role(models.TextChoices):
    """Every kind of outside party. Which roles may be invited to which case is declared in parties/kinds.py; a
    role whose module has not arrived yet (liquidation, appeals, the API) is listed but no case takes it."""

    AUDITOR_FIRM = "auditor_firm", _("Chartered-accountant firm (auditor)")
    LIQUIDATOR = "liquidator", _("Liquidator (not an officer)")
    RETURNING_OFFICER = "returning_officer", _("Returning officer")
    CLAIMANT_BANK = "claimant_bank", _("Claimant bank")
    CLAIMANT_SOCIETY = "claimant_society", _("Claimant society")
    APPELLATE_OFFICER = "appellate_officer", _("State Government appellate officer")
    API_CLIENT = "api_client", _("API client")
    # The district's Bakijai branch (Certificate Officer's office): enters its proceedings on a certificate sent for
    # execution (recovery, issue 22).
    BAKIJAI_BRANCH = "bakijai_branch", _("Bakijai branch (Certificate Officer)")


class Engagement(models.Model):
    """Work an outside party does on one society for a stated scope ("accounts 2025-26", "Board election 2026"),
    opened and closed by an officer. It stands in for the case models the audit and election modules will bring:
    those modules will either point their Audit (or election) at the engagement or declare their own model as the
    case kind and migrate the open engagements' grants to it (parties/kinds.py)."""

    role = models.CharField(_("role"), max_length=24, choices=Role.choices)
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, related_name="engagements")
    scope = models.CharField(_("scope"), max_length=120, help_text=_("For example: accounts 2025-26"))
    opened_on = models.DateField(_("opened on"))
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # Set by parties.services.engagement_close; from that day the case is closed (parties/kinds.py).
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    class Meta:
        ordering = ["-opened_on", "-pk"]
        permissions = [("work_on_engagement", "Can work on the engagement as the invited outside party")]
        constraints = [
            models.UniqueConstraint(fields=["society", "role", "scope"], condition=Q(closed_on__isnull=True),
                                    name="one_open_engagement_per_scope"),
        ]

    def __str__(self):
        return f"{self.get_role_display()}: {self.scope}"


class CaseFields(models.Model):
    """The case an invitation or grant is about, with its district and society as they were when it was made."""

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField()
    case = GenericForeignKey("content_type", "object_id")
    role = models.CharField(_("role"), max_length=24, choices=Role.choices)
    district = models.ForeignKey("registrar.District", on_delete=models.PROTECT, related_name="+")
    society = models.ForeignKey("societies.Society", on_delete=models.PROTECT, null=True, blank=True,
                                related_name="+")

    class Meta:
        abstract = True


class PartyInvitation(CaseFields):
    email = models.EmailField(_("email"))
    name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True,
                                    help_text=_("The firm, bank or society the person acts for."))
    token = models.CharField(max_length=48, unique=True, default=new_invitation_token, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    sent_at = models.DateTimeField(_("sent"))
    expires_on = models.DateField(_("to be accepted by"))
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="party_invitations")
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    # Set by the sweeper party_invitations_lapse: not accepted by expires_on, or the case closed first.
    lapsed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        indexes = [
            # party_invitations_lapse (parties/chores.py): pending invitations by their last day
            models.Index(fields=["expires_on"], name="party_invitation_pending_idx",
                         condition=Q(accepted_at__isnull=True, revoked_at__isnull=True, lapsed_on__isnull=True)),
            models.Index(fields=["content_type", "object_id"], name="party_invitation_case_idx",
                         condition=Q(accepted_at__isnull=True, revoked_at__isnull=True, lapsed_on__isnull=True)),
        ]

    def __str__(self):
        return f"Invitation to {self.email} ({self.role})"

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None and self.lapsed_on is None

    @staticmethod
    def expiry_for(today):
        return today + timedelta(days=ACCEPT_WITHIN_DAYS)


class PartyGrant(CaseFields):
    class EndReason(models.TextChoices):
        REVOKED = "revoked", _("Revoked by an officer")
        CASE_CLOSED = "case_closed", _("The case closed")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="party_grants")
    invitation = models.OneToOneField(PartyInvitation, on_delete=models.PROTECT, related_name="grant")
    granted_at = models.DateTimeField(_("granted"))
    active = models.BooleanField(default=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="+")
    ended_reason = models.CharField(_("why it ended"), max_length=12, choices=EndReason.choices, blank=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        ordering = ["-granted_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "role", "content_type", "object_id"], condition=Q(active=True),
                                    name="one_active_party_grant"),
            models.CheckConstraint(condition=Q(active=True, ended_at__isnull=True)
                                   | Q(active=False, ended_at__isnull=False), name="party_grant_ended_when_inactive"),
        ]
        indexes = [
            # party_grants_end_for_closed_cases (parties/chores.py): active grants by their case
            models.Index(fields=["content_type", "object_id"], name="party_grant_active_case_idx",
                         condition=Q(active=True)),
        ]

    def __str__(self):
        return f"{self.user_id} as {self.role} on {self.content_type_id}:{self.object_id}"
