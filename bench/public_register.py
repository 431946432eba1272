"""The public register at national scale (issue 24, Performance): 1,000,000 societies by generate_series, then,
side by side in one run on PostgreSQL:
- name search p95 (a misspelt word and two words out of order, first page of 25) against a primary-key lookup p95
  (goal: at most 100x, about 25 ms);
- the API's society list page p95 (through Django's test client: routing, throttle, serializer);
- the change feed reading 10,000 events;
- the nightly open-data export: time and peak Python memory (tracemalloc) — streamed, so the peak must not grow
  with the register.

Run: DATABASE_URL=postgres://... .venv/bin/python bench/public_register.py [N]   (N defaults to 1,000,000)
Not in CI. Prints one JSON object at the end. BENCH_EXPORT=0 skips the export (about 7 minutes at 1,000,000) when
only the search, API and feed figures are wanted.
"""

import json
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import drop_database, fresh_database  # noqa: I001
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings

from sweep_data import insert_series

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
ROUNDS = 200
# Villages from three syllables: 27,000 distinct names, as many as Assam has villages, so a village's word
# matches ~40 societies as in real names (Borgaon, Dhekiajuli ...); the kind word matches a twelfth of them.
SYLLABLES = ["bor", "gaon", "dhe", "kia", "juli", "ran", "ga", "pa", "ra", "tez", "pur", "ha", "jo", "ma",
             "ri", "ani", "ti", "ta", "bar", "bok", "khat", "sil", "char", "nal", "bari", "mang", "dai", "lakh",
             "dhem", "ji"]
KINDS = ["fishery", "dairy", "weavers", "consumers", "thrift credit", "farming", "sericulture", "tea growers",
         "housing", "marketing", "gpss", "mahila multipurpose"]
VILLAGES = len(SYLLABLES) ** 3


def p95(values):
    return statistics.quantiles(values, n=20)[-1] * 1000


def build(n: int) -> float:
    from registrar.models import ActivityEntry, District
    from societies.models import Society

    started = time.perf_counter()
    district = District.objects.order_by("pk").first()
    syl = "ARRAY[" + ",".join(f"'{x}'" for x in SYLLABLES) + "]"
    kinds = "ARRAY[" + ",".join(f"'{k}'" for k in KINDS) + "]"
    count = len(SYLLABLES)
    village = (f"({syl})[1 + ((g %% {VILLAGES}) / {count * count})] || ({syl})[1 + ((g %% {VILLAGES}) / {count})"
               f" %% {count}] || ({syl})[1 + (g %% {count})]")
    words = f"{village} || ' ' || ({kinds})[1 + ((g / {VILLAGES}) %% {len(KINDS)})]"
    insert_series(Society, n, {
        "registration_number": "'BNC/REG/' || lpad(g::text, 8, '0')",
        "name": f"initcap({words}) || ' Co-operative Society Limited'",
        "name_normalised": f"{words} || ' co operative society limited'",
        "name_search": words, "society_type": "'gpss'",
        "district_id": "%(district)s", "address": "'Ward ' || (g %% 40)",
        "area_of_operation": f"initcap({village}) || ' gaon panchayat'",
        "public_token": "md5('bench' || g)", "registered_on": "date '2000-01-01' + (g %% 9000)",
        "legal_status": "CASE WHEN g %% 50 = 0 THEN 'dissolved' ELSE 'registered' END",
        "governance_status": "'elected_board'",
    }, {"district": district.pk})
    first = Society.objects.order_by("pk").values_list("pk", flat=True).first()
    insert_series(ActivityEntry, 20_000, {
        "seq": "g", "at": "now() - interval '1 day' + (g * interval '1 second')",
        "action": "CASE WHEN g %% 2 = 0 THEN 'societies.registered' ELSE 'societies.document_uploaded' END",
        "society_id": f"{first} + (g %% 1000)", "data": "'{}'::jsonb",
        "prev_hash": "md5('p' || g) || md5('q' || g)", "hash": "md5('h' || g) || md5('i' || g)",
    })
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE societies_society; ANALYZE registrar_activityentry")
    return time.perf_counter() - started


def typed_queries(rng, samples=30) -> list[str]:
    """What people type: a village misspelt by one letter with its kind, the two words out of order, a village
    alone — from villages that exist."""
    from societies.models import Society

    names = list(Society.objects.order_by("?").values_list("name_search", flat=True)[:samples])
    queries = []
    for name in names:
        village, kind = name.split(" ", 1)
        i = rng.randrange(1, len(village) - 1)
        misspelt = village[:i] + ("e" if village[i] != "e" else "a") + village[i + 1:]
        queries += [f"{misspelt} {kind}", f"{kind} {village}", village]
    return queries


def timed(func, rounds=ROUNDS):
    spent = []
    for _ in range(rounds):
        started = time.perf_counter()
        func()
        spent.append(time.perf_counter() - started)
    return spent


def _export(publish):
    """The nightly export into a throwaway folder: (seconds, peak Python bytes, societies written)."""
    with tempfile.TemporaryDirectory() as folder, override_settings(OPEN_DATA_ROOT=Path(folder)):
        tracemalloc.start()
        started = time.perf_counter()
        release = publish()
        seconds = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return seconds, peak, release.societies


def main():
    from openregister import feed
    from openregister.opendata.export import publish
    from openregister.search import Criteria, set_similarity_threshold, society_list_public
    from societies.models import Society

    setup = fresh_database()
    built = build(N)
    ids = list(Society.objects.values_list("pk", flat=True)[:: max(1, N // 1000)])
    rng = random.Random(7)
    queries = typed_queries(rng)

    def by_pk():
        Society.objects.select_related("district").get(pk=rng.choice(ids))

    def search():
        text = rng.choice(queries)
        with transaction.atomic():
            set_similarity_threshold(text)
            list(society_list_public(Criteria(text=text)).select_related("district")[:26])

    pk_times, search_times = timed(by_pk), timed(search)
    client = Client()
    with override_settings(API_ANONYMOUS_LIMIT=10**9):
        api_times = timed(lambda: client.get("/api/v1/societies/?page_size=100&legal_status=registered"), 50)
        feed_started = time.perf_counter()
        events, _cursor = feed.read(0, 10_000)
        feed_seconds = time.perf_counter() - feed_started
    export_seconds, peak, exported = None, 0, None
    if os.environ.get("BENCH_EXPORT", "1") != "0":
        export_seconds, peak, exported = _export(publish)
    result = {
        "societies": N, "setup_s": round(setup, 1), "build_s": round(built, 1),
        "pk_lookup_p95_ms": round(p95(pk_times), 2), "name_search_p95_ms": round(p95(search_times), 2),
        "search_to_pk_ratio": round(p95(search_times) / p95(pk_times), 1),
        "api_list_page_p95_ms": round(p95(api_times), 1),
        "feed_10000_events_s": round(feed_seconds, 2), "feed_events_read": len(events),
        "open_data_export_s": export_seconds and round(export_seconds, 1),
        "open_data_peak_python_mb": round(peak / 2**20, 1), "open_data_rows": exported,
    }
    print(json.dumps(result, indent=2))
    drop_database()


if __name__ == "__main__":
    main()
