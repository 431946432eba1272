"""Load demo data, idempotently. Each app contributes through its own `demo.py` with `seed(today, stdout)`."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from registrar import clock


class Command(BaseCommand):
    help = "Load demo data (idempotent) and print the demo logins."

    def handle(self, *args, **options):
        today = clock.today()
        for config in apps.get_app_configs():
            try:
                module = import_module(f"{config.name}.demo")
            except ModuleNotFoundError as exc:
                if exc.name == f"{config.name}.demo":
                    continue
                raise
            with transaction.atomic():
                module.seed(today=today, stdout=self.stdout)
        from registrar.demo import print_logins

        print_logins(self.stdout)
