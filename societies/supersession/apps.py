"""Supersession of a Board and its administrators (s.125, ss.139-140, s.4A, s.146, issue 20)."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupersessionConfig(AppConfig):
    name = "societies.supersession"
    label = "supersession"
    verbose_name = _("Supersession of a Board")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from registrar.dashboard import office_nav_item

        # The procedure's activity codes, clocks and order kinds (S1); the status notes.
        from . import actions, clocks, orders, status_notes  # noqa: F401

        office_nav_item(_("Supersession of Boards"), "office_supersessions", order=26, group="audit")
        from .administration_ready import ready as administration_ready

        administration_ready()  # the administrators' limits and supervision's hooks (issue 20 point 3-5)
