"""After the run: is everything the server acknowledged really in the database, and does the chain verify?"""

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from django.db import connection

from registrar.models import ActivityEntry
from societies.governance.actions import GovernanceAction
from societies.governance.models import AnnualReturn, FinancialYear

from .bare import TABLE, BenchAction
from .client import PhaseResult

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Check:
    label: str
    ok: bool
    detail: str


def verify(*, phases, warm_ups: list[PhaseResult], filed: PhaseResult | None, acked: PhaseResult | None,
           fy_end, bench_url: str, probed: dict[str, int]) -> list[Check]:
    checks: list[Check] = []
    results = [*warm_ups, *(r for r, _locks in phases)]
    # Every successful bare post, in any phase (warm-up included), left one row.
    bare_posts = sum(r.done for r in results if "bare" in r.name) + probed["bare rows"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {TABLE}")
        rows = cursor.fetchone()[0]
    checks.append(Check("every acknowledged bare insert is a row", rows == bare_posts,
                        f"{rows:,} rows for {bare_posts:,} HTTP 201 answers"))
    logged_posts = sum(r.done for r in results if "activity" in r.name) + probed["logged entries"]
    logged_rows = ActivityEntry.objects.filter(action=BenchAction.BARE_INSERTED).count()
    checks.append(Check("one activity entry per logged bare insert", logged_rows == logged_posts,
                        f"{logged_rows:,} entries for {logged_posts:,} answers"))

    if filed is not None:
        acks = [o.ack for o in filed.outcomes if o.ok]
        checks.append(Check("acknowledgement numbers unique", len(acks) == len(set(acks)),
                            f"{len(set(acks)):,} distinct of {len(acks):,}"))
        in_db = AnnualReturn.objects.filter(acknowledgement_number__in=acks, state=AnnualReturn.State.FILED)
        found = {r.acknowledgement_number: r.society_id for r in in_db.only("acknowledgement_number", "society")}
        wrong_society = [o.ack for o in filed.outcomes if o.ok and found.get(o.ack) not in (None, o.society_id)]
        checks.append(Check("every acknowledged filing is a filed return in the database",
                            len(found) == len(acks) and not wrong_society,
                            f"{len(found):,} of {len(acks):,} found; {len(wrong_society)} under another society"))
        total_filed = AnnualReturn.objects.filter(state=AnnualReturn.State.FILED).count()
        checks.append(Check("no filed return that was not acknowledged",
                            total_filed == len(acks) + probed["filed returns"],
                            f"{total_filed:,} filed returns in the database (one by the in-process probe)"))
        years = FinancialYear.objects.filter(ends_on=fy_end, returns_filed_on__isnull=False).count()
        checks.append(Check("the year records the filing (returns_filed_on)", years == total_filed,
                            f"{years:,} years with a filing date"))
        checks.append(Check("each acknowledgement page shows its number", acked is not None and acked.done == len(acks),
                            f"{acked.done if acked else 0:,} of {len(acks):,} pages"))
        entries = ActivityEntry.objects.filter(action=GovernanceAction.RETURN_FILED).count()
        checks.append(Check("one activity entry per filed return", entries == total_filed,
                            f"{entries:,} {GovernanceAction.RETURN_FILED} entries"))

    env = {**os.environ, "DATABASE_URL": bench_url, "DJANGO_SETTINGS_MODULE": "config.settings"}
    run = subprocess.run([sys.executable, "manage.py", "verify_activity"], env=env, capture_output=True, text=True,
                         cwd=ROOT)
    out = (run.stdout + run.stderr).strip().splitlines()
    checks.append(Check("manage.py verify_activity", run.returncode == 0, out[-1] if out else "(no output)"))
    return checks
