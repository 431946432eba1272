"""The sweeper framework: every automatic consequence of the Act is one registered sweeper.

A sweeper is `fn(*, today: date) -> SweepResult`. It selects rows whose legal day has passed through an
indexed due-date column, locks each (`select_for_update(skip_locked=True)`), re-checks, applies the effect
dated on the legal day (not `today`), logs and notifies. Running it twice does it once.

Apps register sweepers in their `sweepers.py` (imported by their AppConfig.ready). `run_all` runs them in
`order`, which is how `manage.py run_sweeps` and the 00:05 IST beat task reach them.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date


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


_REGISTRY: dict[str, Sweeper] = {}


def sweeper(name: str, *, description: str, order: int = 100):
    def decorate(func):
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise ValueError(f"sweeper {name!r} registered twice")
        _REGISTRY[name] = Sweeper(name, func, description, order)
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
