from django.apps import AppConfig


class AuditConfig(AppConfig):
    """Statutory audit of societies' accounts (ss.81-86; issue 18)."""

    name = "audit"

    def ready(self):
        pass
