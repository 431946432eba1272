from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PartiesConfig(AppConfig):
    name = "parties"
    verbose_name = _("Outside parties")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registrar.dashboard import office_nav_item

        from . import actions, cards, chores, kinds  # noqa: F401  (codes, the home card, sweepers, case kinds)

        office_nav_item(_("Outside parties"), "office_parties", order=90, group="office")
        # The permissions the case kinds grant live on other apps' models (societies.Society): make sure they
        # exist after every migrate or flush, as Django does for Meta.permissions.
        post_migrate.connect(kinds.ensure_permissions, dispatch_uid="parties.ensure_permissions")
