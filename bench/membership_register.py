"""The register of members (issue 14 Performance): the register list and a member's page at a society of
5,000 and of 50,000 members. Median page time and SQL queries per request, the ratio to a bare page in the
same run, and the ratio between the two sizes.

    DATABASE_URL=postgres://.../postgres BENCH_DB=sahakar_bench_x .venv/bin/python bench/membership_register.py \
        [--sizes 5000,50000] [--runs 20]

Data, each table by ONE INSERT ... SELECT FROM generate_series (bench/sweep_data.insert_series): N persons
(half women), N register entries admitted over 30 years (1 in 50 ceased in 2023), their first versions copied
from the entry and the person, for 1 in 10 members a second version from 2022-01-01 (occupation changed), one
allotment each, a nominee for 1 in 3; then ANALYZE. Pages, for the society's secretary and the district's ARCS:
the register today (page 1 and page 500 at 50,000, i.e. the middle), as at a past day, searched by name, and a
member's page (the member with the longest history).
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
from django.test import Client, override_settings
from sweep_data import insert_series

from membership.models import Member, MemberVersion, Nomination, Person, ShareLedgerEntry
from registrar.models import District, Office, Officer, Rank, User
from societies.models import Society


def build(n: int) -> Society:
    from guardian.shortcuts import assign_perm

    district = District.objects.get(code="SNT")
    society = Society.objects.create(registration_number="SNT/BENCH/MEM/1", name="Bench Gaon Panchayat Samabay "
                                     "Samity Limited", society_type="gpss", district=district, address="Tezpur",
                                     registered_on=date(1980, 1, 1))
    secretary = User.objects.create_user("bench.secretary", password="x", email="bench.secretary@example.in")
    assign_perm("societies.act_as_secretary", secretary, society)
    arcs = User.objects.create_user("bench.arcs", password="x", email="bench.arcs@example.in")
    officer = Officer.objects.create(user=arcs, rank=Rank.ARCS, office=Office.objects.get(district=district))
    officer.districts.set([district])
    p = {"society": society.pk}
    insert_series(Person, n, {
        "name": "'Bench Member ' || g", "name_key": "'bench member ' || g", "parent_name": "'Bench Parent ' || g",
        "gender": "CASE WHEN g %% 2 = 0 THEN 'woman' ELSE 'man' END", "age_years": "20 + g %% 50",
        "age_on": "DATE '1990-01-01' + (g %% 10950)", "address": "'Ward ' || (g %% 40) || ', Borgang'",
    })
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(id) FROM membership_person WHERE name_key LIKE 'bench member %%'")
        p["base"] = cursor.fetchone()[0] - 1
    insert_series(Member, n, {
        "society_id": "%(society)s", "number": "g", "person_id": "%(base)s + g",
        "admitted_on": "DATE '1990-01-01' + (g %% 10950)", "admission_basis": "'board_resolution'",
        "category": "(ARRAY['general','sc','st','obc'])[1 + g %% 4]", "occupation": "'Farmer'",
        "ceased_on": "CASE WHEN g %% 50 = 0 THEN DATE '2023-06-01' END",
        "cessation_cause": "CASE WHEN g %% 50 = 0 THEN 'withdrawal' ELSE '' END",
    }, p)
    copy = ("m.category, m.occupation, m.member_class, m.is_employee, m.voting_pending, {ceased}, {cause}, '', "
            "m.id, m.society_id, m.number, {valid_from}, {valid_to}, p.name, p.parent_name, p.parent_relation, "
            "p.gender, p.date_of_birth, p.age_years, p.age_on, p.address, now(), NULL")
    columns = ("category, occupation, member_class, is_employee, voting_pending, ceased_on, cessation_cause, "
               "cessation_note, member_id, society_id, number, valid_from, valid_to, name, parent_name, "
               "parent_relation, gender, date_of_birth, age_years, age_on, address, recorded_at, recorded_by_id")
    table = MemberVersion._meta.db_table
    joined = "FROM membership_member m JOIN membership_person p ON p.id = m.person_id WHERE m.society_id = %s"
    with connection.cursor() as cursor:
        # First versions: closed on 2022-01-01 for 1 in 10 (admitted before it), whose second version follows.
        changed = "(m.number %% 10 = 0 AND m.admitted_on < DATE '2022-01-01')"
        cursor.execute(f"INSERT INTO {table} ({columns}) SELECT " + copy.format(
            ceased="NULL", cause="''", valid_from="m.admitted_on",
            valid_to=f"CASE WHEN {changed} THEN DATE '2022-01-01' END") + f" {joined} AND "
            f"(m.ceased_on IS NULL OR {changed} OR true)", [society.pk])
        cursor.execute(f"UPDATE {table} v SET ceased_on = m.ceased_on, cessation_cause = m.cessation_cause "
                       f"FROM membership_member m WHERE m.id = v.member_id AND v.valid_to IS NULL "
                       f"AND m.society_id = %s", [society.pk])
        cursor.execute(f"INSERT INTO {table} ({columns}) SELECT " + copy.format(
            ceased="m.ceased_on", cause="m.cessation_cause", valid_from="DATE '2022-01-01'", valid_to="NULL")
            .replace("m.occupation", "'Retired'") + f" {joined} AND {changed}", [society.pk])
        cursor.execute(f"UPDATE {table} SET ceased_on = NULL, cessation_cause = '' WHERE valid_to IS NOT NULL")
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {ShareLedgerEntry._meta.db_table} (society_id, member_id, \"on\", kind, shares, "
                       "value, reference, recorded_at) SELECT m.society_id, m.id, m.admitted_on, 'allotment', "
                       "1 + m.number %% 10, (1 + m.number %% 10) * 100, 'bench', now() FROM membership_member m "
                       "WHERE m.society_id = %s", [society.pk])
        cursor.execute(f"INSERT INTO {Nomination._meta.db_table} (member_id, nominee_name, relation, address, "
                       "valid_from, recorded_at) SELECT m.id, 'Nominee ' || m.number, 'spouse', '', m.admitted_on, "
                       "now() FROM membership_member m WHERE m.society_id = %s AND m.number %% 3 = 0", [society.pk])
        cursor.execute("ANALYZE")
    return society


def measure(client, url: str, runs: int) -> dict:
    from django.db import reset_queries
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm
    reset_queries()  # request_started clears the log: start from an empty one, or the count comes out short
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        assert client.get(url).status_code == 200
        timings.append((time.perf_counter() - started) * 1000)
    slowest = max(ctx.captured_queries, key=lambda q: float(q["time"]), default={"time": 0, "sql": ""})
    return {"url": url, "queries": len(ctx.captured_queries), "median_ms": statistics.median(timings),
            "slowest_ms": float(slowest["time"]) * 1000, "slowest": slowest["sql"]}


def pages(society, n: int) -> list[tuple[str, str, str]]:
    pk, middle = society.pk, max(1, n // 100)
    return [
        ("bench.secretary", "bare page", "/bench/bare/"),
        ("bench.secretary", "register today, page 1", f"/society/{pk}/members/"),
        ("bench.secretary", "register today, middle page", f"/society/{pk}/members/?page={middle}"),
        ("bench.secretary", "register as at 2021-06-30", f"/society/{pk}/members/?on=2021-06-30"),
        ("bench.secretary", "register searched by name", f"/society/{pk}/members/?q=Member+4999"),
        ("bench.secretary", "member's page", f"/society/{pk}/members/10/"),
        ("bench.arcs", "office register, page 1", f"/office/societies/{pk}/members/"),
        ("bench.arcs", "office member's page", f"/office/societies/{pk}/members/10/"),
    ]


def run_size(n: int, runs: int) -> list[dict]:
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    print(f"\n== {n:,} members; fresh database and migrations: {fresh_database():.1f} s")
    started = time.perf_counter()
    society = build(n)
    print(f"data: {time.perf_counter() - started:.1f} s; versions {MemberVersion.objects.count():,}, "
          f"ledger {ShareLedgerEntry.objects.count():,}, nominees {Nomination.objects.count():,}")
    clients, results = {}, []
    for username, label, url in pages(society, n):
        client = clients.get(username)
        if client is None:
            client = clients[username] = Client()
            client.force_login(User.objects.get(username=username))
        results.append({"label": label, **measure(client, url, runs)})
    bare = results[0]["median_ms"]
    print(f"{'page':<30} {'queries':>7} {'median ms':>9} {'x bare':>7} {'slowest query ms':>16}")
    for r in results:
        print(f"{r['label']:<30} {r['queries']:>7} {r['median_ms']:>9.1f} {r['median_ms'] / bare:>7.1f} "
              f"{r['slowest_ms']:>16.1f}")
    worst = max(results[1:], key=lambda r: r["slowest_ms"])
    print(f"slowest query ({worst['label']}, {worst['slowest_ms']:.1f} ms): {worst['slowest'][:300]}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,50000")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    try:
        with override_settings(ROOT_URLCONF="my_work_urls", ALLOWED_HOSTS=["*"]):
            found = {n: run_size(n, args.runs) for n in sizes}
        if len(sizes) == 2:
            small, large = (found[n] for n in sizes)
            print(f"\nratio {sizes[1]:,} / {sizes[0]:,} (median ms; queries)")
            for a, b in zip(small[1:], large[1:], strict=True):
                print(f"  {a['label']:<30} {b['median_ms'] / a['median_ms']:>5.2f}  {a['queries']} -> {b['queries']}")
    finally:
        drop_database()


if __name__ == "__main__":
    main()
