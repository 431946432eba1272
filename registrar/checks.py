"""System checks for settings the law depends on."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def legal_day_settings(app_configs, **kwargs):
    errors = []
    if settings.TIME_ZONE != "Asia/Kolkata" or not settings.USE_TZ:
        errors.append(Error(
            "TIME_ZONE must be Asia/Kolkata with USE_TZ=True: every statutory date is an IST date.",
            id="registrar.E001",
        ))
    return errors
