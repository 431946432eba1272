from django.apps import AppConfig


class AppealsConfig(AppConfig):
    """Appeals, review petitions and disputes (ss.92-93, 111) (issue 23)."""

    name = "appeals"
    label = "appeals"

    def ready(self):
        # Registrations (activity codes, clocks, order kinds, nav items) are imported here as the module lands.
        pass
