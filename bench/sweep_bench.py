"""Deemed-registration sweeper at scale: 10k and 100k open applications, exactly 100 of them overdue.

Run: DATABASE_URL=postgres://... .venv/bin/python bench/sweep_bench.py  (or bench/run_all.sh).
Uses a throwaway database `sahakar_bench`, recreated and migrated for each N, dropped at the end.
"""

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import drop_database, fresh_database, insert_applications
from django.db import connection
from django.db.models import F, Q

from registrar.models import District, User
from societies.models import RegistrationApplication, Society
from societies.registration import rules
from societies.registration.models import OPEN_STATES, Certificate
from societies.registration.sweepers import applications_deem_registered

SIZES = (10_000, 100_000)
DUE_ROWS = 100
SELECTION_REPEATS = 20
TODAY = date.today()


def selection_queryset(today: date):
    """Exactly the selection query of societies.registration.sweepers.applications_deem_registered."""
    return (RegistrationApplication.objects.filter(state__in=OPEN_STATES, decision_due_on__lt=today)
            .filter(Q(dispatched_on__isnull=True) | Q(dispatched_on__gt=F("decision_due_on")))
            .order_by("decision_due_on", "pk").values_list("pk", flat=True))


def run_one(n: int) -> dict:
    migrate_s = fresh_database()
    district = District.objects.get(code="SNT")
    applicant = User.objects.create_user(username="bench.applicant", password="bench-pw-2026",
                                         email="bench.applicant@example.in")
    overdue_received = TODAY - timedelta(days=90)
    open_received = TODAY - timedelta(days=10)
    insert_s = insert_applications(
        n=n, district_id=district.pk, applicant_id=applicant.pk, state="under_scrutiny", due_rows=DUE_ROWS,
        overdue_received=overdue_received, overdue_due=rules.registration_last_day(overdue_received),
        open_received=open_received, open_due=rules.registration_last_day(open_received))
    assert RegistrationApplication.objects.count() == n
    due_now = len(list(selection_queryset(TODAY)))
    assert due_now == DUE_ROWS, due_now

    plan = selection_queryset(TODAY).explain(analyze=True)
    selection_ms = []
    for _ in range(SELECTION_REPEATS):
        started = time.perf_counter()
        list(selection_queryset(TODAY))
        selection_ms.append((time.perf_counter() - started) * 1000)

    connection.close()  # the sweep opens its own connection, as the beat task would
    started = time.perf_counter()
    result = applications_deem_registered(today=TODAY)
    sweep_s = time.perf_counter() - started
    assert result.count == DUE_ROWS, result.count
    assert Society.objects.count() == DUE_ROWS and Certificate.objects.count() == DUE_ROWS
    assert RegistrationApplication.objects.filter(state="deemed_registered").count() == DUE_ROWS

    started = time.perf_counter()
    second = applications_deem_registered(today=TODAY)
    rerun_s = time.perf_counter() - started
    assert second.count == 0

    return {"n": n, "migrate_s": migrate_s, "insert_s": insert_s, "sweep_s": sweep_s, "rerun_s": rerun_s,
            "sel_median_ms": statistics.median(selection_ms), "sel_first_ms": selection_ms[0],
            "sel_min_ms": min(selection_ms), "plan": plan}


def uses_index(plan: str) -> str:
    if "app_open_due_idx" in plan:
        return "yes: app_open_due_idx (partial index on open applications)"
    if "Index" in plan or "Bitmap" in plan:
        return "yes, but not app_open_due_idx"
    return "NO: sequential scan"


def main() -> None:
    print(f"Deemed-registration sweep benchmark (today={TODAY}, {DUE_ROWS} overdue rows per N)")
    rows = []
    try:
        for n in SIZES:
            print(f"\n--- N = {n:,} ---", flush=True)
            row = run_one(n)
            rows.append(row)
            print(f"migrate {row['migrate_s']:.1f} s; INSERT ... generate_series + ANALYZE {row['insert_s']:.2f} s")
            print(f"EXPLAIN ANALYZE of the selection query:\n{row['plan']}")
            print(f"uses an index: {uses_index(row['plan'])}")
            print(f"second sweep (nothing due) {row['rerun_s'] * 1000:.1f} ms", flush=True)
    finally:
        drop_database()

    print("\n" + "=" * 86)
    print(f"{'N':>9} | {'sweep s':>8} | {'ms per due row':>14} | {'selection ms (median/min/1st)':>30} | index")
    print("-" * 86)
    for r in rows:
        sel = f"{r['sel_median_ms']:.2f} / {r['sel_min_ms']:.2f} / {r['sel_first_ms']:.2f}"
        print(f"{r['n']:>9,} | {r['sweep_s']:>8.3f} | {r['sweep_s'] * 1000 / DUE_ROWS:>14.2f} | {sel:>30} | "
              f"{'yes' if 'Index' in r['plan'] or 'Bitmap' in r['plan'] else 'NO'}")
    if len(rows) == 2:
        small, big = rows
        print("-" * 86)
        print(f"ratio time(100k)/time(10k): sweep {big['sweep_s'] / small['sweep_s']:.2f}x, "
              f"selection query (median) {big['sel_median_ms'] / small['sel_median_ms']:.2f}x")


if __name__ == "__main__":
    main()
