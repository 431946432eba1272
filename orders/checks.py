"""System checks of the register of orders."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def signing_key_configured(app_configs, **kwargs):
    """orders.E001: a production server must have the office's signing key (every order PDF is signed; signing
    refuses to run without one, so this is found at deploy time rather than on the first certificate)."""
    from .signing import configuration_problem

    if settings.DEBUG:
        return []
    problem = configuration_problem()
    return [checks.Error(problem, id="orders.E001")] if problem else []
