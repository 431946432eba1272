"""SMS behind an interface. The console backend prints; a real gateway is a class with the same `send`."""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

log = logging.getLogger("registrar.sms")
outbox: list[tuple[str, str]] = []  # what the console backend "sent", for tests and the demo


class ConsoleSMSBackend:
    def send(self, number: str, text: str) -> None:
        outbox.append((number, text))
        log.info("SMS to %s: %s", number, text)


def get_backend():
    return import_string(settings.SMS_BACKEND)()
