"""The register import (issue 14 point 6): 20,000 rows of an existing register, CSV and XLSX, checked and
entered on PostgreSQL, with the activity entries written after the commit. Prints the seconds of each phase and
rows per second; exits non-zero when the whole import (check + entry + activity) of either file takes 60 s or more.

    DATABASE_URL=postgres://.../x BENCH_DB=sahakar_bench_x .venv/bin/python bench/membership_import.py [--rows 20000]

Phases, timed with time.perf_counter on the services the Celery tasks call (eager here, as in the demo):
upload (the job row with the file), check (read + validate every row, the per-row report), entry (one
transaction: persons, entries, first versions, allotments, nominees by bulk_create in chunks of 2,000, progress
through a second connection), activity (one entry per member and one for the import, in batches of 500).
"""

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, drop_database, fresh_database

sys.path.insert(0, str(ROOT))

from membership.models import Member, MemberVersion, RegisterImport
from membership.services import imports as service
from registrar.activity import ActivityEntry
from registrar.models import District, User
from tests.membership_import.helpers import csv_bytes, many_rows, xlsx_bytes

LIMIT_SECONDS = 60


def _secretary(society):
    from guardian.shortcuts import assign_perm

    user = User.objects.create_user(f"bench.secretary.{society.pk}", password="x",
                                    email=f"bench.secretary.{society.pk}@example.in")
    assign_perm("societies.act_as_secretary", user, society)
    return user


def one(kind: str, n: int, district) -> dict:
    from societies.models import Society

    society = Society.objects.create(registration_number=f"SNT/BENCH/IMPORT/{kind}", name=f"Bench Import {kind}", registered_on=date(2000, 1, 1),
                                     society_type="gpss", district=district, address="Tezpur")
    actor = _secretary(society)
    rows = many_rows(n)
    data = csv_bytes(rows) if kind == "csv" else xlsx_bytes(rows)
    times = {"bytes": len(data)}
    started = time.perf_counter()
    # Eager Celery (no broker), as in the demo: the check runs when the upload commits, the entry when the
    # confirmation commits, exactly as the pages trigger them.
    job = service.register_import_upload(society_id=society.pk, actor=actor, name=f"register.{kind}", data=data)
    job.refresh_from_db()
    times["upload+check"] = time.perf_counter() - started
    assert job.state == RegisterImport.State.READY, (job.state, job.file_error, list(job.problems.all()[:5]))
    before = ActivityEntry.objects.count()
    mark = time.perf_counter()
    service.register_import_confirm(job_id=job.pk, actor=actor)
    job.refresh_from_db()
    times["entry+activity"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - started
    assert job.state == RegisterImport.State.DONE, (job.state, job.file_error)
    assert Member.objects.filter(society=society).count() == n
    assert MemberVersion.objects.filter(society=society).count() == n
    times["activity_entries"] = ActivityEntry.objects.count() - before
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    try:
        print(f"fresh database and migrations: {fresh_database():.1f} s")
        district = District.objects.get(code="SNT")
        results = {kind: one(kind, args.rows, district) for kind in ("csv", "xlsx")}
        print(f"\n{'file':<5} {'rows':>7} {'MB':>5} {'check s':>8} {'entry+log s':>11} {'total s':>8} "
              f"{'rows/s':>7} {'entries':>8}")
        failed = False
        for kind, t in results.items():
            print(f"{kind:<5} {args.rows:>7,} {t['bytes'] / 1e6:>5.2f} {t['upload+check']:>8.2f} {t['entry+activity']:>11.2f} "
                  f"{t['total']:>8.2f} {args.rows / t['total']:>7.0f} {t['activity_entries']:>8,}")
            failed |= t["total"] >= LIMIT_SECONDS
        if failed:
            sys.exit(f"an import of {args.rows:,} rows took {LIMIT_SECONDS} s or more")
    finally:
        drop_database()


if __name__ == "__main__":
    main()
