"""The closed vocabulary of activity codes: past-tense, `<app>.<event>`.

Each app declares its codes as a TextChoices class and registers it here at import time (from its
`actions.py`); `registrar.activity.record` refuses any code that no app declared.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

_VOCABULARY: dict[str, str] = {}


def register(choices: type[models.TextChoices]) -> type[models.TextChoices]:
    for value, label in choices.choices:
        if value in _VOCABULARY:
            raise ValueError(f"activity code {value!r} declared twice")
        _VOCABULARY[value] = label
    return choices


def is_known(code: str) -> bool:
    return code in _VOCABULARY


def label(code: str) -> str:
    return str(_VOCABULARY.get(code, code))


def vocabulary() -> dict[str, str]:
    return dict(_VOCABULARY)


@register
class RegistrarAction(models.TextChoices):
    OFFICER_CREATED = "registrar.officer_created", _("Officer created")
    OFFICER_JURISDICTION_CHANGED = "registrar.officer_jurisdiction_changed", _("Officer's jurisdiction changed")
    HOLIDAY_ADDED = "registrar.holiday_added", _("Holiday added")
    HOLIDAY_REMOVED = "registrar.holiday_removed", _("Holiday removed")
    CITIZEN_SIGNED_UP = "registrar.citizen_signed_up", _("Citizen signed up")
    CITIZEN_VERIFIED = "registrar.citizen_verified", _("Citizen verified email")
    PROFILE_CHANGED = "registrar.profile_changed", _("Mobile number or notice language changed")
    EMAIL_CHANGED = "registrar.email_changed", _("E-mail address changed and verified")
    SWEEP_RAN = "registrar.sweep_ran", _("Statutory sweep ran")
    EFFECT_RECTIFIED = "registrar.effect_rectified", _("Automatic effect set aside by rectification order")
    FILING_REDATED = "registrar.filing_redated", _("Filing's last day moved: office closed")
    ACCOUNT_UNLOCKED = "registrar.account_unlocked", _("Colleague's paused login unlocked")
    SECOND_FACTOR_ENABLED = "registrar.second_factor_enabled", _("Second factor (authenticator app) turned on")
