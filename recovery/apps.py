from django.apps import AppConfig


class RecoveryConfig(AppConfig):
    """Bakijai: recovery of dues by Cooperative Demand Certificate (s.114, Schedule C) (issue 22)."""

    name = "recovery"
    label = "recovery"

    def ready(self):
        # Registrations (activity codes, clocks, order kinds, nav items) are imported here as the module lands.
        pass
