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

        office_nav_item(_("Annual returns"), "office_returns", order=30)
        from . import actions, reminders, sweepers, timeline  # noqa: F401
