"""`manage.py statute list` / `manage.py statute due RULE_ID --trigger YYYY-MM-DD [--window RULE_ID=YYYY-MM-DD]`
(ADR 0005, ADR 0015).

`list` prints one catalogued rule per line: id, section, kind, automatic, period ("no period" for a duty without
a number of days). `due` prints one JSON object; an earliest-day rule (s.84(h)) has `earliest_day` and no
`last_day`. `--window` gives the trigger of the window a rule waits on (the s.24(2) deletion hold waits on the
member's appeal window, which runs from the member's receipt of the decision).
Closed days: Sundays, second and fourth Saturdays (registrar.calendar) plus the Holiday table.
Errors (unknown id, a rule outside the catalogue, a duty without a period, a missing window, an impossible
date) exit with code 2 and one line on stderr.
"""

import json
import sys
from datetime import date

from django.core.management.base import BaseCommand

from registrar.statute import NoPeriod, NotCatalogued, UnknownRule, WindowNeeded, catalogue
from registrar.statute.oracle import due_payload


class Command(BaseCommand):
    help = "List the Act's catalogued time limits, or compute one rule's due dates for a trigger date."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("list", help="one catalogued rule per line: id, section, kind, automatic, period")
        due_parser = sub.add_parser("due", help="due dates of RULE_ID for --trigger, as one JSON object")
        due_parser.add_argument("rule_id")
        due_parser.add_argument("--trigger", required=True, help="YYYY-MM-DD")
        due_parser.add_argument("--window", help="RULE_ID=YYYY-MM-DD: the window the rule waits on, and its "
                                                 "trigger (register_deletion_hold_30d)")

    def fail(self, reason: str):
        self.stderr.write(f"statute: {reason}")
        sys.exit(2)

    def handle(self, *args, **options):
        if options["action"] == "list":
            for rule in catalogue().values():
                self.stdout.write("\t".join([rule.id, rule.section, rule.kind, str(rule.automatic).lower(),
                                              rule.timing]))
            return
        self.handle_due(options["rule_id"], options["trigger"], options["window"])

    def parse_date(self, text: str, option: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.fail(f"invalid {option} date {text!r} (want an existing date, YYYY-MM-DD)")

    def handle_due(self, rule_id: str, trigger_text: str, window_text: str | None):
        trigger = self.parse_date(trigger_text, "--trigger")
        window = None
        if window_text is not None:
            window_rule, _sep, window_trigger = window_text.partition("=")
            window = (window_rule, self.parse_date(window_trigger, "--window"))
        try:
            payload = due_payload(rule_id, trigger, window)
        except (UnknownRule, NotCatalogued) as exc:
            self.fail(exc.args[0])
        except (NoPeriod, WindowNeeded) as exc:
            self.fail(str(exc))
        except (OverflowError, ValueError) as exc:
            self.fail(f"date out of range for {rule_id}: {exc}")
        self.stdout.write(json.dumps(payload))
