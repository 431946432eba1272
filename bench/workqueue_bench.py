"""The ARCS work queue (GET /office/applications/, url name office_applications) with 5,000 open applications.

Run: DATABASE_URL=postgres://... .venv/bin/python bench/workqueue_bench.py  (or bench/run_all.sh).
Uses a throwaway database `sahakar_bench`, recreated and migrated, dropped at the end.
"""

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import drop_database, fresh_database, insert_applications
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from registrar.models import District, Office, Officer, Rank, User
from societies.models import RegistrationApplication

N_APPLICATIONS = 5_000
REQUESTS = 50
TODAY = date.today()


def make_arcs() -> User:
    """As tests/conftest.py make_officer("arcs.sonitpur", Rank.ARCS, ["SNT"])."""
    user = User.objects.create_user(username="arcs.sonitpur", password="bench-pw-2026", first_name="Arcs",
                                    email="arcs.sonitpur@example.in")
    officer = Officer.objects.create(user=user, rank=Rank.ARCS, office=Office.objects.get(district__code="SNT"))
    officer.districts.set(District.objects.filter(code__in=["SNT"]))
    return user


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main() -> None:
    print(f"Work queue benchmark: {N_APPLICATIONS:,} open applications in SNT, {REQUESTS} GETs of page 1")
    try:
        migrate_s = fresh_database()
        district = District.objects.get(code="SNT")
        applicant = User.objects.create_user(username="bench.applicant", password="bench-pw-2026",
                                             email="bench.applicant@example.in")
        arcs = make_arcs()
        received = TODAY - timedelta(days=5)
        insert_s = insert_applications(
            n=N_APPLICATIONS, district_id=district.pk, applicant_id=applicant.pk, state="under_scrutiny",
            due_rows=0, overdue_received=received, overdue_due=TODAY, open_received=received,
            open_due=TODAY + timedelta(days=1), spread_days=60)
        assert RegistrationApplication.objects.filter(district=district).count() == N_APPLICATIONS
        print(f"migrate {migrate_s:.1f} s; INSERT ... generate_series + ANALYZE {insert_s:.2f} s")

        client = Client()
        client.force_login(arcs)
        url = reverse("office_applications")
        warm = client.get(url)  # first request: template loading, session, etc.
        assert warm.status_code == 200, (warm.status_code, warm.content[:500])
        assert b"Bench Samabay Samity" in warm.content, "the page does not list the inserted applications"

        timings_ms, query_counts = [], []
        for _ in range(REQUESTS):
            with CaptureQueriesContext(connection) as ctx:
                started = time.perf_counter()
                response = client.get(url)
                timings_ms.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
            query_counts.append(len(ctx.captured_queries))
        slowest = max(ctx.captured_queries, key=lambda q: float(q["time"]))
    finally:
        drop_database()

    print(f"GET {url} (page 1), {REQUESTS} requests after one warm-up, {len(response.content):,} bytes:")
    print(f"  median {statistics.median(timings_ms):.1f} ms, p95 {percentile(timings_ms, 0.95):.1f} ms, "
          f"min {min(timings_ms):.1f} ms, max {max(timings_ms):.1f} ms, warm-up excluded")
    counts = sorted(set(query_counts))
    print(f"  SQL queries per request: {counts[0] if len(counts) == 1 else counts}")
    print(f"  slowest query of the last request ({float(slowest['time']) * 1000:.1f} ms): {slowest['sql'][:300]}")


if __name__ == "__main__":
    main()
