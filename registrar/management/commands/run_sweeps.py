from contextlib import contextmanager
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from registrar import clock, rehearsal, sweeps


class Command(BaseCommand):
    help = "Run the statutory sweepers for a day (default: today in IST) and print what each did."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="YYYY-MM-DD: the run date (effects are still dated on the legal day)")
        parser.add_argument("--only", help="run one sweeper by name")
        parser.add_argument("--list", action="store_true", help="list the sweepers and exit")
        parser.add_argument("--rehearsal", action="store_true",
                            help="rehearse on a copy marked by mark_as_rehearsal_copy: allows a --today after the "
                                 "real date; e-mail and SMS stay in the copy's outbox")

    def handle(self, *args, **options):
        if options["list"]:
            for s in sweeps.registered():
                self.stdout.write(f"{s.name}\t{s.description}")
            return
        try:
            today = date.fromisoformat(options["today"]) if options["today"] else clock.today()
        except ValueError:
            raise CommandError(f"--today must be a real date as YYYY-MM-DD, not {options['today']!r}") from None
        real_today = clock.today()
        if options["rehearsal"]:
            if not rehearsal.is_rehearsal_copy():
                raise CommandError(str(rehearsal.NOT_A_COPY % {"database": rehearsal.database_identity()}))
            self.stdout.write(str(rehearsal.REHEARSING % {"database": rehearsal.database_identity(),
                                                          "day": today.isoformat()}))
            with self._nothing_leaves_the_copy():
                return self._run(today, options)
        if today > real_today:
            raise CommandError(str(rehearsal.FUTURE_REFUSED % {"day": today.isoformat(),
                                                                "today": real_today.isoformat()}))
        return self._run(today, options)

    @contextmanager
    def _nothing_leaves_the_copy(self):
        """A rehearsal's notices are addressed to real people, and a Celery worker would read the live database:
        deliveries run in this process, into the copy's outbox, through a mail backend that keeps them."""
        from config.celery import app as celery_app

        eager = celery_app.conf.task_always_eager
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
                               SMS_BACKEND="registrar.sms.ConsoleSMSBackend"):
            celery_app.conf.task_always_eager = True
            try:
                yield
            finally:
                celery_app.conf.task_always_eager = eager

    def _run(self, today, options):
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
