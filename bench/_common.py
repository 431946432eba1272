"""Shared set-up for the benchmarks: a throwaway PostgreSQL database `sahakar_bench`, migrated, per run.

Imported before Django is configured: it rewrites DATABASE_URL to point at the bench database, then django.setup().
"""

import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_DB = os.environ.get("BENCH_DB", "sahakar_bench")  # another name when several people share one server


def _require_postgres() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://", "pgsql://")):
        sys.exit("bench: DATABASE_URL must point at PostgreSQL (got "
                 f"{url or 'nothing: the SQLite default'}). The benchmarks measure PostgreSQL plans and locks; "
                 "start one with `eval \"$(bash scripts/services.sh start)\"` or run bench/run_all.sh.")
    return url


ORIGINAL_URL = _require_postgres()
_parts = urlsplit(ORIGINAL_URL)
BENCH_URL = urlunsplit(_parts._replace(path=f"/{BENCH_DB}"))
os.environ["DATABASE_URL"] = BENCH_URL
os.environ.setdefault("CONN_MAX_AGE", "0")

sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connections  # noqa: E402


def _maintenance_conninfo() -> str:
    return urlunsplit(_parts._replace(scheme="postgresql"))


def fresh_database() -> float:
    """Drop and recreate sahakar_bench, then migrate it. Returns the seconds taken."""
    started = time.perf_counter()
    connections.close_all()
    with psycopg.connect(_maintenance_conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{BENCH_DB}"')
    # The content types cached from the previous size's database (ids) are not this one's: post_migrate handlers
    # that create permissions (parties.kinds) would point at missing rows.
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    call_command("migrate", verbosity=0, interactive=False)
    return time.perf_counter() - started


def drop_database() -> None:
    connections.close_all()
    with psycopg.connect(_maintenance_conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)')


def insert_applications(*, n: int, district_id: int, applicant_id: int, state: str, due_rows: int,
                        overdue_received, overdue_due, open_received, open_due, spread_days: int = 0) -> float:
    """Insert `n` applications with ONE INSERT ... SELECT FROM generate_series; the first `due_rows` are overdue.

    With spread_days > 0 the not-due rows get decision_due_on = open_due + (g % spread_days). Columns not named
    here take their model default (sweep_data.insert_series), so a new column does not break the bench.
    Returns seconds.
    """
    from sweep_data import insert_series

    from societies.models import RegistrationApplication

    table = RegistrationApplication._meta.db_table
    values = {
        "applicant_id": "%(applicant)s", "proposed_name": "'Bench Samabay Samity ' || g || ' Limited'",
        "society_type": "'gpss'", "district_id": "%(district)s", "address": "'Ward ' || (g %% 40) || ', Tezpur'",
        "area_of_operation": "'Tezpur revenue circle'", "authorised_share_capital": "100000.00",
        "chief_promoter_name": "'Promoter ' || g", "state": "%(state)s",
        "acknowledgement_number": "'RCS/SNT/BENCH/' || lpad(g::text, 7, '0')",
        "received_on": "CASE WHEN g <= %(due_rows)s THEN %(overdue_received)s::date ELSE %(open_received)s::date END",
        "decision_due_on": "CASE WHEN g <= %(due_rows)s THEN %(overdue_due)s::date ELSE %(open_due)s::date + "
                           "(CASE WHEN %(spread)s > 0 THEN g %% %(spread)s ELSE 0 END) END",
    }
    started = time.perf_counter()
    insert_series(RegistrationApplication, n, values, {
        "applicant": applicant_id, "district": district_id, "state": state, "due_rows": due_rows,
        "overdue_received": overdue_received, "overdue_due": overdue_due, "open_received": open_received,
        "open_due": open_due, "spread": max(spread_days, 0)})
    with connections["default"].cursor() as cursor:
        cursor.execute(f"ANALYZE {table}")
    return time.perf_counter() - started
