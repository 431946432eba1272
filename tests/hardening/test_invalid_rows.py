"""`manage.py invalid_rows`: the rows that break a bound, listed for the office; then the constraints validated.

On PostgreSQL the CHECK constraints of issue 10 are added NOT VALID: a row older than the constraint may break
it. The tests make such a row the way it came about (the row exists before the constraint), on SQLite by
switching CHECKs off for one statement.
"""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from registrar import constraints
from registrar.management.commands.invalid_rows import MEANING
from societies.models import Society

pytestmark = pytest.mark.django_db

FY = "society_fy_end_real_day"


def _run(*args) -> tuple[str, str | None]:
    out = StringIO()
    try:
        call_command("invalid_rows", *args, stdout=out)
    except CommandError as exc:
        return out.getvalue(), str(exc)
    return out.getvalue(), None


def _old_bad_year_end(society, month=13, day=45) -> None:
    """A row written before the constraint existed (NOT VALID on PostgreSQL leaves such rows in place)."""
    table = connection.ops.quote_name(Society._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred foreign-key checks pending on the table
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {FY}")
            Society.objects.filter(pk=society.pk).update(fy_end_month=month, fy_end_day=day)
            bounded = next(b for b in constraints.bounded_constraints() if b.constraint.name == FY)
            with connection.schema_editor(atomic=False) as editor:
                editor.execute(f"{bounded.constraint.create_sql(Society, editor)} NOT VALID", params=None)
        else:
            cursor.execute("PRAGMA ignore_check_constraints = ON")
            try:
                Society.objects.filter(pk=society.pk).update(fy_end_month=month, fy_end_day=day)
            finally:
                cursor.execute("PRAGMA ignore_check_constraints = OFF")


def test_hardening_invalid_rows_listed_for_the_office(secretary):
    society = secretary.society
    out, error = _run()
    assert error is None and f"societies.Society.{FY} " in out and "0 row(s) break it" in out

    _old_bad_year_end(society)
    out, error = _run()
    assert (f"societies.Society.{FY} [{'NOT VALID' if connection.vendor == 'postgresql' else 'valid'}]: "
            "1 row(s) break it. The society's financial year must end on a day that exists every year.") in out
    assert f"    #{society.pk} {society}: fy_end_month=13, fy_end_day=45" in out
    assert error.startswith("1 row(s) break a constraint")

    Society.objects.filter(pk=society.pk).update(fy_end_month=3, fy_end_day=31)  # the office corrects it
    out, error = _run()
    assert error is None and "1 row(s)" not in out


@pytest.mark.postgres
def test_hardening_constraints_added_not_valid_then_validated(secretary):
    # The migrations added every bound of issue 10 NOT VALID.
    names = set(MEANING)
    assert names <= {b.constraint.name for b in constraints.bounded_constraints()}
    assert names <= constraints.not_validated()

    _old_bad_year_end(secretary.society, 2, 29)
    out, error = _run("--validate")
    assert f"societies.Society.{FY} [NOT VALID]: 1 row(s) break it." in out
    assert "[validated now]" in out and FY in error
    assert constraints.not_validated() & names == {FY}  # the others are validated; this one waits

    Society.objects.filter(pk=secretary.society.pk).update(fy_end_day=28)
    out, error = _run("--validate")
    assert error is None and f"societies.Society.{FY} [validated now]: 0 row(s)" in out
    assert not constraints.not_validated() & names
