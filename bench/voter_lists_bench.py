"""Voter lists and member statistics (issue 15 Performance): the s.26(3) lists of a society of 50,000 members
(prepared from the register, affixed, made final) and the statewide member-statistics report at 500,000
members. Wall time (median of --runs where repeatable) and SQL queries.

    DATABASE_URL=postgres://.../postgres BENCH_DB=sahakar_bench_x .venv/bin/python bench/voter_lists_bench.py \
        [--society 50000] [--statewide 500000] [--runs 5]

Data, each table by ONE INSERT ... SELECT FROM generate_series (bench/sweep_data.insert_series): societies over
the 33 districts (500 members each), persons (half women, ages spread), register entries (admitted over 30
years, 1 in 10 in the last year: no vote yet; 1 in 50 employees; 1 in 25 ceased), one version each copied from
the entry and the person; then ANALYZE.
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

from membership.models import Member, Person, VoterList
from registrar.models import District, Office, Officer, Rank, User
from societies.models import Society

TODAY = date(2026, 4, 15)
YEAR_END = date(2026, 3, 31)
PER_SOCIETY = 500


def _societies(count: int, district_ids: list[int], tag: str) -> int:
    insert_series(Society, count, {
        "registration_number": f"'BENCH/{tag}/' || lpad(g::text, 7, '0')",
        "name": f"'Bench {tag} Society ' || g || ' Co-operative Society Limited'",
        "name_normalised": f"'bench {tag.lower()} society ' || g || ' co operative society limited'",
        "name_search": f"'bench {tag.lower()} society ' || g", "society_type": "'gpss'",
        "district_id": "(%(districts)s::int[])[1 + g %% %(nd)s]", "address": "'Tezpur'",
        "public_token": f"md5('{tag}' || g)", "registered_on": "DATE '1980-01-01'",
    }, {"districts": district_ids, "nd": len(district_ids)})
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(id) FROM societies_society WHERE registration_number LIKE %s", [f"BENCH/{tag}/%"])
        return cursor.fetchone()[0]


def _members(n: int, *, society0: int, per_society: int, tag: str) -> None:
    """n persons and register entries (society0 + (g-1) / per_society), one version each."""
    insert_series(Person, n, {
        "name": f"'{tag} Member ' || g", "name_key": f"'{tag.lower()} member ' || g",
        "parent_name": "'Bench Parent ' || g", "gender": "CASE WHEN g %% 2 = 0 THEN 'woman' ELSE 'man' END",
        "age_years": "20 + g %% 60", "age_on": "DATE '2020-01-01'", "address": "'Borgang'"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(id) FROM membership_person WHERE name_key LIKE %s", [f"{tag.lower()} member %"])
        person0 = cursor.fetchone()[0] - 1
    insert_series(Member, n, {
        "society_id": "%(society0)s + (g - 1) / %(per)s", "number": "1 + (g - 1) %% %(per)s",
        "person_id": "%(person0)s + g",
        "admitted_on": "CASE WHEN g %% 10 = 0 THEN DATE '2025-06-01' ELSE DATE '1995-01-01' + (g %% 10000) END",
        "admission_basis": "'board_resolution'", "category": "(ARRAY['general','sc','st','obc'])[1 + g %% 4]",
        "is_employee": "g %% 50 = 7",
        "ceased_on": "CASE WHEN g %% 25 = 3 THEN DATE '2025-12-01' END",
        "cessation_cause": "CASE WHEN g %% 25 = 3 THEN 'withdrawal' ELSE '' END",
    }, {"society0": society0, "per": per_society, "person0": person0})
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO membership_memberversion (category, occupation, member_class, is_employee, voting_pending, "
            "ceased_on, cessation_cause, cessation_note, member_id, society_id, number, valid_from, valid_to, name, "
            "parent_name, parent_relation, gender, date_of_birth, age_years, age_on, address, recorded_at) "
            "SELECT m.category, '', m.member_class, m.is_employee, m.voting_pending, m.ceased_on, m.cessation_cause, "
            "'', m.id, m.society_id, m.number, m.admitted_on, NULL, p.name, p.parent_name, p.parent_relation, "
            "p.gender, p.date_of_birth, p.age_years, p.age_on, p.address, now() FROM membership_member m "
            "JOIN membership_person p ON p.id = m.person_id WHERE m.society_id >= %s", [society0])
        cursor.execute("ANALYZE")


def _timed(func, *args, **kwargs):
    with CaptureQueriesContext(connection) as ctx:
        started = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = (time.perf_counter() - started) * 1000
    return result, elapsed, len(ctx.captured_queries)


def society_lists(n: int, runs: int) -> None:
    from guardian.shortcuts import assign_perm

    from membership.voters import rolls, services

    district = District.objects.get(code="SNT")
    society0 = _societies(1, [district.pk], "VL")
    started = time.perf_counter()
    _members(n, society0=society0, per_society=n, tag="VL")
    print(f"\n== one society of {n:,} members (data {time.perf_counter() - started:.1f} s)")
    society = Society.objects.get(pk=society0)
    secretary = User.objects.create_user("bench.vl.secretary", password="x", email="bench.vl@example.in")
    assign_perm("societies.act_as_secretary", secretary, society)
    voter_list, ms, queries = _timed(services.voter_list_affix_provisional, society_id=society.pk,
                                     year_ended_on=YEAR_END, actor=secretary, today=TODAY)
    entries = voter_list.entries.count()
    print(f"provisional lists prepared from the register and affixed: {ms:,.0f} ms, {queries} queries, "
          f"{entries:,} entries ({voter_list.entries.filter(has_vote=True).count():,} with a vote)")
    final, ms, queries = _timed(services.voter_list_affix_final, list_id=voter_list.pk, actor=secretary,
                                today=date(2026, 4, 30))
    print(f"final lists affixed: {ms:,.0f} ms, {queries} queries")
    day = date(2026, 6, 1)
    for purpose in ("general", "board_election"):
        timings = []
        for _ in range(runs):
            count, ms, queries = _timed(lambda p=purpose: rolls.voters_on(society, day, purpose=p).count())
            timings.append(ms)
        print(f"voters_on(purpose={purpose}).count() = {count:,}: median {statistics.median(timings):.1f} ms, "
              f"{queries} queries")
    timings = [_timed(rolls.eligible_voter_count, society, day)[1] for _ in range(runs)]
    print(f"eligible_voter_count: median {statistics.median(timings):.1f} ms")
    _n, ms, queries = _timed(lambda: list(rolls.voters_on(society, day, purpose="board_election")
                                          .values_list("number", flat=True)))
    print(f"the whole Board-election roll read: {ms:,.0f} ms, {queries} queries")
    assert VoterList.objects.filter(pk=final.pk, state="final").exists()


def _second_factor(client, user) -> None:
    """What the second-factor page does after a right code (as tests/conftest.py's force_login)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from registrar import second_factor

    device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session[second_factor.SESSION_FLAG] = [user.pk, True]
    session.save()


def statewide(n: int, runs: int) -> None:
    from membership.voters import stats
    from registrar import reports

    districts = list(District.objects.values_list("pk", flat=True))
    count = n // PER_SOCIETY
    started = time.perf_counter()
    society0 = _societies(count, districts, "ST")
    _members(n, society0=society0, per_society=PER_SOCIETY, tag="ST")
    print(f"\n== statewide: {n:,} members in {count:,} societies over {len(districts)} districts "
          f"(data {time.perf_counter() - started:.1f} s)")
    registrar_user = User.objects.create_user("bench.registrar", password="x", email="bench.reg@example.in")
    Officer.objects.create(user=registrar_user, rank=Rank.RCS, office=Office.objects.first())
    report = reports.get("member-statistics")
    timings = []
    for _ in range(runs):
        figures, ms, queries = _timed(report.compute, registrar_user, date(2026, 6, 1), {})
        timings.append(ms)
    values = {f.key: v for f, v in figures}
    print(f"report aggregate ({len(figures)} figures): median {statistics.median(timings):,.0f} ms, {queries} "
          f"queries (members {values['members']:,}, women {values['women']:,})")
    client = Client()
    client.force_login(registrar_user)
    _second_factor(client, registrar_user)  # a statewide rank needs the code after the password (issue 11 § 8)
    for label, url in (("report page", "/office/reports/member-statistics/"),
                       ("a figure's list, page 1", "/office/member-statistics/?figure=women"),
                       ("a figure's list, page 500", "/office/member-statistics/?figure=women&page=500")):
        from django.db import reset_queries

        assert client.get(url).status_code == 200, url  # warm
        reset_queries()  # request_started clears the log: start from an empty one, or the count comes out short
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200, url
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        print(f"{label}: median {statistics.median(timings):,.0f} ms, {len(ctx.captured_queries)} queries")
    rows = stats.figure_rows(registrar_user, date(2026, 6, 1), {}, key="women")
    plan = rows.explain()
    print("EXPLAIN women list (first lines):\n  " + "\n  ".join(plan.splitlines()[:6]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--society", type=int, default=50_000)
    parser.add_argument("--statewide", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"fresh database and migrations: {fresh_database():.1f} s", flush=True)
    try:
        if args.society:
            society_lists(args.society, args.runs)
        if args.statewide:
            statewide(args.statewide, args.runs)
    finally:
        drop_database()


if __name__ == "__main__":
    main()
