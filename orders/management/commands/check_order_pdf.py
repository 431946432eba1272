"""Check the office's signature on an order PDF, offline (ADR 0033): intact, trusted, signer, signing time."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from orders.signing import signature_status


class Command(BaseCommand):
    help = "Check the signature of an order PDF against the office's root certificate (no network)."

    def add_arguments(self, parser):
        parser.add_argument("pdf", nargs="+", help="PDF file(s) to check.")
        parser.add_argument("--root", action="append", default=None,
                            help="A root certificate (PEM/DER) to trust instead of ORDER_SIGNING_CA_CERTS.")

    def handle(self, *args, pdf, root, **options):
        roots = None
        if root:
            from pyhanko.keys import load_certs_from_pemder

            roots = list(load_certs_from_pemder(root))
        failed = 0
        for name in pdf:
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"No such file: {path}")
            check = signature_status(path.read_bytes(), trust_roots=roots)
            if check.valid:
                self.stdout.write(f"{path}: VALID - signed by {check.signer} at {check.signed_at:%Y-%m-%d %H:%M %z}"
                                  ", not changed since")
            else:
                failed += 1
                self.stdout.write(f"{path}: NOT VALID - {check.problem}"
                                  + (f" (signer {check.signer})" if check.signer else ""))
        if failed:
            raise CommandError(f"{failed} of {len(pdf)} file(s) failed the check.")
