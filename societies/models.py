"""The registered society. Registration applications and certificates join this module with the registration
issue; Board, meetings and returns live in societies.governance."""

import re
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_fsm import FSMField

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

    def __str__(self):
        return f"{self.name} ({self.registration_number})"

    def save(self, *args, **kwargs):
        self.name_normalised = normalise_name(self.name)
        self.name_search = search_key(self.name)
        super().save(*args, **kwargs)


from .models_registration import (  # noqa: E402  (registration models share this app's models module)
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
