from django.apps import AppConfig


class SocietiesConfig(AppConfig):
    name = "societies"
    verbose_name = "Societies and registration"

    def ready(self):
        from . import actions, sweepers  # noqa: F401  (activity vocabulary and sweepers register on import)
