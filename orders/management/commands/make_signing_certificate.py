"""Write a self-made test authority and an office signing certificate for order PDFs (ADR 0033).

For the quick start, the demo and development: by default into var/signing/ (the paths settings use with DEBUG
on), and only when no certificate is there yet, so `scripts/demo.sh` can run it every time. A production office
configures a certificate from a licensed Certifying Authority instead (ORDER_SIGNING_* settings)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from orders.signing import CERT_FILE, KEY_FILE, ROOT_FILE, make_test_certificate


class Command(BaseCommand):
    help = "Create a test root and an office certificate for signing order PDFs (var/signing/ by default)."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=str(settings.BASE_DIR / "var" / "signing"),
                            help="Directory to write root.cert.pem, office.key.pem and office.cert.pem into.")
        parser.add_argument("--force", action="store_true", help="Replace a certificate already there.")

    def handle(self, *args, dir, force, **options):
        directory = Path(dir)
        present = [directory / name for name in (ROOT_FILE, KEY_FILE, CERT_FILE) if (directory / name).exists()]
        if present and not force:
            if len(present) < 3:
                raise CommandError(f"{directory} holds only part of a certificate ({', '.join(map(str, present))});"
                                   " run with --force to make a new one.")
            self.stdout.write(f"Signing certificate already in {directory} (use --force to replace it).")
            return
        paths = make_test_certificate(directory)
        self.stdout.write(self.style.SUCCESS(
            f"Test signing certificate written: {paths['cert']} (key {paths['key']}, root {paths['root']})."))
        self.stdout.write("It is a TEST certificate from a self-made root: PDF readers show the signature as "
                          "intact but the signer unknown unless that root is trusted.")
