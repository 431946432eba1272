from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    """Supervision of registered societies: Board, elections, general meetings, annual returns (ss.29-47, 129).

    A separate app label inside societies/ so its migrations evolve independently of registration's.
    """

    name = "societies.governance"
    label = "governance"
    verbose_name = "Supervision"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from registrar.dashboard import office_nav_item

        # Importing registers: activity codes, clocks (sweepers, reminders, board, timeline, re-dating), rectifiers,
        # the history source.
        from . import (  # noqa: F401
            actions,
            clocks,
            receivers,
            rectifiers,
            reports,
            timeline,
        )

        office_nav_item(_("Societies"), "office_societies", order=20, group="societies")
        office_nav_item(_("Proceedings"), "office_proceedings", order=25, group="societies")
        office_nav_item(_("Annual returns"), "office_returns", order=30, group="societies")
        office_nav_item(_("Compliance flags"), "office_flags", order=40, group="societies")
