"""Profile run_all on a kept bench database (bench/keep_sweep_data.py): per sweeper, its query count and its
slowest statements, for the first run and a second run with nothing due. Mutates the database."""
import os
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BENCH_DB  # noqa: F401  (first: it points Django at the bench database)
from django.db import connection
from run_sweeps_bench import _timed_registry

from registrar import sweeps

TODAY = date.today()
current = {"name": None}
stats = defaultdict(list)


def wrapper(execute, sql, params, many, context):
    started = time.perf_counter()
    try:
        return execute(sql, params, many, context)
    finally:
        stats[current["name"]].append((time.perf_counter() - started, sql))


def run(label):
    stats.clear()
    originals = dict(sweeps._REGISTRY)
    spent = _timed_registry(on_start=lambda name: current.update(name=name))
    with connection.execute_wrapper(wrapper):
        t = time.perf_counter()
        sweeps.run_all(today=TODAY)
        total = time.perf_counter() - t
    sweeps._REGISTRY.update(originals)
    print(f"\n===== {label}: {total * 1000:.0f} ms")
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        rows = stats[name]
        db = sum(r[0] for r in rows)
        print(f"{name:<42} {secs * 1000:8.0f} ms  {len(rows):5} queries  db {db * 1000:7.0f} ms")
        groups = defaultdict(lambda: [0, 0.0])
        for secs_q, sql in rows:
            key = sql[:150]
            groups[key][0] += 1
            groups[key][1] += secs_q
        for key, (count, secs_q) in sorted(groups.items(), key=lambda kv: -kv[1][1])[:int(os.environ.get("TOP", "3"))]:
            if secs_q * 1000 > 20:
                print(f"      {secs_q * 1000:7.0f} ms x{count:<5} {key}")


run("first run")
run("second run (nothing due)")
