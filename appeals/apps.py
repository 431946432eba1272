from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppealsConfig(AppConfig):
    """Appeals, review petitions and disputes (ss.92-93, 111) (issue 23)."""

    name = "appeals"
    label = "appeals"
    verbose_name = _("Appeals, review and disputes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registrar.dashboard import office_nav_item

        from . import actions, dashboard, orders, reports, reversal_kinds  # noqa: F401  (registrations)

        office_nav_item(_("Appeals and review"), "office_appeals", order=52, group="appeals")
        office_nav_item(_("Disputes"), "office_disputes", order=54, group="appeals")
