"""Bakijai: recovery of dues by Cooperative Demand Certificate (s.114, Schedule C) (issue 22)."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecoveryConfig(AppConfig):
    """Bakijai: recovery of dues by Cooperative Demand Certificate (s.114, Schedule C) (issue 22)."""

    name = "recovery"
    label = "recovery"
    verbose_name = _("Bakijai (recovery)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registrar.dashboard import office_nav_item

        from . import actions, clocks, orders, parties, reports, reversals  # noqa: F401  (registrations)

        office_nav_item(_("Demand certificates"), "office_recovery", order=40, group="bakijai")
