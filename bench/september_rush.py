"""The September rush (issue 6 Performance): many secretaries file their annual returns at once.

Run (a private PostgreSQL on 54365; never in CI):
    eval "$(SERVICES_DIR=/tmp/sahakar-rush PGPORT=54365 REDIS_PORT=63865 bash scripts/services.sh start)"
    .venv/bin/python bench/september_rush.py            # --societies 2000 --clients 16 --bare 3000
    SERVICES_DIR=/tmp/sahakar-rush PGPORT=54365 REDIS_PORT=63865 bash scripts/services.sh stop

A throwaway database `sahakar_bench` (bench/_common.py) gets N societies with a secretary, the AGM held and a
session each. gunicorn (2 sync workers, CONN_MAX_AGE>0, DEBUG off) serves bench.rush.settings: the production
URLs plus a bare view that inserts one row. The same client threads then POST, in one run against the same
server: bare inserts, bare inserts + one activity entry, complete annual returns through the real filing views,
and bare inserts again. It checks every acknowledged filing is in the database (numbers unique, returns filed,
one activity entry each), runs `manage.py verify_activity`, and prints filings/s as a ratio to the bare insert.
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

# Both this process (which writes the sessions) and gunicorn must sign with the same key; DEBUG off as in
# production; plain-HTTP cookies; mail kept in memory. With CELERY_BROKER_URL (scripts/services.sh exports its
# Redis) a filing only enqueues its acknowledgement email, as in production (no worker consumes it here);
# without one the email is sent eagerly inside the request.
_PRIVATE = tempfile.mkdtemp(prefix="rush-private-")
os.environ.update({
    "DEBUG": "0", "SECRET_KEY": "september-rush-bench-only-not-secret", "SESSION_COOKIE_SECURE": "0",
    "CSRF_COOKIE_SECURE": "0", "LOG_LEVEL": "WARNING", "PRIVATE_MEDIA_ROOT": _PRIVATE,
    "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
})
os.environ.setdefault("CELERY_BROKER_URL", "")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH_URL, ROOT, _maintenance_conninfo, drop_database, fresh_database  # noqa: E402

from bench.rush import filing, probe  # noqa: E402
from bench.rush.client import Identity, Outcome, Server, merge, run_phase  # noqa: E402
from bench.rush.locks import LockSampler  # noqa: E402
from bench.rush.locks import merge as merge_locks  # noqa: E402
from bench.rush.report import print_summary  # noqa: E402
from bench.rush.seed import RushDates, seed  # noqa: E402
from bench.rush.verify import verify  # noqa: E402
from registrar import clock  # noqa: E402

TARGET_RATIO = 0.4


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.rush.settings", "DATABASE_URL": BENCH_URL,
           "CONN_MAX_AGE": "600"}
    cmd = [str(ROOT / ".venv" / "bin" / "gunicorn"), "config.wsgi", "--workers", str(workers),
           "--worker-class", "sync", "--bind", f"127.0.0.1:{port}", "--chdir", str(ROOT),
           "--log-level", "warning", "--timeout", "120"]
    return subprocess.Popen(cmd, env=env, cwd=ROOT)


def bare_job(server: Server, who: Identity, path: str):
    def job() -> Outcome:
        response = server.post_form(path, who, {"payload": f"society {who.society_id}"})
        ok = response.status == 201
        return Outcome(ok, response.seconds, error="" if ok else f"HTTP {response.status}: {response.text[:200]}")

    return job


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--societies", type=int, default=2000, help="societies, one secretary and filing each")
    parser.add_argument("--clients", type=int, default=16, help="concurrent client threads")
    parser.add_argument("--bare", type=int, default=3000, help="bare inserts of each kind, over all rounds")
    parser.add_argument("--rounds", type=int, default=4, help="rounds alternating bare, bare+activity, filings")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (design.md: 2 on 2 cores)")
    parser.add_argument("--keep", action="store_true", help="keep the bench database afterwards")
    args = parser.parse_args()

    print(f"September rush: {args.societies:,} societies, {args.clients} concurrent clients, gunicorn "
          f"{args.workers} sync workers, PostgreSQL {BENCH_URL.rsplit('@', 1)[-1]}; tasks "
          + (f"queued to {os.environ['CELERY_BROKER_URL']}" if os.environ["CELERY_BROKER_URL"] else "run eagerly"))
    gunicorn = None
    try:
        migrate_s = fresh_database()
        dates = RushDates.around(clock.today())
        identities, seed_s = seed(args.societies + 1, dates)
        print(f"migrate {migrate_s:.1f} s; seed {seed_s:.1f} s ({len(identities):,} secretaries with sessions); "
              f"year ended {dates.fy_end:%d %b %Y}, AGM held {dates.agm_on:%d %b %Y}", flush=True)

        probe_who = identities.pop()  # one extra society, filed in-process to count SQL statements
        fields = filing.return_fields(dates.agm_on, dates.audit_on)
        queries = probe.count_queries(probe_who, fields)

        port = free_port()
        gunicorn = start_gunicorn(port, args.workers)
        server = Server("127.0.0.1", port)
        server.wait_until_up("/accounts/login/")
        conninfo = _maintenance_conninfo().rsplit("/", 1)[0] + "/sahakar_bench"
        bare, logged = "/bench/bare-insert/", "/bench/bare-insert-logged/"
        # Warm-up (not reported): both workers import, compile templates and open their connections.
        warmed = [run_phase(f"warm-up {name}", [bare_job(server, identities[i], path) for i in range(40)],
                            args.clients) for name, path in (("bare", bare), ("bare + activity", logged))]

        # Each secretary first opens the form, as a browser would (timed apart from the filings).
        opened = run_phase("secretaries open the return form (GET)",
                           [filing.open_job(server, who) for who in identities], args.clients)
        print(f"  {opened.name}: {opened.done:,} in {opened.wall_seconds:.1f} s", flush=True)

        # Rounds alternate the kinds, so a change in the machine's load (other processes) hits all of them alike.
        kinds = {"bare": [], "logged": [], "filed": []}
        per_round = -(-len(identities) // args.rounds)
        load_before = os.getloadavg()[0]
        for r in range(args.rounds):
            chunk = identities[r * per_round:(r + 1) * per_round]
            for kind, jobs in (
                ("bare", [bare_job(server, identities[i % len(identities)], bare)
                          for i in range(args.bare // args.rounds)]),
                ("logged", [bare_job(server, identities[i % len(identities)], logged)
                            for i in range(args.bare // args.rounds)]),
                ("filed", [filing.file_job(server, who, fields) for who in chunk]),
            ):
                with LockSampler(conninfo) as locks:
                    result = run_phase(f"{kind} round {r + 1}", jobs, args.clients)
                kinds[kind].append((result, locks))
                print(f"  {result.name}: {result.done:,} in {result.wall_seconds:.1f} s ({result.per_second:.1f}/s), "
                      f"{len(result.errors)} errors; load {os.getloadavg()[0]:.1f}", flush=True)
        load_after = os.getloadavg()[0]
        phases = [
            (merge("bare insert (1 row)", [p for p, _ in kinds["bare"]]), merge_locks([s for _, s in kinds["bare"]])),
            (merge("bare insert + activity entry", [p for p, _ in kinds["logged"]]),
             merge_locks([s for _, s in kinds["logged"]])),
            (merge("annual return filed (1 POST, 2 PDFs)", [p for p, _ in kinds["filed"]]),
             merge_locks([s for _, s in kinds["filed"]])),
        ]
        filed = phases[2][0]
        by_society = {who.society_id: who for who in identities}
        acked = run_phase("acknowledgement page shows the number (GET)", [
            filing.ack_page_job(server, by_society[o.society_id], o.detail, o.ack)
            for o in filed.outcomes if o.ok], args.clients)

        gunicorn.terminate()
        gunicorn.wait(timeout=30)
        gunicorn = None
        checks = verify(phases=phases, warm_ups=warmed, filed=filed, acked=acked, fy_end=dates.fy_end,
                        bench_url=BENCH_URL, probed=probe.PROBE_ROWS)
        print_summary(phases=phases, extra=[opened, acked], filed=filed, checks=checks, target=TARGET_RATIO,
                      queries=queries, rounds=args.rounds, load=(load_before, load_after))
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        if not args.keep:
            drop_database()
        shutil.rmtree(_PRIVATE, ignore_errors=True)


if __name__ == "__main__":
    main()
