from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SocietiesConfig(AppConfig):
    name = "societies"
    verbose_name = "Societies and registration"

    def ready(self):
        from registrar.dashboard import office_nav_item

        # Importing registers: activity codes, registration's clocks (sweepers, reminders, board, timeline), its
        # home-page cards, rectifiers and history source.
        from . import actions  # noqa: F401
        from .registration import clocks, dashboard, rectifiers, timeline  # noqa: F401

        office_nav_item(_("Registration applications"), "office_applications", order=20,
                        group="registration")
