from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SocietiesConfig(AppConfig):
    name = "societies"
    verbose_name = "Societies and registration"

    def ready(self):
        from registrar.dashboard import office_nav_item

        from . import actions, clocks, dashboard, rectifiers, timeline  # noqa: F401  (vocabulary, cards, clocks,
        # rectifiers and timeline sources register on import)

        office_nav_item(_("Registration applications"), "office_applications", order=20)
