from django.apps import AppConfig


class MembershipConfig(AppConfig):
    """The register of members (s.24), people across societies, shares and nominations (ss.18-28, 52-57)."""

    name = "membership"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from registrar.dashboard import office_nav_item

        from . import actions, dashboard  # noqa: F401  (activity codes; home-page cards)
        from .imports import tasks as _import_tasks  # noqa: F401  (Celery tasks outside membership/tasks.py)

        office_nav_item(_("Identity links"), "office_person_links", order=27, group="societies")
