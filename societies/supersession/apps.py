"""Supersession of a Board and its administrators (s.125, ss.139-140, s.4A, s.146, issue 20)."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupersessionConfig(AppConfig):
    name = "societies.supersession"
    label = "supersession"
    verbose_name = _("Supersession of a Board")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import status_notes  # noqa: F401  (activity codes, clocks, order kinds, nav items as they land)
