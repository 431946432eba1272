"""Every registered sweeper declares its due query, and on PostgreSQL that query reads an index.

No `enable_seqscan = off`: bench/sweep_data/ fills each sweeper's table with a few thousand rows (a handful
due), ANALYZE runs, and the planner must choose an Index / Bitmap scan on the queryset's own table by itself.
A sweeper registered without `due_query=`, or on a table the generator does not fill, fails here by name.
"""

import json
from datetime import date

import pytest
from django.db.models import QuerySet

from bench import sweep_data
from registrar import sweeps

TODAY = date(2026, 3, 17)
ROWS = 3000
DUE = 10
SWEEPERS = sweeps.registered()
INDEX_NODES = {"Index Scan", "Index Only Scan", "Bitmap Heap Scan"}


def scans(plan: list) -> list[tuple[str, str]]:
    """(node type, relation) for every scan node of an EXPLAIN (FORMAT JSON) plan."""
    found = []

    def walk(node: dict) -> None:
        if "Relation Name" in node:
            found.append((node["Node Type"], node["Relation Name"]))
        for child in node.get("Plans", []):
            walk(child)

    walk(plan[0]["Plan"])
    return found


def test_sweeps_every_registered_sweeper_declares_a_due_query():
    names = [s.name for s in SWEEPERS]
    assert "deemed_registration" in names and "registration_decision_reminders" in names, names
    missing = [s.name for s in SWEEPERS if s.due_query is None]
    assert not missing, f"sweeper(s) registered without due_query= (registrar/sweeps.py): {missing}"
    for s in SWEEPERS:
        assert isinstance(s.due_query(TODAY), QuerySet), s.name


def _plan_problem(sweeper, filled) -> str | None:
    """Why this sweeper's due query does not read an index on its own table, or None when it does."""
    if sweeper.due_query is None:
        return "no due_query= (registrar/sweeps.py docstring)"
    queryset = sweeper.due_query(TODAY)
    table = queryset.model._meta.db_table
    if filled.get(table, 0) < ROWS:
        return f"reads {table}, which bench/sweep_data/ does not fill: add a _fill_ function there"
    due = queryset.count()
    if not 0 < due < ROWS:
        return f"expected a few due rows of {ROWS}, got {due}"
    plan = json.loads(queryset.explain(format="json"))
    on_table = [node for node, relation in scans(plan) if relation == table]
    if "Seq Scan" in on_table:
        return f"sequential scan on {table}:\n{queryset.explain()}"
    if not set(on_table) & INDEX_NODES:
        return f"no index scan on {table}:\n{queryset.explain()}"
    return None


@pytest.mark.postgres
@pytest.mark.django_db
def test_sweeps_due_query_uses_an_index_on_its_table():
    """One build of the data for every sweeper (it was one build each: 45 builds, minutes of the suite); a
    failure names every sweeper whose due query reads no index, and why."""
    filled = sweep_data.build(n=ROWS, due=DUE, today=TODAY)
    problems = {s.name: problem for s in SWEEPERS if (problem := _plan_problem(s, filled))}
    assert len(SWEEPERS) > 40
    assert not problems, "\n\n".join(f"{name}: {problem}" for name, problem in problems.items())
