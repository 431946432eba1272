"""Where a deemed-registration row's time goes: cProfile of applications_deem_registered over DUE rows.

Run: DATABASE_URL=postgres://... .venv/bin/python bench/profile_deemed.py [--sort cumulative|tottime] [--top 40]
     [--queries: SQL statements per row instead] [--plain: ms per row without the profiler's overhead]
Builds 10,000 applications and societies with bench/sweep_data (DUE overdue), runs one warm-up row outside the
profile (imports, connection), then profiles the sweep and prints ms per row and the top functions.
"""

import argparse
import cProfile
import io
import pstats
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import drop_database, fresh_database  # noqa: I001
import logging

import sweep_data
from registrar import sweeps


def applications_deem_registered(*, today: date):
    """The registered sweeper, whichever module defines it (before the clock frame societies.sweepers, after it
    derived from societies/registration/clocks.py): the same script measures both sides of a port."""
    return sweeps.get("deemed_registration").func(today=today)


N = 10_000
DUE = 100
TODAY = date.today()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument("--queries", action="store_true", help="count SQL per row by statement shape instead")
    parser.add_argument("--plain", action="store_true", help="time the sweep without cProfile (ms per row only)")
    args = parser.parse_args()
    logging.getLogger("registrar.sms").setLevel(logging.WARNING)
    try:
        fresh_database()
        sweep_data.build(n=N, due=DUE, today=TODAY)
        # Warm-up on one row: the first deemed row pays imports (WeasyPrint, templates) and connection set-up.
        from societies.models import RegistrationApplication
        first = RegistrationApplication.objects.filter(decision_due_on__lt=TODAY).order_by("decision_due_on", "pk")
        keep = list(first.values_list("pk", flat=True)[1:])
        RegistrationApplication.objects.filter(pk__in=keep).update(decision_due_on=TODAY)  # park all but one
        assert applications_deem_registered(today=TODAY).count == 1
        RegistrationApplication.objects.filter(pk__in=keep).update(decision_due_on=TODAY.replace(year=TODAY.year - 1))
        if args.queries:
            return count_queries()
        if args.plain:
            started = time.perf_counter()
            done = applications_deem_registered(today=TODAY).count
            spent = time.perf_counter() - started
            print(f"deemed {done} rows in {spent:.2f} s without a profiler: {spent * 1000 / done:.1f} ms per row")
            return None
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        done = applications_deem_registered(today=TODAY).count
        profiler.disable()
        spent = time.perf_counter() - started
        print(f"deemed {done} rows in {spent:.2f} s under cProfile: {spent * 1000 / done:.1f} ms per row")
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
        print(out.getvalue())
    finally:
        drop_database()


def count_queries() -> None:
    """The SQL statements of the sweep, grouped by their first words, per deemed row."""
    import re
    from collections import Counter

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        done = applications_deem_registered(today=TODAY).count
    shapes = Counter()
    for query in captured.captured_queries:
        sql = re.sub(r"\s+", " ", query["sql"])
        table = re.search(r'(?:FROM|INTO|UPDATE) "?(\w+)"?', sql)
        verb = sql.split()[0]
        shapes[f"{verb} {table.group(1) if table else (verb if verb in ('SAVEPOINT', 'RELEASE') else sql[:40])}"] += 1
    print(f"{len(captured.captured_queries)} statements for {done} rows: "
          f"{len(captured.captured_queries) / done:.1f} per row (notifications sent on commit included)")
    for shape, count in shapes.most_common():
        print(f"{count / done:6.2f} per row  {shape}")


if __name__ == "__main__":
    main()
