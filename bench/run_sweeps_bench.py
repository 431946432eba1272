"""The whole daily sweep (registrar.sweeps.run_all, what `manage.py run_sweeps` and beat run) at 10,000 and
100,000 societies, with the same number of items due at both sizes.

Run: DATABASE_URL=postgres://... .venv/bin/python bench/run_sweeps_bench.py  (or bench/run_all.sh).
Data: bench/sweep_data.build (one INSERT ... SELECT FROM generate_series per table, then ANALYZE): N societies,
N registration applications and, where the supervision models exist, N Boards (5 directors each), financial
years, general meetings, proceedings, requisitions and officer appointments; each sweeper's DUE due rows sit on
their own DUE societies (sweep_data.BLOCKS), the rest are not due. The database is built once per N and kept as a template; each of
the ROUNDS timed runs starts from a fresh copy of it. Prints per-sweeper counts and ms, and the ratio
time(larger)/time(smaller) of the whole run (target: at most 1.5).

Exits non-zero, naming them, when a registered sweeper did 0 rows or a row raised (a SweepProblem) at either
size, or when the two sizes did different work: a sweeper that does nothing is not measured.
"""

import logging
import os
import statistics
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH_DB, _maintenance_conninfo, drop_database, fresh_database  # noqa: I001
import psycopg
from django.db import connection, connections

import sweep_data
from registrar import sweeps

# BENCH_SIZES=10000,1000000 for the public-register issue's 1,000,000 against 10,000 (a long build).
SIZES = tuple(int(n) for n in os.environ.get("BENCH_SIZES", "10000,100000").split(","))
DUE = 50
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))  # BENCH_ROUNDS=1 when the machine is busy and time short
TODAY = date.today()
TEMPLATE = f"{BENCH_DB}_template"


def _admin(sql: str, *, patience_s: float = 600) -> None:
    """Run a DROP/CREATE DATABASE, retrying while another session is in the database: after a 1,000,000-row
    build an autovacuum worker (which WITH (FORCE) may not terminate for us) often is, for a minute or two."""
    connections.close_all()
    deadline = time.monotonic() + patience_s
    while True:
        try:
            with psycopg.connect(_maintenance_conninfo(), autocommit=True) as conn:
                conn.execute(sql)
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if time.monotonic() > deadline:
                raise
            time.sleep(5)


def _timed_registry(on_start=None) -> dict[str, float]:
    """Wrap each registered sweeper so run_all still runs them all, in order, and we learn each one's time;
    `on_start(name)` is called as each begins (bench/profile_sweeps.py files its queries under it)."""
    spent: dict[str, float] = {}
    for name, entry in list(sweeps._REGISTRY.items()):
        def timed(*, today, _func=entry.func, _name=name):
            if on_start is not None:
                on_start(_name)
            started = time.perf_counter()
            try:
                return _func(today=today)
            finally:
                spent[_name] = time.perf_counter() - started
        sweeps._REGISTRY[name] = replace(entry, func=timed)
    return spent


def _plans() -> dict[str, str]:
    """The scan node on each due query's own table: which index it uses, at this size."""
    found = {}
    for s in sweeps.registered():
        if s.due_query is None:
            found[s.name] = "NO due_query"
            continue
        queryset = s.due_query(TODAY)
        table = queryset.model._meta.db_table
        lines = [line.strip() for line in queryset.explain().splitlines() if f" on {table}" in line]
        found[s.name] = lines[0].split("  (")[0] if lines else "?"
    return found


def run_size(n: int) -> dict:
    fresh_database()
    started = time.perf_counter()
    filled = sweep_data.build(n=n, due=DUE, today=TODAY)
    build_s = time.perf_counter() - started
    plans = _plans()
    _admin(f'DROP DATABASE IF EXISTS "{TEMPLATE}"')
    _admin(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE "{BENCH_DB}"')

    originals = dict(sweeps._REGISTRY)
    rounds = []
    try:
        for _ in range(ROUNDS):
            _admin(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
            _admin(f'CREATE DATABASE "{BENCH_DB}" TEMPLATE "{TEMPLATE}"')
            spent = _timed_registry()
            connection.ensure_connection()
            started = time.perf_counter()
            results = sweeps.run_all(today=TODAY)
            first_s = time.perf_counter() - started
            first_each = dict(spent)
            started = time.perf_counter()
            again = sweeps.run_all(today=TODAY)
            rerun_s = time.perf_counter() - started
            sweeps._REGISTRY.update(originals)
            rounds.append({"first_s": first_s, "rerun_s": rerun_s, "each": first_each,
                           "counts": {s.name: r.count for s, r in results},
                           "problems": {s.name: r.problems for s, r in results + again
                                        if getattr(r, "problems", None)},  # before the frame: none kept
                           "again": {s.name: r.count for s, r in again}})
    finally:
        sweeps._REGISTRY.update(originals)
        _admin(f'DROP DATABASE IF EXISTS "{TEMPLATE}"')
    counts = rounds[0]["counts"]
    problems = {name: lines for r in rounds for name, lines in r["problems"].items()}
    assert all(r["counts"] == counts for r in rounds), [r["counts"] for r in rounds]
    assert not any(sum(r["again"].values()) for r in rounds), "a second run did something: not idempotent"
    return {"n": n, "filled": filled, "build_s": build_s, "plans": plans, "counts": counts, "problems": problems,
            "first_s": statistics.median(r["first_s"] for r in rounds),
            "rerun_s": statistics.median(r["rerun_s"] for r in rounds),
            "each": {name: statistics.median(r["each"][name] for r in rounds) for name in counts}}


def idle_or_failing(row: dict) -> list[str]:
    """Why this size's run does not measure every sweeper: a registered sweeper that did no rows (its due rows
    are missing from bench/sweep_data/, or it skipped them all), or rows that raised (SweepProblems)."""
    found = []
    idle = [s.name for s in sweeps.registered() if not row["counts"].get(s.name)]
    if idle:
        found.append(f"{len(idle)} registered sweeper(s) did 0 rows: {', '.join(idle)} (give each its due rows "
                     f"in bench/sweep_data/: BLOCKS)")
    for name, lines in row["problems"].items():
        found.append(f"{name} failed on {len(lines)} row(s), e.g. {lines[0]}")
    return found


def main() -> None:
    logging.getLogger("registrar.sms").setLevel(logging.WARNING)  # the console SMS backend logs every text
    print(f"run_sweeps (registrar.sweeps.run_all) benchmark: today={TODAY}, {DUE} due rows (overdue, or a reminder "
          f"due today) per sweeper on their own societies, median of {ROUNDS} runs per size")
    rows = []
    try:
        for n in SIZES:
            print(f"\n--- {n:,} societies ---", flush=True)
            row = run_size(n)
            rows.append(row)
            print(f"built in {row['build_s']:.1f} s: " + ", ".join(f"{t} {c:,}" for t, c in row["filled"].items()))
            for name, plan in row["plans"].items():
                print(f"  {name:<40} {plan}")
            failures = idle_or_failing(row)
            if failures:
                for name in row["counts"]:
                    print(f"  {name:<40} did {row['counts'][name]:>5} rows")
                sys.exit(f"\nrun_sweeps_bench FAILED at {n:,} societies: " + "; ".join(failures))
    finally:
        drop_database()

    print("\n" + "=" * 92)
    names = list(rows[0]["counts"])
    print(f"{'sweeper':<40} | {'done':>5} | " + " | ".join(f"{r['n']:>8,} ms" for r in rows) + " | ratio")
    print("-" * 92)
    for name in names:
        done = rows[0]["counts"][name]
        same = all(r["counts"][name] == done for r in rows)
        times = [r["each"][name] * 1000 for r in rows]
        ratio = f"{times[-1] / times[0]:.2f}" if len(times) == 2 and times[0] else "-"
        print(f"{name:<40} | {done:>5}{'' if same else '!'} | " + " | ".join(f"{t:>11.1f}" for t in times)
              + f" | {ratio}")
    print("-" * 92)
    for label, key in (("whole run_all (first run)", "first_s"), ("second run (nothing due)", "rerun_s")):
        times = [r[key] for r in rows]
        ratio = f"{times[-1] / times[0]:.2f}" if len(times) == 2 else "-"
        print(f"{label:<40} | {'':>5} | " + " | ".join(f"{t * 1000:>11.1f}" for t in times) + f" | {ratio}")
    if len(rows) == 2:
        small, big = rows
        same = small["counts"] == big["counts"]
        ratio = big["first_s"] / small["first_s"]
        print(f"\nratio t({big['n']:,})/t({small['n']:,}) of the whole run_sweeps: {ratio:.2f} "
              f"(target <= 1.5{'' if ratio <= 1.5 else ': ABOVE TARGET'}); every registered sweeper did its due "
              f"rows at both sizes; same items done at both sizes: {'yes' if same else 'NO'}")
        if not same:
            sys.exit("run_sweeps_bench FAILED: the sweepers did different work at the two sizes (rows marked !)")


if __name__ == "__main__":
    main()
