"""Mark the database in use as a rehearsal copy, so `run_sweeps --rehearsal --today <future day>` may run on it.

Run it only against a copy (e.g. `createdb -T sahakar sahakar_rehearsal`, then this command with that
DATABASE_URL). It asks for the database's name to be typed back unless --database-name names it."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from registrar import rehearsal


class Command(BaseCommand):
    help = "Mark this database as a rehearsal copy (run_sweeps --rehearsal may then date sweeps in the future)."

    def add_arguments(self, parser):
        parser.add_argument("--database-name", help="the name of the database in use, typed back as a check")
        parser.add_argument("--note", default="", help="why the copy was made (kept with the mark)")

    def handle(self, *args, **options):
        name = str(connection.settings_dict.get("NAME"))
        typed = options["database_name"]
        if typed is None:
            typed = input(f"This marks the database {rehearsal.database_identity()} as a REHEARSAL COPY. "
                          f"It must not be the live database. Type its name ({name}) to confirm: ")
        if typed.strip() != name:
            raise CommandError(f"Not marked: {typed.strip()!r} is not the name of the database in use ({name}).")
        mark = rehearsal.mark_as_rehearsal_copy(note=options["note"])
        self.stdout.write(f"Marked {mark.database} as a rehearsal copy on {mark.marked_at:%d %b %Y %H:%M}.")
