from django.apps import AppConfig


class RegistrarConfig(AppConfig):
    name = "registrar"
    verbose_name = "Registrar's office"

    def ready(self):
        from . import actions, checks, sweeps  # noqa: F401  (register the vocabulary, system checks, sweepers)
