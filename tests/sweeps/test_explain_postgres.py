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


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize("sweeper", SWEEPERS, ids=[s.name for s in SWEEPERS])
def test_sweeps_due_query_uses_an_index_on_its_table(sweeper):
    assert sweeper.due_query is not None, f"{sweeper.name}: no due_query= (registrar/sweeps.py docstring)"
    filled = sweep_data.build(n=ROWS, due=DUE, today=TODAY)
    queryset = sweeper.due_query(TODAY)
    table = queryset.model._meta.db_table
    assert filled.get(table, 0) >= ROWS, (
        f"{sweeper.name} reads {table}, which bench/sweep_data/ does not fill: add a _fill_ function there")
    assert 0 < queryset.count() < ROWS, f"{sweeper.name}: expected a few due rows of {ROWS}, got {queryset.count()}"

    plan = json.loads(queryset.explain(format="json"))
    on_table = [node for node, relation in scans(plan) if relation == table]
    assert "Seq Scan" not in on_table, f"{sweeper.name}: sequential scan on {table}:\n{queryset.explain()}"
    assert set(on_table) & INDEX_NODES, f"{sweeper.name}: no index scan on {table}:\n{queryset.explain()}"
