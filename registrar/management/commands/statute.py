"""`manage.py statute list` / `manage.py statute due RULE_ID --trigger YYYY-MM-DD` (ADR 0005).

Closed days: Sundays, second and fourth Saturdays (registrar.calendar) plus the Holiday table.
Errors (unknown id, a rule outside the catalogue, an impossible date) exit with code 2 and one line on stderr.
"""

import json
import sys
from datetime import date, timedelta

from django.core.management.base import BaseCommand

from registrar.holidays import holiday_dates
from registrar.statute import NotCatalogued, UnknownRule, catalogue, due, get_rule

HOLIDAY_SPAN_DAYS = 60  # any run of closed days a roll-forward can meet


class Command(BaseCommand):
    help = "List the Act's catalogued time limits, or compute one rule's due dates for a trigger date."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("list", help="one catalogued rule per line: id, section, kind, automatic")
        due_parser = sub.add_parser("due", help="due dates of RULE_ID for --trigger, as one JSON object")
        due_parser.add_argument("rule_id")
        due_parser.add_argument("--trigger", required=True, help="YYYY-MM-DD")

    def fail(self, reason: str):
        self.stderr.write(f"statute: {reason}")
        sys.exit(2)

    def handle(self, *args, **options):
        if options["action"] == "list":
            for rule in catalogue().values():
                self.stdout.write("\t".join([rule.id, rule.section, rule.kind, str(rule.automatic).lower()]))
            return
        self.handle_due(options["rule_id"], options["trigger"])

    def handle_due(self, rule_id: str, trigger_text: str):
        try:
            trigger = date.fromisoformat(trigger_text)
        except ValueError:
            self.fail(f"invalid --trigger date {trigger_text!r} (want an existing date, YYYY-MM-DD)")
        try:
            rule = get_rule(rule_id)
        except (UnknownRule, NotCatalogued) as exc:
            self.fail(exc.args[0])
        try:
            rough = due(rule.id, trigger, frozenset())
        except (OverflowError, ValueError) as exc:
            self.fail(f"date out of range for {rule.id}: {exc}")
        start = min(trigger, rough.last_day)
        end = max(trigger, rough.last_day) + timedelta(days=HOLIDAY_SPAN_DAYS)
        result = due(rule.id, trigger, holiday_dates(start, end))
        payload = {
            "rule": rule.id,
            "section": rule.section,
            "trigger": trigger.isoformat(),
            "last_day": result.last_day.isoformat(),
            "filing_last_day": result.filing_last_day.isoformat(),
            "effective_on": result.effective_on.isoformat() if result.effective_on else None,
            "automatic": rule.automatic,
        }
        self.stdout.write(json.dumps(payload))
