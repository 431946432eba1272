"""The statewide audit dashboard (issue 18 Performance) at 100,000 societies with five years of audits each
(500,000 audits), on PostgreSQL: the reports-frame page /office/reports/audit/ and the per-district dashboard
/office/audits/dashboard/ as the Registrar (whole state) and as a district ARCS, and one list page behind a
figure. Prints median and p95 per page and the SQL queries per request.

    DATABASE_URL=postgres://...  BENCH_DB=sahakar_audit_a_bench  .venv/bin/python bench/audit_dashboard.py \
        [--societies 100000] [--runs 15]

Data: one INSERT ... SELECT FROM generate_series per table (bench/sweep_data.insert_series): societies spread
over every district; for each, the audits of five years (2021-22 .. 2025-26), the older years reported, the
latest in every state (open, allotted, in progress, completed with the report late or in time, reported),
alternately departmental and panel.
"""

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import drop_database, fresh_database
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from sweep_data import insert_series

from audit import rules
from audit.models import Audit, PanelFirm, PanelOrder
from registrar import clock
from registrar.models import District, Office, Officer, Rank, User
from societies.models import Society

TODAY = date(2026, 11, 16)


def build(n: int) -> dict:
    districts = list(District.objects.order_by("pk").values_list("pk", flat=True))
    arcs = User.objects.create_user("bench.arcs", email="arcs@bench.in", password="x")
    sonitpur = District.objects.get(code="SNT")
    Officer.objects.create(user=arcs, rank=Rank.ARCS, office=Office.objects.get(district=sonitpur)) \
        .districts.set([sonitpur])
    rcs = User.objects.create_user("bench.rcs", email="rcs@bench.in", password="x")
    Officer.objects.create(user=rcs, rank=Rank.RCS, office=Office.objects.get(kind="directorate"))
    auditor = User.objects.create_user("bench.auditor", email="aud@bench.in", password="x")
    auditor_officer = Officer.objects.create(user=auditor, rank=Rank.AUDITOR, office=Office.objects.get(district=sonitpur))
    order = PanelOrder.objects.create(number="BENCH/1", made_on=date(2021, 3, 1), valid_from=date(2021, 4, 1),
                                      valid_to=date(2028, 3, 31))
    firm = PanelFirm.objects.create(order=order, name="Bench & Co.", frn="399999E", email="b@b.in", capacity=999)
    p = {"districts": districts, "nd": len(districts), "officer": auditor_officer.pk, "firm": firm.pk}
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0) FROM societies_society")
        p["s0"] = cursor.fetchone()[0]
    insert_series(Society, n, {
        "registration_number": "'BEN/AUD/' || lpad(g::text, 7, '0')",
        "name": "'Audit Bench ' || g || ' Co-operative Society Limited'",
        "name_normalised": "'audit bench ' || g || ' co operative society limited'",
        "name_search": "'audit bench ' || g", "society_type": "'gpss'",
        "district_id": "(%(districts)s::int[])[1 + g %% %(nd)s]", "address": "'Assam'",
        "registered_on": "date '2015-06-01'", "public_token": "md5('aud' || g)",
    }, p)
    total = 0
    for k, year in enumerate(range(2022, 2027)):
        fy_end = date(year, 3, 31)
        latest = year == 2026
        status = ("CASE g %% 6 WHEN 0 THEN 'open' WHEN 1 THEN 'allotted' WHEN 2 THEN 'in_progress' "
                  "WHEN 3 THEN 'completed' ELSE 'reported' END") if latest else "'reported'"
        p.update({"fy_end": fy_end, "due_on": rules.audit_last_day(fy_end), "done": date(year, 8, 10),
                  "report_due": rules.audit_report_last_day(date(year, 8, 10))})
        total += insert_series(Audit, n, {
            "society_id": "%(s0)s + g", "fy_end": "%(fy_end)s", "opened_on": "%(fy_end)s::date + 1",
            "due_on": "%(due_on)s", "status": status,
            "auditor_kind": f"CASE WHEN {status} = 'open' THEN '' WHEN (g + {k}) %% 3 = 0 THEN 'departmental' "
                            "ELSE 'panel' END",
            "auditor_officer_id": f"CASE WHEN {status} <> 'open' AND (g + {k}) %% 3 = 0 THEN %(officer)s END",
            "panel_firm_id": f"CASE WHEN {status} <> 'open' AND (g + {k}) %% 3 <> 0 THEN %(firm)s END",
            "allotted_on": f"CASE WHEN {status} <> 'open' THEN %(fy_end)s::date + 40 END",
            "completed_on": f"CASE WHEN {status} IN ('completed', 'reported') THEN %(done)s::date END",
            "report_due_on": f"CASE WHEN {status} IN ('completed', 'reported') THEN %(report_due)s::date END",
            "reported_on": f"CASE WHEN {status} = 'reported' THEN %(report_due)s::date - (g %% 20) + 5 END",
            "chosen_by_society": f"(g + {k}) %% 3 <> 0 AND {status} <> 'open'",
        }, p)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE societies_society; ANALYZE audit_audit")
    return {"societies": n, "audits": total, "build_s": time.perf_counter() - started}


def measure(client: Client, url: str, runs: int) -> dict:
    client.get(url)  # warm
    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    return {"url": url, "queries": len(queries), "median_ms": statistics.median(timings),
            "p95_ms": timings[max(0, int(len(timings) * 0.95) - 1)]}


def _login(user) -> Client:
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from registrar import second_factor

    client = Client()
    client.force_login(user)
    if second_factor.is_required(user):  # the Registrar's second factor, as after a right code
        device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session[second_factor.SESSION_FLAG] = [user.pk, True]
        session.save()
    return client


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--societies", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", action="store_true", help="keep the database (then --reuse measures again)")
    parser.add_argument("--reuse", action="store_true", help="measure the kept database, no build")
    args = parser.parse_args()
    if not args.reuse:
        print(f"fresh database and migrations: {fresh_database():.1f} s")
    try:
        if not args.reuse:
            built = build(args.societies)
            print(f"built {built['societies']:,} societies, {built['audits']:,} audits in {built['build_s']:.1f} s")
        clock.today = lambda: TODAY
        pages = [("bench.rcs", "/office/reports/audit/?year=2025"), ("bench.rcs", "/office/audits/dashboard/?year=2025"),
                 ("bench.arcs", "/office/reports/audit/?year=2025"),
                 ("bench.rcs", "/office/audits/?year=2025&filter=overdue")]
        print(f"{'user':<11} {'page':<44} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
        for username, url in pages:
            r = measure(_login(User.objects.get(username=username)), url, args.runs)
            print(f"{username:<11} {r['url']:<44} {r['queries']:>7} {r['median_ms']:>10.1f} {r['p95_ms']:>8.1f}")
    finally:
        if not args.keep:
            drop_database()


if __name__ == "__main__":
    main()
