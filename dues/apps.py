from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DuesConfig(AppConfig):
    name = "dues"
    verbose_name = _("Dues and payments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registrar.dashboard import office_nav_item

        from . import actions, orders  # noqa: F401  (activity codes; the demand order kind)

        office_nav_item(_("Dues"), "office_dues", order=50, group="bakijai")
