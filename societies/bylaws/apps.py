"""Bye-laws as versioned text and their s.12 amendments (issue 16)."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BylawsConfig(AppConfig):
    """Bye-laws as versioned text and their s.12 amendments (issue 16)."""

    name = "societies.bylaws"
    label = "bylaws"
    verbose_name = _("Bye-laws")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registrar.dashboard import office_nav_item

        from . import actions, clocks, orders, public_register  # noqa: F401  (activity codes, clocks, order kinds,
        # the public register's section and change-feed event)

        office_nav_item(_("Bye-law amendments"), "office_bylaws_amendments", order=35, group="societies")
        office_nav_item(_("Bye-laws conformity (s.12(9))"), "office_bylaws_conformity", order=36, group="societies")
