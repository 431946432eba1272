from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppealsConfig(AppConfig):
    """Appeals, review petitions and disputes (ss.92-93, 111) (issue 23)."""

    name = "appeals"
    label = "appeals"
    verbose_name = _("Appeals, review and disputes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import actions, reversal_kinds  # noqa: F401  (activity codes; reversals register on import)
