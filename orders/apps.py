from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "orders"
    verbose_name = _("Register of orders")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registrar.dashboard import office_nav_item

        from . import actions, kinds  # noqa: F401  (activity codes; the built-in kinds are declared on import)

        # Appeals is where orders, reviews and stays live (issue 13 point 7).
        office_nav_item(_("Register of orders"), "orders_register", order=50, group="appeals")
        from . import checks  # noqa: F401  (orders.E001: the signing key in production)
        # The officers of the jurisdiction, and moving a transferred officer's open cases (orders.transfers).
        office_nav_item(_("Officers"), "officer_list", order=88, group="office")
