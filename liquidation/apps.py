"""Winding up: cancellation, the Gazette notice, the liquidator's workspace and dissolution (ss.94-102, issue 21)."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiquidationConfig(AppConfig):
    name = "liquidation"
    verbose_name = _("Winding up")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Activity codes, clocks, order kinds, status notes and nav items are imported here as the module lands.
        from . import (
            cancellation_setup,  # noqa: F401  (the cancellation: orders, clock, appeal, feed, nav)
            closing_setup,  # noqa: F401  (the closing: orders, clock, receiver, nav)
            status_notes,  # noqa: F401
            workspace_setup,  # noqa: F401  (the liquidator's workspace: codes, orders, case kind, clock, nav)
        )
