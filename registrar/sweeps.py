"""The sweeper framework: every automatic consequence of the Act is one registered sweeper.

A sweeper is `fn(*, today: date) -> SweepResult`. It selects rows whose legal day has passed through an
indexed due-date column, locks each (`select_for_update(skip_locked=True)`), re-checks, applies the effect
dated on the legal day (not `today`), logs and notifies. Running it twice does it once.

Apps register sweepers in their `sweepers.py` (imported by their AppConfig.ready). `run_all` runs them in
`order`, which is how `manage.py run_sweeps` and the 00:05 IST beat task reach them.

The due query contract (every new sweeper must follow it):

- Register with `due_query=`: a callable `(today: date) -> QuerySet` returning exactly the selection the
  sweeper iterates: the model whose rows are due, filtered on the indexed due-date column, ordered. The
  sweeper builds its selection by calling that same function (adding only `.values_list("pk", flat=True)` or
  `.iterator()`), so the query that is EXPLAINed is the query that runs.
- It must be answerable from an index: tests/sweeps/test_explain_postgres.py walks `registered()` and, on
  PostgreSQL with a few thousand rows per table and ANALYZE (no `enable_seqscan = off`), fails when a
  sweeper has no due_query or when the plan has a Seq Scan on the queryset's own table. Joined lookup tables
  (districts) may be scanned. Rows for a new table go into bench/sweep_data.py, which fills both that test
  and bench/run_sweeps_bench.py.
- Keep it free of side effects and of the clock: `today` is the only input.

`due_query` is optional in the decorator signature only so that half-written sweepers still import; the test
above treats a missing one as a failure.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django.db.models import QuerySet


@dataclass
class SweepResult:
    count: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.count += 1
        self.lines.append(line)


@dataclass(frozen=True)
class Sweeper:
    name: str
    func: Callable[..., SweepResult]
    description: str
    order: int
    due_query: Callable[[date], QuerySet] | None = None


_REGISTRY: dict[str, Sweeper] = {}


def sweeper(name: str, *, description: str, order: int = 100,
            due_query: Callable[[date], QuerySet] | None = None):
    """Register `func` as sweeper `name`. Pass `due_query=` (see the module docstring): new code must."""
    def decorate(func):
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise ValueError(f"sweeper {name!r} registered twice")
        _REGISTRY[name] = Sweeper(name, func, description, order, due_query)
        return func

    return decorate


def registered() -> list[Sweeper]:
    return sorted(_REGISTRY.values(), key=lambda s: (s.order, s.name))


def get(name: str) -> Sweeper:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no sweeper named {name!r}; known: {', '.join(sorted(_REGISTRY)) or 'none'}") from None


def run_all(*, today: date, only: str | None = None) -> list[tuple[Sweeper, SweepResult]]:
    chosen = [get(only)] if only else registered()
    return [(s, s.func(today=today)) for s in chosen]
