from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    """Supervision of registered societies: Board, elections, general meetings, annual returns (ss.29-47, 129).

    A separate app label inside societies/ so its migrations evolve independently of registration's.
    """

    name = "societies.governance"
    label = "governance"
    verbose_name = "Supervision"

    def ready(self):
        from . import actions, sweepers, timeline  # noqa: F401
