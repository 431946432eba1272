"""Print the current TOTP code of a demo login, so the demo can be walked without a phone (issue 11 § 8).

Only for the devices seed_demo made (named "demo"), and only with DEBUG on: a production server refuses."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Print the current 6-digit code of a demo login's second factor (DEBUG only)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        from django_otp.oath import TOTP
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from registrar.demo import DEMO_DEVICE_NAME

        if not settings.DEBUG:
            raise CommandError("demo_totp works only with DEBUG on (the demo); real officers use their own app.")
        device = TOTPDevice.objects.filter(user__username=username, name=DEMO_DEVICE_NAME, confirmed=True).first()
        if device is None:
            raise CommandError(f"{username!r} has no demo second factor: run seed_demo first.")
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        totp.time = time.time()
        left = device.step - int(totp.time - device.t0) % device.step
        self.stdout.write(f"{totp.token():06d}  (valid for {left} more seconds)")
