"""Division, amalgamation and merger of societies (ss.13-15, issue 17)."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RestructuringConfig(AppConfig):
    name = "societies.restructuring"
    label = "restructuring"
    verbose_name = _("Division, amalgamation and merger")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registrar.dashboard import office_nav_item

        # Status notes; the scheme, its notices and the options (helper R1): activity codes, option-window clocks.
        from . import actions, clocks, status_notes  # noqa: F401

        office_nav_item(_("Division, amalgamation, merger"), "office_schemes", order=37, group="societies")
        # The conditions before effect and the effect (helper R2): codes, the approval order's kind, the
        # registration receiver, the public register's section and change-feed event.
        from . import actions_effect, orders, public_register, receivers  # noqa: F401
