"""Rows for every registered sweeper's table, built in SQL: one INSERT ... SELECT FROM generate_series per table.

Used by bench/run_sweeps_bench.py (10,000 and 100,000 societies) and by tests/sweeps/test_explain_postgres.py
(a few thousand rows, so the planner's choice is a real one, without `enable_seqscan = off`).

`build(n=..., due=..., today=...)` fills what exists: registration applications and societies always, the
supervision tables of societies.governance, outside parties and membership (admission, termination) when their models
are installed. For every sweeper exactly `due`
rows are due on `today` whatever `n` is, each sweeper's on its own `due` societies (BLOCKS), with the facts its
effect needs (a Board in office for the AGM dissolution, a President for the s.43 cessations); the rest are
not due. A sweeper on a new table needs a fill here (the EXPLAIN test fails until it has one), a new sweeper
a block in BLOCKS (bench/run_sweeps_bench.py fails while it does 0 rows).

Needs Django set up (bench/_common.py or pytest-django) and PostgreSQL.
"""

from datetime import date

from django.db import connection

from .audit import _fill_audits
from .bylaws import _fill_bylaw_amendments
from .inquiry import _fill_seizures
from .liquidation import _fill_cancellations
from .liquidation_closing import _fill_closings
from .liquidation_workspace import _fill_liquidations
from .membership import _fill_membership
from .parties import _fill_parties
from .recovery import _fill_certificates
from .registration import _fill_applications, _fill_societies, _people
from .restructuring import _fill_schemes
from .sql import _people_ids, insert_series  # noqa: F401  (bench scripts import it from here)
from .supersession import _fill_supersessions
from .supersession_admin import _fill_supersession_admin
from .supervision import BLOCKS, _fill_supervision
from .voters import _fill_voter_lists


def build(*, n: int, due: int, today: date) -> dict[str, int]:
    """Fill every table a registered sweeper reads; returns {table: rows inserted}. ANALYZEs what it filled."""
    from registrar.models import District
    from societies.models import RegistrationApplication, Society

    if n < len(BLOCKS) * due:
        raise ValueError(f"sweep_data.build: n={n} societies cannot hold {len(BLOCKS)} blocks of {due} due rows")
    district = District.objects.get(code="SNT")
    applicant, _arcs = _people(district)
    counts = {
        Society._meta.db_table: _fill_societies(n, due, today, district.pk),
        RegistrationApplication._meta.db_table: _fill_applications(n, due, today, district.pk, applicant.pk),
    }
    counts.update(_fill_supervision(n, due, today))
    counts.update(_fill_parties(n, due, today, district.pk, applicant.pk))
    counts.update(_fill_membership(n, due, today, _people_ids()))
    counts.update(_fill_voter_lists(n, due, today))
    counts.update(_fill_bylaw_amendments(n, due, today))
    counts.update(_fill_audits(n, due, today))
    counts.update(_fill_seizures(n, due, today, district.pk))
    counts.update(_fill_certificates(n, due, today, district.pk))
    counts.update(_fill_supersessions(n, due, today, district.pk))
    counts.update(_fill_supersession_admin(n, due, today))  # after supersessions: turns closed cases into open ones
    counts.update(_fill_schemes(n, due, today, district.pk))
    counts.update(_fill_cancellations(n, due, today, district.pk))
    counts.update(_fill_liquidations(n, due, today, district.pk))
    counts.update(_fill_closings(n, due, today))  # after the liquidations: one closing per case
    with connection.cursor() as cursor:
        for table in counts:
            cursor.execute(f"ANALYZE {table}")
    return counts
