"""Registered API clients and the open-data releases."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

KEY_PREFIX_LENGTH = 8


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def new_key() -> str:
    """`sr_` + 40 url-safe characters. Shown once when issued; only its hash is kept."""
    return "sr_" + secrets.token_urlsafe(30)


class ApiClient(models.Model):
    """A bank, NABARD or the National Cooperative Database with its own key and a higher rate limit, issued and
    revoked by the Registrar's office (ADR 0049). Not a PartyGrant: a party is invited to one case of one
    district; an API client reads the whole state's public register."""

    name = models.CharField(_("organisation"), max_length=200)
    contact_email = models.EmailField(_("contact email"))
    purpose = models.CharField(_("purpose"), max_length=300)
    key_prefix = models.CharField(max_length=KEY_PREFIX_LENGTH + 3, db_index=True, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    requests_per_window = models.PositiveIntegerField(
        _("requests per 5 minutes"), default=6000,
        help_text=_("Anonymous clients get 600."))
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    issued_at = models.DateTimeField(_("issued"))
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(requests_per_window__gte=1, requests_per_window__lte=1_000_000),
                                   name="api_client_limit_in_range"),
            models.CheckConstraint(condition=models.Q(revoked_at__isnull=True) | ~models.Q(revoked_reason=""),
                                   name="api_client_revocation_has_reason"),
        ]

    def __str__(self):
        return f"{self.name} ({self.key_prefix}…)"

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class OpenDataRelease(models.Model):
    """One nightly version of the downloads: its folder under OPEN_DATA_ROOT and what each file holds."""

    version = models.CharField(max_length=32, unique=True)  # 2026-12-01, or 2026-12-01.2 for a rerun that day
    made_on = models.DateField()
    made_at = models.DateTimeField()
    societies = models.PositiveIntegerField(default=0)
    files = models.JSONField(default=list)  # [{"name", "bytes", "sha256", "rows"}]

    class Meta:
        ordering = ["-made_at", "-pk"]

    def __str__(self):
        return self.version
