from django.core.management.base import BaseCommand, CommandError

from registrar.activity import verify_chain


class Command(BaseCommand):
    help = "Re-check the activity log's hash chain. Prints the count and head hash; exits non-zero on a break."

    def handle(self, *args, **options):
        report = verify_chain()
        if not report.ok:
            raise CommandError(
                f"activity chain BROKEN at entry #{report.first_broken_seq}: {report.reason} "
                f"({report.count} entries read)"
            )
        self.stdout.write(f"activity chain OK: {report.count} entries; head {report.head_hash}")
