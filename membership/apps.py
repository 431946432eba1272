from django.apps import AppConfig


class MembershipConfig(AppConfig):
    """The register of members (s.24), people across societies, shares and nominations (ss.18-28, 52-57)."""

    name = "membership"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from registrar.dashboard import office_nav_item

        # activity codes; home-page cards; admission and termination clocks; the society decisions' order kinds
        from . import actions, clocks, dashboard, orders  # noqa: F401
        from .imports import tasks as _import_tasks  # noqa: F401  (Celery tasks outside membership/tasks.py)
        from .voters import ready as _voters_ready

        _voters_ready()  # voter lists: activity codes, clocks, the statistics report, nav (membership.voters)

        office_nav_item(_("Identity links"), "office_person_links", order=27, group="societies")
        # Board elections (s.41): activity codes, the result's order kind, the office's list
        from .elections import actions as _election_actions  # noqa: F401
        from .elections import orders as _election_orders  # noqa: F401
        from .elections import parties as _election_parties  # noqa: F401  (the returning officer's case kind)

        office_nav_item(_("Board elections"), "office_elections", order=28, group="societies")
