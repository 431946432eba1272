"""Sudden closures: a new holiday re-dates the open filings whose stored last day it closes (ADR 0007).

A society's or citizen's act done at an office that falls due on a closed day may be done on the next open day
(General Clauses Act s.10; `registrar.calendar.next_open_day`). Domains store the resulting *filing* last day on
their rows. When the Directorate adds a holiday (a flood, a strike) after those days were computed, the rows
whose stored last day is now closed move to the next open day, and the society is told.

How a domain takes part
-----------------------
Declare the clock with `redate=` (registrar.clocks.Clock): the frame's redater (registrar/clocks/views.py
`redate`) selects the open rows whose stored last day is the closed day and stores what `redate(row,
closed_days)` returns. The hand-written form below is what that derivation does, and what test doubles use::

    from registrar.redating import Redated, redater, refile_last_day

    @redater("annual_returns")
    def returns_redate(*, closed_day: date, closed_days: frozenset[date], today: date) -> list[Redated]:
        moved = []
        for row in AnnualReturn.objects.select_for_update(of=("self",)).filter(state="open", due_on=closed_day):
            new = refile_last_day("annual_return_filing", row.trigger_on, closed_days)
            if new != row.due_on:
                moved.append(Redated(society=row.society, subject_label=str(row), rule_id="annual_return_filing",
                                     old_last_day=row.due_on, new_last_day=new, target=row))
                row.due_on = new
                row.save(update_fields=["due_on"])
        return moved

- `closed_day` is the new holiday; `closed_days` every holiday the office knows around it (Sundays and the
  second and fourth Saturdays are implied by the calendar and never listed).
- The redater selects its open rows whose stored filing last day is `closed_day` (an indexed column), locks
  them, stores the new last day and returns one `Redated` per row it moved. It writes no activity entry and
  sends no notice: `holiday_redate` records one `registrar.filing_redated` entry per row and notifies the
  society's secretaries, in the same transaction as the redater's updates.
- Only filings *by a society or citizen at an office* roll forward. Deemed outcomes against the Registrar (the
  registration clock) never do, so registration registers no redater.

Removing a holiday re-dates nothing: a last day once promised is not taken away (ADR 0007).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from . import activity
from .actions import RegistrarAction
from .holidays import holidays_around
from .notify import notify
from .statute.engine import due

NOTICE_SUBJECT = _("Your last day for %(subject)s has moved to %(new)s")
NOTICE_BODY = _("Your last day for %(subject)s moved from %(old)s to %(new)s because the office was closed on "
                "%(closed)s.")


@dataclass(frozen=True)
class Redated:
    society: object
    subject_label: str
    rule_id: str
    old_last_day: date
    new_last_day: date
    target: object = None  # the domain row (for the activity entry's target); optional


Redater = Callable[..., list[Redated]]

_REGISTRY: dict[str, Redater] = {}


def redater(name: str):
    """Register `fn(*, closed_day, closed_days, today) -> list[Redated]` under a unique name."""

    def decorate(func: Redater) -> Redater:
        if name in _REGISTRY and _REGISTRY[name] is not func:
            raise ValueError(f"a redater named {name!r} is already registered")
        _REGISTRY[name] = func
        return func

    return decorate


def unregister(name: str) -> None:
    """For tests that register a stand-in redater."""
    _REGISTRY.pop(name, None)


def registered() -> dict[str, Redater]:
    """The redaters derived from declared clocks (named by clock) and any registered by hand (test doubles)."""
    from functools import partial

    from .clocks.views import redate, redating_clocks

    derived = {clock.name: partial(redate, clock) for clock in redating_clocks()}
    return dict(sorted({**derived, **_REGISTRY}.items()))


def refile_last_day(rule_id: str, trigger: date, closed_days: frozenset[date]) -> date:
    """The filing last day of `rule_id` from `trigger` with these closed days (the statute engine's answer)."""
    return due(rule_id, trigger, frozenset(closed_days)).filing_last_day


def holiday_redate(*, closed_day: date, today: date, actor=None, also_closed: frozenset = frozenset()
                   ) -> list[Redated]:
    """Run every redater for a newly closed day; log and notify each moved filing. Returns what moved.
    `also_closed`: further days no filing could be made, beyond the holidays (a portal outage's other days,
    appeals.outages), so a last day moves past the whole outage at once.

    Each redater runs in its own transaction with the entries and notices it causes, so one domain's failure
    does not undo another's re-dating. Filings whose last day already passed before `today` are left alone
    by contract: redaters select open rows only.
    """
    closed_days = holidays_around(closed_day) | {closed_day} | frozenset(also_closed)
    moved: list[Redated] = []
    for name, func in registered().items():
        with transaction.atomic():
            rows = list(func(closed_day=closed_day, closed_days=closed_days, today=today) or [])
            for row in rows:
                _record(row, name=name, closed_day=closed_day, actor=actor)
            moved.extend(rows)
    return moved


def _record(row: Redated, *, name: str, closed_day: date, actor) -> None:
    activity.record(RegistrarAction.FILING_REDATED, actor=actor, society=row.society,
                    target=row.target if row.target is not None else "", data={
                        "redater": name, "rule_id": row.rule_id, "subject": row.subject_label,
                        "old_last_day": row.old_last_day, "new_last_day": row.new_last_day,
                        "closed_day": closed_day})
    from .selectors import society_secretaries

    params = {"subject": row.subject_label, "old": f"{row.old_last_day:%d %b %Y}",
              "new": f"{row.new_last_day:%d %b %Y}", "closed": f"{closed_day:%d %b %Y}"}
    key = f"redated:{row.rule_id}:{activity.target_label(row.target) or row.subject_label}:{row.new_last_day}"
    for user in society_secretaries(row.society):
        transaction.on_commit(lambda user=user: notify(user, key=key, subject=NOTICE_SUBJECT, body=NOTICE_BODY,
                                                       params=params))
