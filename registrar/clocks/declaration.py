"""What a clock declaration holds. Pure data: the derivations live in derive.py."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Q

from registrar.reminders import DEFAULT_OFFSETS

# What happens when the last day passes (issue 12 point 1). EFFECT only for rules the pack marks automatic.
EFFECT = "effect"        # a legal effect, dated on the legal day (deemed registration, Board dissolved)
FLAG = "flag"            # a flag for an officer's order (the officer's 90 days under s.41(6))
STATUS = "status"        # a status change (a filing becomes overdue)
# Going to the officer above is not an expiry kind any more: it writes nothing, so it is the clock's
# `escalation=` (below), computed from the dates when My work is read (ADR 0036-escalation-my-work).
EXPIRY_KINDS = (EFFECT, FLAG, STATUS)

# Who fixes the period: the Act (dates from the statute engine), an officer's order (a stored due date), or the
# office's own service target. The deadlines board shows which.
STATUTE = "statute"
OFFICER = "officer"
SERVICE = "service"
PERIOD_KINDS = (STATUTE, OFFICER, SERVICE)

# Who is reminded.
SECRETARIES = "secretaries"              # the society's secretaries (guardian grant)
DISTRICT_OFFICERS = "district_officers"  # every active officer of the district
DECIDING_OFFICERS = "deciding_officers"  # the district's ARCS and the Directorate ranks above them
ASSIGNEE = "assignee"                    # the user at the clock's `assignee` path (an outside party too)
RECIPIENT_KINDS = (SECRETARIES, DISTRICT_OFFICERS, DECIDING_OFFICERS, ASSIGNEE)

# `Expiry(stayed_by=ITSELF)`: the clock's row is the order whose effect it is (orders.clocks).
ITSELF = "self"

# Deemed outcomes that run against the Registrar: a stay of an order never postpones them (s.111(4) holds only
# the effects of the order stayed; lifecycles.md §15 item 24, ADR 0032-stays), so a clock of one of these rules
# cannot be declared `stayed_by`. rules.yaml id -> section.
DEEMED_AGAINST_REGISTRAR = {
    "registration_deemed_60d": "11 proviso",
    "membership_deemed_admission_90d": "20(2)",
    "gm_proceedings_deemed_approved_15d": "45(1)",
}


@dataclass(frozen=True, eq=False)
class Expiry:
    """The sweeper that acts when the last day has passed. Exactly one of `apply` and `settle`.

    `apply(row, today)` runs on the row, locked (skip_locked) and re-checked, in its own savepoint.
    `settle(society, today)` runs on the row's society, locked, and applies every due effect of that society in
    the order of their legal dates (several clocks acting on one society: one late run equals the daily runs).
    Both return a line, a list of lines, or None.

    `stayed_by`: the effect is an effect of an order (orders.Order), reached from the row by this lookup path
    (ITSELF: the row is the order). The frame then asks orders.stays.held_effect_date(order, legal date) with
    the legal date the day after the last day: while a stay holds it the row is skipped (no effect, no
    activity, no sweep problem); once due, `apply(row, today, on=effect_date)` receives the day the effect
    falls (the legal date, or the day after the stay ended). Without `stayed_by`, `apply(row, today)` as before.
    """

    kind: str
    sweeper: str
    order: int
    description: str
    apply: Callable | None = None
    settle: Callable | None = None
    due: Q | None = None            # the rows the sweeper visits, when not the clock's open rows
    related: tuple[str, ...] = ()   # select_related for the locked row
    stayed_by: str | None = None    # path from the row to the orders.Order whose effect this is (ITSELF)

    def __post_init__(self):
        if self.kind not in EXPIRY_KINDS:
            raise ValueError(f"expiry kind must be one of {EXPIRY_KINDS}, not {self.kind!r}")
        if (self.apply is None) == (self.settle is None):
            raise ValueError(f"{self.sweeper}: give exactly one of apply= and settle=")
        if self.stayed_by is not None and self.apply is None:
            raise ValueError(f"{self.sweeper}: an effect held by a stay is applied per row (apply=), not settled")


@dataclass(frozen=True, eq=False)
class Reminders:
    """Reminders `offsets` days before the last day, once per (recipient, row, offset)."""

    sweeper: str
    order: int
    description: str
    recipients: str
    trigger: str                     # the field the period runs from (a reminder before it is skipped)
    subject: object
    body: object
    params: Callable                 # (row, today) -> dict for the subject and body
    offsets: tuple[int, ...] = DEFAULT_OFFSETS
    sms: bool = False
    where: Q = field(default_factory=Q)   # rows reminded, beyond the clock's open rows
    url: Callable | None = None      # (row) -> url; default the clock's url

    def __post_init__(self):
        if self.recipients not in RECIPIENT_KINDS:
            raise ValueError(f"recipients must be one of {RECIPIENT_KINDS}, not {self.recipients!r}")


@dataclass(frozen=True)
class Escalation:
    """An open row whose last day has passed goes up the officer ladder (registrar.ladder): the day after the
    last day it is on the next rank's My work, and one rank higher for every `after_days` more days it stays
    undecided, up to the Registrar. The rank below keeps it (overdue). Computed from the dates when read:
    nothing is written, so a late or failed sweep changes nothing."""

    after_days: int
    base_rank: str = "arcs"          # who has the row before it escalates (registrar.ladder.BASE_RANK)

    def __post_init__(self):
        if self.after_days < 1:
            raise ValueError("escalation after_days must be at least 1")

    def level(self, last_day: date, today: date) -> int:
        """0 up to the last day; 1 from the day after it; +1 after every further `after_days` days."""
        from registrar.ladder import top_level

        if today <= last_day:
            return 0
        return min(1 + ((today - last_day).days - 1) // self.after_days, top_level(self.base_rank))

    def rank(self, last_day: date, today: date) -> str:
        from registrar.ladder import escalation_rank

        return escalation_rank(self.base_rank, self.level(last_day, today))

    def latest_last_day(self, level: int, today: date) -> date:
        """Rows at `level` or above today are those whose last day is on or before this date (level >= 1)."""
        return today - timedelta(days=1 + (level - 1) * self.after_days)


@dataclass(frozen=True, eq=False)
class Clock:
    name: str
    rule_id: str
    model: type
    due_field: str                   # the indexed last-day column
    open: Q                          # still open: on the board, reminded, swept
    district: str                    # path from the model to its District (jurisdiction)
    subject: Callable                # (row) -> the board's subject label
    url: Callable                    # (row) -> the officer's link
    society: str | None = "society"  # path from the model to its Society (timeline); None: no timeline
    period: str = STATUTE
    expiry: Expiry | None = None
    reminders: Reminders | None = None
    timeline_label: Callable | None = None   # (row) -> label on the society's timeline; None: not on it
    timeline_rows: Q = field(default_factory=Q)   # which rows the timeline shows (default: all with a due date)
    met: Q | None = None             # a timeline row whose duty is done (default: not open)
    redate: Callable | None = None   # (row, closed_days) -> new filing last day: filings only (ADR 0007)
    related: tuple[str, ...] = ()    # select_related for the board and reminders
    escalation: Escalation | None = None   # up the officer ladder after the last day (My work)
    assignee: str | None = None      # path to the user the row is assigned to (My work), e.g. "assigned_officer"

    def __post_init__(self):
        if self.period not in PERIOD_KINDS:
            raise ValueError(f"{self.name}: period must be one of {PERIOD_KINDS}")
        if self.expiry is not None and self.expiry.stayed_by is not None and self.rule_id in DEEMED_AGAINST_REGISTRAR:
            raise ValueError(f"{self.name}: {self.rule_id} is a deemed outcome against the Registrar "
                             f"(s.{DEEMED_AGAINST_REGISTRAR[self.rule_id]}); a stay never postpones it, so it "
                             "cannot be stayed_by an order")

    def __str__(self) -> str:
        return f"clock {self.name} ({self.rule_id})"


@dataclass(frozen=True, eq=False)
class Chore:
    """A sweeper that keeps rows in order, not a last day: isolated per row, not on the board or timeline.

    `due_query(today)` selects the rows; `apply(row, today)` runs on each, locked with skip_locked through
    `lock` (a filter on the model re-checking the row). `repeat`: run again while new rows become due (opening
    a year may make the next one due after a long gap)."""

    sweeper: str
    order: int
    description: str
    model: type
    due_query: Callable[[date], object]
    apply: Callable
    district: str = "society__district"   # path to the row's District (who sees its sweep problems)
    lock: Q = field(default_factory=Q)
    related: tuple[str, ...] = ()
    repeat: bool = False


def follow(row, path: str):
    """The object at a Django lookup path from a row: follow(year, "society__district") is year.society.district."""
    for part in path.split("__"):
        row = getattr(row, part)
    return row


_CLOCKS: dict[str, Clock] = {}
_CHORES: dict[str, Chore] = {}


def declare(clock: Clock) -> Clock:
    """Declare a clock once; the frame registers its sweepers at once and derives its other views on demand."""
    from . import derive

    if clock.name in _CLOCKS and _CLOCKS[clock.name] is not clock:
        raise ValueError(f"clock {clock.name!r} declared twice")
    _CLOCKS[clock.name] = clock
    derive.register_sweepers(clock)
    return clock


def chore(item: Chore) -> Chore:
    from . import derive

    if item.sweeper in _CHORES and _CHORES[item.sweeper] is not item:
        raise ValueError(f"chore {item.sweeper!r} declared twice")
    _CHORES[item.sweeper] = item
    derive.register_chore(item)
    return item


def declared() -> list[Clock]:
    return sorted(_CLOCKS.values(), key=lambda c: c.name)


def declared_chores() -> list[Chore]:
    return sorted(_CHORES.values(), key=lambda c: c.sweeper)
