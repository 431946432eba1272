"""The registered society. Registration's models (applications, promoters, queries, uploads, certificates) live in
societies.registration.models and are imported here, so they stay in this app; Board, meetings and returns live in
societies.governance."""

import re
import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField, transition

from registrar import bounds
from registrar.models import District

from .choices import GovernanceStatus, LegalStatus, RegistrationKind, SocietyType

_COMMON_SUFFIX = re.compile(
    r"\b(co-?operative|cooperative|society|societies|samity|samiti|ltd|limited)\b\.?", re.IGNORECASE
)


def normalise_name(name: str) -> str:
    """Lower-case, collapse spaces, drop punctuation: used for the 'no identical name in the district' rule."""
    return " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())


def search_key(name: str) -> str:
    """The distinctive words of a name, without the suffix every society shares (design.md: name search)."""
    return " ".join(_COMMON_SUFFIX.sub(" ", normalise_name(name)).split())


def new_public_token() -> str:
    return secrets.token_urlsafe(12)


class Society(models.Model):
    registration_number = models.CharField(_("registration number"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    # The name in Assamese script, as the society writes it (issue 24: the public register finds it too).
    name_as = models.CharField(_("name in Assamese"), max_length=200, blank=True)
    name_normalised = models.CharField(max_length=200, editable=False)
    name_search = models.CharField(max_length=200, editable=False, db_index=True)
    society_type = models.CharField(_("type"), max_length=24, choices=SocietyType.choices)
    district = models.ForeignKey(District, on_delete=models.PROTECT, related_name="societies")
    address = models.TextField(_("registered address"))
    area_of_operation = models.CharField(_("area of operation"), max_length=255, blank=True)
    # lifecycles.md §15 item 17: a per-society year end, default 31 March.
    fy_end_month = models.PositiveSmallIntegerField(_("financial year ends (month)"), default=3)
    fy_end_day = models.PositiveSmallIntegerField(_("financial year ends (day)"), default=31)
    registered_on = models.DateField(_("date of registration"))
    registration_kind = models.CharField(
        _("registered by"), max_length=12, choices=RegistrationKind.choices, default=RegistrationKind.CERTIFICATE
    )
    is_secondary = models.BooleanField(_("secondary society"), default=False)
    banking_blocked = models.BooleanField(
        _("banking business blocked"), default=False,
        help_text=_("A deemed-registered bank without RBI/NABARD clearance (lifecycles.md §15 item 2)."),
    )
    legal_status = FSMField(
        _("legal status"), max_length=32, choices=LegalStatus.choices, default=LegalStatus.REGISTERED, protected=True
    )
    governance_status = FSMField(
        _("who runs it"), max_length=32, choices=GovernanceStatus.choices,
        default=GovernanceStatus.PROMOTER_BOARD, protected=True,
    )
    # Stable, unguessable id for the public compliance card (no enumeration of societies by pk).
    public_token = models.CharField(max_length=32, unique=True, default=new_public_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "societies"
        permissions = [("act_as_secretary", "Can act as the society's secretary")]
        indexes = [models.Index(fields=["district", "name_normalised"], name="society_district_name")]
        constraints = [
            # Added NOT VALID on PostgreSQL (migration 0006); manage.py invalid_rows lists the rows, then validates.
            models.CheckConstraint(condition=bounds.fy_end_condition(), name="society_fy_end_real_day"),
        ]

    def __str__(self):
        return f"{self.name} ({self.registration_number})"

    def save(self, *args, **kwargs):
        self.name_normalised = normalise_name(self.name)
        self.name_search = search_key(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        # A society's own dates (registered_on) may precede the Act: only its year end is bounded.
        errors = bounds.fy_end_errors(self.fy_end_month, self.fy_end_day)
        if errors:
            raise ValidationError(errors)

    # ---- who runs the society (lifecycles.md §3). Transitions change fields in memory only; the services in
    # societies.governance lock, save and log.
    _BOARD_IN_OFFICE = [GovernanceStatus.PROMOTER_BOARD, GovernanceStatus.ELECTED_BOARD,
                        GovernanceStatus.ELECTION_IN_PROGRESS]

    @transition(field=governance_status, source="*", target=GovernanceStatus.ELECTED_BOARD)
    def board_elected(self):
        """s.41: a Board elected (the first after the promoters, a new term, or ending an officer's charge)."""

    @transition(field=governance_status, source=_BOARD_IN_OFFICE, target=GovernanceStatus.BOARD_CEASED)
    def board_cease(self):
        """s.39, s.33(3), s.41(4), s.35(1), s.30(4): the Board is dissolved or all directors have ceased."""

    @transition(field=governance_status, source=GovernanceStatus.BOARD_CEASED,
                target=GovernanceStatus.OFFICER_IN_CHARGE)
    def officer_appointed(self):
        """s.41(6): a departmental officer acts as the Board and constitutes one within 90 days."""

    @transition(field=governance_status, source=GovernanceStatus.ELECTED_BOARD,
                target=GovernanceStatus.ELECTION_IN_PROGRESS)
    def election_started(self):
        """s.41(1)-(2): the Registrar, as Election Authority, conducts the poll."""

    @transition(field=governance_status, source=[GovernanceStatus.BOARD_CEASED, GovernanceStatus.OFFICER_IN_CHARGE],
                target=GovernanceStatus.PROMOTER_BOARD)
    def promoter_board_restored(self):
        """Only by a rectification order setting aside a promoter Board's lapse."""

    @transition(field=governance_status, source=[GovernanceStatus.BOARD_CEASED, GovernanceStatus.OFFICER_IN_CHARGE],
                target=GovernanceStatus.ELECTED_BOARD)
    def elected_board_restored(self):
        """Only by a rectification order: the effect that ended the Board rested on facts recorded late."""



    # ---- does the body corporate exist (lifecycles.md §2)? Winding up (liquidation, issue 21) and restructuring
    # (societies.restructuring, issue 17) drive these through their own services, which lock, save and log.
    _CANCELLATION_PENDING = [LegalStatus.CANCELLATION_ORDERED, LegalStatus.CANCELLATION_APPEAL_PENDING]

    @transition(field=legal_status, source=LegalStatus.REGISTERED, target=LegalStatus.CANCELLATION_ORDERED)
    def cancellation_ordered(self):
        """s.94(1)-(2): the Registrar's order cancelling the registration; it takes effect later (s.94(4))."""

    @transition(field=legal_status, source=LegalStatus.CANCELLATION_ORDERED,
                target=LegalStatus.CANCELLATION_APPEAL_PENDING)
    def cancellation_appealed(self):
        """s.94(5): a member's appeal to the State Government is recorded; the order waits for its decision."""

    @transition(field=legal_status, source=_CANCELLATION_PENDING, target=LegalStatus.IN_LIQUIDATION)
    def cancellation_took_effect(self):
        """s.94(4), s.95: the order takes effect; the society vests in the liquidator (lifecycles.md §15 item 22)."""

    @transition(field=legal_status, source=[*_CANCELLATION_PENDING, LegalStatus.IN_LIQUIDATION],
                target=LegalStatus.REGISTERED)
    def cancellation_set_aside(self):
        """The State Government allows the appeal, or a review or rectification sets the order aside."""

    @transition(field=legal_status, source=LegalStatus.IN_LIQUIDATION, target=LegalStatus.DISSOLVED)
    def dissolved(self):
        """s.100(5): dissolved from the date in the certificate of dissolution."""

    @transition(field=legal_status, source=LegalStatus.REGISTERED, target=LegalStatus.DIVIDED)
    def divided(self):
        """s.13(5): the division takes effect; the registration stands cancelled and the society is dissolved."""

    @transition(field=legal_status, source=LegalStatus.REGISTERED, target=LegalStatus.AMALGAMATED)
    def amalgamated(self):
        """s.14(5): the amalgamation takes effect; the registration stands cancelled."""

    @transition(field=legal_status, source=LegalStatus.REGISTERED, target=LegalStatus.MERGED_OUT)
    def merged_out(self):
        """s.15, read with s.14(5) (lifecycles.md §15 item 16): merged into an existing society."""

    # ---- supersession (s.125, societies.supersession, issue 20)
    @transition(field=governance_status, source=[*_BOARD_IN_OFFICE, GovernanceStatus.BOARD_CEASED,
                                                 GovernanceStatus.OFFICER_IN_CHARGE],
                target=GovernanceStatus.SUPERSEDED)
    def board_superseded(self):
        """s.125: the Registrar's order supersedes or suspends the Board; departmental administrators act as it.
        The end is `board_elected` (source "*"): the administrators' election of a new Board."""


from .registration.models import (  # noqa: E402  (registration's models belong to this app: found here)
    AppState,
    Certificate,
    Promoter,
    QueryItem,
    QueryMemo,
    RegistrationApplication,
    Upload,
)

__all__ = [
    "AppState", "Certificate", "Promoter", "QueryItem", "QueryMemo", "RegistrationApplication", "Society", "Upload",
]
