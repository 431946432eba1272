"""My work (/office/my-work/) at 1,400 and 14,000 societies in one district: for the district's ARCS (every
open case of the district, paged) and for the RCS statewide (assigned and escalated cases, 30- and 90-day
horizons). Median and p95 per page, SQL queries per request, and the ratio to a bare page in the same run.

    DATABASE_URL=postgres://.../x BENCH_DB=sahakar_bench_x .venv/bin/python bench/my_work.py [--runs 20]

Data: bench/compliance_list_bench.build (societies with financial years, Boards, proceedings, officers in
charge and flags over every compliance state: rows for every governance clock), then open registration
applications for half as many societies, due from 5 days ago to 55 days ahead, one in ten assigned to the RCS;
the officers in charge's 90 days end from 180 days ago to 60 days ahead, so some have escalated to the RCS.
"""

import argparse
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import drop_database, fresh_database, insert_applications
from compliance_list_bench import build
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext, setup_test_environment

from registrar import clock
from registrar.models import District, Office, Officer, Rank, User
from societies.governance.models import OfficerAppointment
from societies.models import RegistrationApplication


def more_work(n: int, today) -> dict:
    district = District.objects.get(code="SNT")
    rcs = User.objects.create_user("bench.rcs", password="x", email="bench.rcs@example.in")
    Officer.objects.create(user=rcs, rank=Rank.RCS, office=Office.objects.get(kind="directorate"))
    applicant = User.objects.create_user("bench.applicant", password="x", email="bench.applicant@example.in")
    insert_applications(n=n // 2, district_id=district.pk, applicant_id=applicant.pk, state="under_scrutiny",
                        due_rows=0, overdue_received=today, overdue_due=today,
                        open_received=today - timedelta(days=65),
                        open_due=today - timedelta(days=5), spread_days=60)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {RegistrationApplication._meta.db_table} SET assigned_officer_id = %s "
                       "WHERE id %% 10 = 0", [rcs.pk])
        cursor.execute(f"UPDATE {OfficerAppointment._meta.db_table} "
                       "SET board_due_on = %s::date - (id %% 240)::int + 60", [today])
        cursor.execute("ANALYZE")
    return {"applications": n // 2, "appointments": OfficerAppointment.objects.count()}


def log_in(client, user) -> None:
    """force_login, plus the second factor the Registrar needs: a confirmed TOTP device and a verified session
    (what the code page does after a right code; tests/conftest.py does the same)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from registrar import second_factor

    client.force_login(user)
    if second_factor.is_required(user):
        device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session[second_factor.SESSION_FLAG] = [user.pk, True]
        session.save()


def measure(client, url: str, runs: int) -> dict:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    queries = len(ctx.captured_queries)
    slowest = max(ctx.captured_queries, key=lambda q: float(q["time"]))
    rows = response.context["work"].total if response.context and "work" in response.context else 0
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        assert client.get(url).status_code == 200
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {"url": url, "rows": rows, "queries": queries, "median_ms": statistics.median(timings),
            "p95_ms": timings[max(0, int(len(timings) * 0.95) - 1)], "slowest": slowest}


PAGES = [
    ("bench.arcs", "/bench/bare/"),
    ("bench.arcs", "/office/my-work/"),
    ("bench.arcs", "/office/my-work/?page=40"),
    ("bench.rcs", "/office/my-work/"),
    ("bench.rcs", "/office/my-work/?horizon=90"),
    ("bench.rcs", "/office/my-work/?horizon=90&page=5"),
]


def run_size(n: int, runs: int) -> list[dict]:
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()  # the previous size's database had other ids
    print(f"\n== {n:,} societies in SNT; fresh database and migrations: {fresh_database():.1f} s")
    today = clock.today()
    started = time.perf_counter()
    counts = build(n, today)
    counts.update(more_work(n, today))
    print(f"data ({time.perf_counter() - started:.1f} s): {counts}")
    results = []
    clients = {}
    for username, url in PAGES:
        client = clients.get(username)
        if client is None:
            client = clients[username] = Client()
            log_in(client, User.objects.get(username=username))
        results.append({"who": username, **measure(client, url, runs)})
    bare = results[0]["median_ms"]
    print(f"{'who':<10} {'page':<38} {'cases':>6} {'queries':>7} {'median ms':>9} {'p95 ms':>7} {'x bare':>7}")
    for r in results:
        print(f"{r['who']:<10} {r['url']:<38} {r['rows']:>6} {r['queries']:>7} {r['median_ms']:>9.1f} "
              f"{r['p95_ms']:>7.1f} {r['median_ms'] / bare:>7.1f}")
    worst = max(results[1:], key=lambda r: float(r["slowest"]["time"]))
    print(f"slowest query ({worst['who']} {worst['url']}, {float(worst['slowest']['time']) * 1000:.1f} ms): "
          f"{worst['slowest']['sql'][:400]}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1400,14000")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    setup_test_environment()  # response.context for the case count
    try:
        with override_settings(ROOT_URLCONF="my_work_urls", ALLOWED_HOSTS=["*"]):
            sizes = [int(s) for s in args.sizes.split(",")]
            found = {n: run_size(n, args.runs) for n in sizes}
        if len(sizes) == 2:
            small, large = (found[n] for n in sizes)
            print(f"\nratio {sizes[1]:,} / {sizes[0]:,} (median ms; queries)")
            for a, b in zip(small[1:], large[1:], strict=True):
                print(f"  {a['who']:<10} {a['url']:<38} {b['median_ms'] / a['median_ms']:>5.2f}  "
                      f"{a['queries']} -> {b['queries']}")
    finally:
        drop_database()


if __name__ == "__main__":
    main()
