from django.apps import AppConfig


class MembershipConfig(AppConfig):
    """The register of members (s.24), people across societies, shares and nominations (ss.18-28, 52-57)."""

    name = "membership"

    def ready(self):
        from . import actions  # noqa: F401  (registers the activity codes)
