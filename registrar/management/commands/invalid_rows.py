"""List the rows that break the portal's CHECK constraints, then validate the constraints (ADR 0012-input-bounds)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from registrar import constraints

HELP = """List the rows that break a CHECK constraint (a financial-year end that is not a real day, a date before
the Act's commencement on 10 Mar 2012, a negative amount), for the office to correct.

The constraints of issue 10 were added NOT VALID on PostgreSQL: every row inserted or changed since is checked,
but rows already in the database were not. The steps, once after deploying:

  1. manage.py invalid_rows             lists each breaking row (exit status 1 while any is left);
  2. correct each listed row from the paper file (an administrator, on the Registrar's instruction);
  3. manage.py invalid_rows --validate  runs ALTER TABLE ... VALIDATE CONSTRAINT for every constraint no row
                                        breaks any more (reads and writes go on meanwhile). A constraint that
                                        rows still break stays NOT VALID, and the command says which.

Until a constraint is validated, a listed row cannot be changed at all (PostgreSQL checks the new version of
the row), so a transition on it fails; correct it first. On SQLite the constraints are always enforced and
there is nothing to validate.
"""

# What each constraint means, in the office's words.
MEANING = {
    "society_fy_end_real_day": "The society's financial year must end on a day that exists every year.",
    "application_fy_end_real_day": "A received application's financial year must end on a day that exists "
                                   "every year.",
    "application_share_capital_not_negative": "A received application's authorised share capital is not "
                                              "negative.",
    "application_received_since_act": "An application is not received before 10 Mar 2012.",
    "application_hearing_since_act": "A hearing is not held before 10 Mar 2012.",
    "application_dispatched_since_act": "A certificate or refusal is not dispatched before 10 Mar 2012.",
    "requisition_received_since_act": "A requisition is not received before 10 Mar 2012.",
    "board_meeting_held_since_act": "A Board meeting under the Act is not held before 10 Mar 2012.",
    "general_meeting_held_since_act": "A general meeting under the Act is not held before 10 Mar 2012.",
    "proceedings_received_since_act": "Proceedings are not received before 10 Mar 2012.",
    "annual_return_money_not_negative": "An annual return's money (all but profit or loss) is not negative.",
}


class Command(BaseCommand):
    help = HELP

    def create_parser(self, prog_name, subcommand, **kwargs):
        from argparse import RawDescriptionHelpFormatter

        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.formatter_class = RawDescriptionHelpFormatter
        return parser

    def add_arguments(self, parser):
        parser.add_argument("--validate", action="store_true",
                            help="Validate (ALTER TABLE ... VALIDATE CONSTRAINT) every NOT VALID constraint that "
                                 "no row breaks.")
        parser.add_argument("--limit", type=int, default=50, help="Rows shown per constraint (default 50).")

    def handle(self, *args, validate=False, limit=50, **options):
        pending = constraints.not_validated()
        broken_total = 0
        still_not_valid = []
        for bounded in constraints.bounded_constraints():
            name = bounded.constraint.name
            rows = constraints.breaking_rows(bounded)
            count = rows.count()
            state = "NOT VALID" if name in pending else "valid"
            if count == 0 and validate and name in pending:
                constraints.validate(bounded)
                pending.discard(name)
                state = "validated now"
            elif count and name in pending:
                still_not_valid.append(name)
            self.stdout.write(f"{bounded.label} [{state}]: {count} row(s) break it. {MEANING.get(name, '')}".rstrip())
            if not count:
                continue
            broken_total += count
            objects = {obj.pk: obj for obj in bounded.model._default_manager.filter(
                pk__in=[row["pk"] for row in rows[:limit]])}
            for row in rows[:limit]:
                values = ", ".join(f"{field}={value}" for field, value in row.items() if field != "pk")
                self.stdout.write(f"    #{row['pk']} {objects.get(row['pk'], '')}: {values}")
            if count > limit:
                self.stdout.write(f"    ... and {count - limit} more (--limit)")
        if connection.vendor != "postgresql":
            self.stdout.write(f"{connection.vendor}: constraints are always enforced; nothing to validate.")
        elif pending and not validate:
            self.stdout.write(f"NOT VALID: {', '.join(sorted(pending))}. Correct the rows listed, then run "
                              "manage.py invalid_rows --validate.")
        if broken_total:
            raise CommandError(f"{broken_total} row(s) break a constraint"
                               + (f"; still NOT VALID: {', '.join(still_not_valid)}" if still_not_valid else "")
                               + ". Correct them (see --help), then run manage.py invalid_rows --validate.")
