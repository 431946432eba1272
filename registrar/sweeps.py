"""The sweeper registry and the isolated per-row runner: every automatic consequence of the Act runs here.

Sweepers are not written by hand: a module declares a clock (`registrar.clocks.Clock`) or a chore
(`registrar.clocks.Chore`) and the frame registers the sweepers it derives (`register`, below), each with its
due query. `run_all` runs them in `order`, which is how `manage.py run_sweeps` and the 00:05 IST beat task
reach them.

One bad row never stops the Act's sweeps (issue 10 point 1). `run_isolated` runs each unit of work (a row, or
a society for a settle step) in its own transaction or savepoint: a unit that raises is rolled back, recorded
as a `SweepProblem` (sweeper, row, error, first and last failure), named in the run's output, and retried on
the next run, while every other unit and every later sweeper still runs. `run_all` also isolates whole
sweepers (a due query that raises is one problem, row ""), and records the run (`SweepRun`) for `/healthz`.

The due query contract: `due_query(today) -> QuerySet` is exactly the selection the sweeper iterates (the
frame builds both from the declaration), answerable from an index (tests/sweeps/test_explain_postgres.py
walks `registered()` on PostgreSQL), free of side effects and of the clock: `today` is the only input.
"""

import logging
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models import QuerySet

logger = logging.getLogger("sahakar.sweeps")


@dataclass
class SweepResult:
    count: int = 0
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.count += 1
        self.lines.append(line)

    def extend(self, lines) -> None:
        for line in lines or ():
            if line:
                self.add(line)


@dataclass(frozen=True)
class Sweeper:
    name: str
    func: Callable[..., SweepResult]
    description: str
    order: int
    due_query: Callable[[date], QuerySet] | None = None
    declaration: object = None  # the Clock or Chore it was derived from


_REGISTRY: dict[str, Sweeper] = {}


def register(name: str, func, *, description: str, order: int, due_query, declaration) -> Sweeper:
    """Called by registrar.clocks only: a sweeper exists because exactly one declaration derived it."""
    if name in _REGISTRY and _REGISTRY[name].declaration is not declaration:
        raise ValueError(f"sweeper {name!r} registered twice")
    _REGISTRY[name] = Sweeper(name, func, description, order, due_query, declaration)
    return _REGISTRY[name]


def registered() -> list[Sweeper]:
    return sorted(_REGISTRY.values(), key=lambda s: (s.order, s.name))


def get(name: str) -> Sweeper:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no sweeper named {name!r}; known: {', '.join(sorted(_REGISTRY)) or 'none'}") from None


# ---- isolation --------------------------------------------------------------------------------------------------

def row_label(model, key) -> str:
    return f"{model._meta.label_lower}:{key}" if model is not None else str(key)


def run_isolated(sweeper_name: str, units: Iterable, apply: Callable[[object], object], *, today: date,
                 label: Callable[[object], str] = str, result: SweepResult | None = None,
                 district_of: Callable[[object], int | None] | None = None,
                 describe: Callable[[object], tuple[str, str]] | None = None) -> SweepResult:
    """Apply `apply(unit)` to each unit in its own transaction (a savepoint inside an outer one).

    `apply` returns a line, a list of lines, or None (nothing to do: the row was taken by another worker or no
    longer due). A unit that raises is rolled back and recorded as a SweepProblem; one that succeeds after
    failing before resolves its problem. Returns the SweepResult (lines for effects, problems for failures).
    """
    from .models import SweepProblem

    result = result if result is not None else SweepResult()
    open_problems = set(SweepProblem.objects.filter(sweeper=sweeper_name, resolved_on__isnull=True)
                        .values_list("row", flat=True))
    for unit in units:
        name = label(unit)
        try:
            with transaction.atomic():
                lines = apply(unit)
        except Exception as exc:  # any error of one row must not stop the others
            logger.exception("sweeper %s failed on %s", sweeper_name, name)
            record_problem(sweeper_name, name, exc, today, district_id=_safely(district_of, unit),
                           description=_safely(describe, unit) or ("", ""))
            result.problems.append(f"{name}: {exc.__class__.__name__}: {exc}")
            continue
        result.extend([lines] if isinstance(lines, str) else lines)
        if name in open_problems:
            SweepProblem.objects.filter(sweeper=sweeper_name, row=name, resolved_on__isnull=True) \
                .update(resolved_on=today)
    return result


def _safely(read, unit):
    """The district or description of a failed unit, read fresh; None when the row cannot even be read (it may be
    what is broken): the problem is still recorded, without it."""
    if read is None:
        return None
    try:
        with transaction.atomic():
            return read(unit)
    except Exception:
        logger.exception("could not describe %s", unit)
        return None


def record_problem(sweeper_name: str, name: str, exc: BaseException, today: date, *,
                   district_id: int | None = None, description: tuple[str, str] = ("", "")) -> None:
    """Upsert the open problem of (sweeper, row) in its own transaction, after the row's work rolled back."""
    from django.db.models import F

    from . import clock
    from .models import SweepProblem

    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()[:2000]
    with transaction.atomic():
        updated = (SweepProblem.objects.filter(sweeper=sweeper_name, row=name, resolved_on__isnull=True)
                   .update(error=text, last_failed_on=today, last_failed_at=clock.now(), failures=F("failures") + 1))
        if not updated:
            SweepProblem.objects.create(sweeper=sweeper_name, row=name[:200], error=text, first_failed_on=today,
                                        last_failed_on=today, last_failed_at=clock.now(), district_id=district_id,
                                        subject=description[0][:200], url=description[1][:300])


def open_problem_count() -> int:
    from .models import SweepProblem

    return SweepProblem.objects.filter(resolved_on__isnull=True).count()


def run_all(*, today: date, only: str | None = None) -> list[tuple[Sweeper, SweepResult]]:
    """Run every sweeper (or one), in order; a sweeper that raises as a whole is one problem, and the next runs."""
    from . import clock
    from .models import SweepProblem, SweepRun

    chosen = [get(only)] if only else registered()
    run = SweepRun.objects.create(run_on=today, started_at=clock.now())
    results = []
    for sweeper in chosen:
        try:
            result = sweeper.func(today=today)
        except Exception as exc:  # the whole sweeper failed (its due query, say): go on
            logger.exception("sweeper %s failed", sweeper.name)
            record_problem(sweeper.name, "", exc, today)
            result = SweepResult(problems=[f"(whole sweeper): {exc.__class__.__name__}: {exc}"])
        else:
            SweepProblem.objects.filter(sweeper=sweeper.name, row="", resolved_on__isnull=True).update(resolved_on=today)
        results.append((sweeper, result))
    SweepRun.objects.filter(pk=run.pk).update(
        finished_at=clock.now(), done=sum(r.count for _s, r in results),
        failed=sum(len(r.problems) for _s, r in results))
    return results
