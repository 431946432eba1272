"""Time run_all (first run, then a second run) on a kept bench database copied from TEMPLATE_DB first."""
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BENCH_DB  # noqa: I001  (first: it points Django at the bench database)
from django.db import connection

import run_sweeps_bench as rsb
from registrar import sweeps

template = os.environ["TEMPLATE_DB"]
rsb._admin(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
rsb._admin(f'CREATE DATABASE "{BENCH_DB}" TEMPLATE "{template}"')
originals = dict(sweeps._REGISTRY)
spent = rsb._timed_registry()
connection.ensure_connection()
t = time.perf_counter()
results = sweeps.run_all(today=date.today())
first = time.perf_counter() - t
each = dict(spent)
t = time.perf_counter()
sweeps.run_all(today=date.today())
second = time.perf_counter() - t
sweeps._REGISTRY.update(originals)
for s, r in results:
    print(f"{s.name:<42} {r.count:>5} {each[s.name] * 1000:9.1f} ms")
print(f"FIRST {first * 1000:.0f} ms  SECOND {second * 1000:.0f} ms")
