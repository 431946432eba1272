from django.apps import AppConfig


class BylawsConfig(AppConfig):
    """Bye-laws as versioned text and their s.12 amendments (issue 16)."""

    name = "societies.bylaws"
    label = "bylaws"

    def ready(self):
        # Registrations (activity codes, clocks, order kinds, nav items) are imported here as the module lands.
        pass
