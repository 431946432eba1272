"""Build the run_sweeps bench data at N societies in BENCH_DB and keep it (for profiling one sweeper)."""
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import fresh_database  # noqa: I001  (first: it points Django at the bench database)
import sweep_data

n = int(os.environ.get("N", "1000000"))
started = time.perf_counter()
fresh_database()
print(sweep_data.build(n=n, due=50, today=date.today()))
print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
