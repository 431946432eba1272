from datetime import date

from django.core.management.base import BaseCommand, CommandError

from registrar import clock, sweeps


class Command(BaseCommand):
    help = "Run the statutory sweepers for a day (default: today in IST) and print what each did."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="YYYY-MM-DD: the run date (effects are still dated on the legal day)")
        parser.add_argument("--only", help="run one sweeper by name")
        parser.add_argument("--list", action="store_true", help="list the sweepers and exit")

    def handle(self, *args, **options):
        if options["list"]:
            for s in sweeps.registered():
                self.stdout.write(f"{s.name}\t{s.description}")
            return
        try:
            today = date.fromisoformat(options["today"]) if options["today"] else clock.today()
        except ValueError:
            raise CommandError(f"--today must be a real date as YYYY-MM-DD, not {options['today']!r}") from None
        try:
            results = sweeps.run_all(today=today, only=options["only"])
        except KeyError as exc:
            raise CommandError(str(exc.args[0])) from None
        self.stdout.write(f"sweeps for {today.isoformat()}:")
        for sweeper, result in results:
            self.stdout.write(f"  {sweeper.name}: {result.count}")
            for line in result.lines:
                self.stdout.write(f"    - {line}")
            for problem in result.problems:
                self.stderr.write(f"  {sweeper.name} FAILED on {problem}")
        if not results:
            self.stdout.write("  (no sweepers registered)")
        failed = sum(len(result.problems) for _sweeper, result in results)
        if not options["only"]:
            from registrar import outbox

            # Notices a crashed run (or a dead worker) left unsent go out again (issue 11 § 4).
            redelivered = outbox.redeliver_due()
            if redelivered:
                self.stdout.write(f"  outbox: {redelivered} unsent notice message(s) dispatched again")
        if failed:
            # Every other row and sweeper ran; the failing rows are on /office/sweep-problems/ and are retried.
            raise CommandError(f"{failed} row(s) failed; see /office/sweep-problems/ (retried on the next run)")
