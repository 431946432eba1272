from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "orders"
    verbose_name = _("Register of orders")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import actions, kinds  # noqa: F401  (activity codes; the built-in kinds are declared on import)
        from . import checks  # noqa: F401  (orders.E001: the signing key in production)
