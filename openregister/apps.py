from django.apps import AppConfig


class OpenRegisterConfig(AppConfig):
    """The public register, the API, the change feed and open data (issue 24)."""

    name = "openregister"
    label = "openregister"
    verbose_name = "Public register and API"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from registrar.dashboard import office_nav_item

        # The core fields, sections and feed events; the registration reports; activity codes; the nightly task.
        from . import actions, feed, fields, reports, sections  # noqa: F401
        from .opendata import tasks  # noqa: F401

        office_nav_item(_("API clients"), "office_api_clients", order=90, group="office")
