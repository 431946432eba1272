"""The ARCS's list of societies with their compliance state (/office/societies/) at 14,000 societies in one
district, on PostgreSQL: the first page, a page filtered by state (the state is computed in SQL for every
society), a name search and a later page. Prints median and p95 per page and the SQL queries per request.

    eval "$(SERVICES_DIR=/tmp/x PGPORT=54364 REDIS_PORT=63864 bash scripts/services.sh start)"
    .venv/bin/python bench/compliance_list_bench.py [--societies 14000] [--runs 30]

Data: one INSERT ... SELECT FROM generate_series per table (bench/sweep_data.insert_series), spread so every
compliance state occurs: two financial years per society (AGM held or not, in time or late; returns filed, due
or overdue), a current Board (or an officer in charge, or none), proceedings in every state, open flags.
"""

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import drop_database, fresh_database
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from sweep_data import insert_series

from registrar import clock
from registrar.models import District, Office, Officer, Rank, User
from societies.governance import rules
from societies.governance.models import (
    Board,
    ComplianceFlag,
    FinancialYear,
    GeneralMeeting,
    OfficerAppointment,
    Proceedings,
)
from societies.models import Society


def _first_id(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}")
        return cursor.fetchone()[0]


def build(n: int, today: date) -> dict[str, int]:
    district = District.objects.get(code="SNT")
    arcs = User.objects.create_user("bench.arcs", password="x")
    officer = Officer.objects.create(user=arcs, rank=Rank.ARCS, office=Office.objects.get(district=district))
    officer.districts.set([district])
    ended = rules.financial_year_end_on_or_after(today - timedelta(days=366))  # the latest year that has ended
    current = rules.next_financial_year_end(ended)
    p = {"district": district.pk, "today": today, "arcs": arcs.pk, "ended": ended, "current": current,
         "ended_start": rules.financial_year_start(ended), "current_start": rules.financial_year_start(current),
         "agm_last": rules.agm_last_day(ended), "returns_default": rules.returns_last_day_without_agm(ended)}
    base = _first_id(Society._meta.db_table)
    p["s0"] = base
    counts = {}
    # 1 in 20 with an officer in charge, 1 in 20 with the Board ceased, 1 in 50 dissolved; the rest elected.
    counts["societies"] = insert_series(Society, n, {
        "registration_number": "'SNT/CMP/' || lpad(g::text, 7, '0')",
        "name": "'Compliance Bench ' || g || ' Co-operative Society Limited'",
        "name_normalised": "'compliance bench ' || g || ' co operative society limited'",
        "name_search": "'compliance bench ' || g", "society_type": "'gpss'", "district_id": "%(district)s",
        "address": "'Tezpur'", "registered_on": "%(today)s::date - 800", "public_token": "md5('cmp' || g)",
        "governance_status": "CASE WHEN g %% 20 = 0 THEN 'officer_in_charge' WHEN g %% 20 = 1 THEN 'board_ceased' "
                             "ELSE 'elected_board' END",
        "legal_status": "CASE WHEN g %% 50 = 7 THEN 'dissolved' ELSE 'registered' END",
    }, p)
    society = "%(s0)s + g"
    # The ended year: AGM held in time (g%4 in 1,2), late (g%4=3) or not (0); return filed, or due/overdue.
    counts["years_ended"] = insert_series(FinancialYear, n, {
        "society_id": society, "starts_on": "%(ended_start)s", "ends_on": "%(ended)s",
        "agm_last_day": "%(agm_last)s",
        "agm_held_on": "CASE g %% 4 WHEN 0 THEN NULL WHEN 3 THEN %(agm_last)s::date + 3 "
                       "ELSE %(agm_last)s::date - (g %% 60) END",
        "agm_checked": "false", "meetings_checked": "false", "next_opened": "true",
        "returns_last_day": "CASE WHEN g %% 4 = 0 THEN %(returns_default)s::date "
                            "ELSE %(today)s::date + (g %% 40) - 20 END",
        "returns_filed_on": "CASE WHEN g %% 3 = 0 THEN %(today)s::date - (g %% 30) ELSE NULL END",
    }, p)
    counts["years_current"] = insert_series(FinancialYear, n, {
        "society_id": society, "starts_on": "%(current_start)s", "ends_on": "%(current)s",
        "agm_last_day": "%(current)s::date + 183", "agm_checked": "false", "meetings_checked": "false",
        "next_opened": "false", "returns_last_day": "%(current)s::date + 213",
    }, p)
    elected = "g %% 20 NOT IN (0, 1)"
    counts["boards"] = insert_series(Board, n, {
        "society_id": society, "kind": "'elected'", "sanctioned_strength": "11",
        "took_office_on": "%(today)s::date - 400",
        "term_ends_on": "%(today)s::date + (g %% 1900) - 30",
        "next_meeting_due_on": "CASE WHEN g %% 97 = 0 THEN NULL ELSE %(today)s::date + (g %% 130) - 10 END",
        "ended_on": f"CASE WHEN {elected} THEN NULL ELSE %(today)s::date - 20 END",
        "end_reason": f"CASE WHEN {elected} THEN '' ELSE 'dissolved_no_agm' END",
    }, p)
    officers = n // 20
    counts["officers"] = insert_series(OfficerAppointment, officers, {
        "society_id": "%(s0)s + g * 20", "officer_id": "%(arcs)s", "appointed_by_id": "%(arcs)s",
        "appointed_on": "%(today)s::date - (g %% 120)", "order_number": "'CMP/OFF/' || g",
        "board_due_on": "%(today)s::date - (g %% 120) + 90", "overrun_flagged": "false",
    }, p)
    thirds = n // 3
    p["m0"] = _first_id(GeneralMeeting._meta.db_table)
    counts["general_meetings"] = insert_series(GeneralMeeting, thirds, {
        "society_id": "%(s0)s + g * 3", "kind": "'agm'", "held_on": "%(today)s::date - 40",
        "members_eligible": "100", "members_present": "20", "quorum_required": "10", "quorum_met": "true",
        "recorded_on": "%(today)s::date - 39", "recorded_by_id": "%(arcs)s", "delegate_body": "false",
    }, p)
    counts["proceedings"] = insert_series(Proceedings, thirds, {
        "meeting_id": "%(m0)s + g", "society_id": "%(s0)s + g * 3", "document": "'proceedings/bench.pdf'",
        "original_name": "'p.pdf'", "summary": "'AGM'", "received_on": "%(today)s::date - (g %% 30)",
        "filing_last_day": "%(today)s::date - 25", "approval_last_day": "%(today)s::date - (g %% 30) + 15",
        "state": "(ARRAY['filed','approved','returned','deemed_approved'])[1 + g %% 4]", "filed_by_id": "%(arcs)s",
    }, p)
    counts["flags"] = insert_series(ComplianceFlag, n // 25, {
        "society_id": "%(s0)s + g * 25", "kind": "'part_year_meetings'", "rule_id": "'board_meetings_min_4_per_fy'",
        "subject_key": "'fy:' || g", "raised_on": "%(today)s::date - 5", "facts": "'bench'", "state": "'open'",
    }, p)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return counts


def measure(client, url: str, runs: int) -> dict:
    timings = []
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    queries = len(ctx.captured_queries)
    rows = response.context["page"].paginator.count
    for _ in range(runs):
        started = time.perf_counter()
        assert client.get(url).status_code == 200
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {"url": url, "rows": rows, "queries": queries, "median_ms": statistics.median(timings),
            "p95_ms": timings[max(0, int(len(timings) * 0.95) - 1)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--societies", type=int, default=14000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    print(f"fresh database and migrations: {fresh_database():.1f} s")
    try:
        today = clock.today()
        started = time.perf_counter()
        counts = build(args.societies, today)
        print(f"data ({time.perf_counter() - started:.1f} s): {counts}")
        client = Client()
        client.force_login(User.objects.get(username="bench.arcs"))
        from django.test.utils import setup_test_environment

        setup_test_environment()  # response.context for the row count
        print(f"{'page':<52} {'rows':>6} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
        for url in ("/office/societies/", "/office/societies/?state=red", "/office/societies/?state=amber",
                    "/office/societies/?state=green&governance=elected_board", "/office/societies/?q=bench+1234",
                    "/office/societies/?page=200"):
            r = measure(client, url, args.runs)
            print(f"{r['url']:<52} {r['rows']:>6} {r['queries']:>7} {r['median_ms']:>10.1f} {r['p95_ms']:>8.1f}")
    finally:
        drop_database()


if __name__ == "__main__":
    main()
