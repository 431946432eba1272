"""Matching's pre-filter (membership.services.people._candidates) reads an index on PostgreSQL.

The bench (1,000,000 societies) found each deemed admission taking ~10 s: `icontains` compiled to UPPER(..) LIKE,
which no index serves, so every entry seq-scanned all persons and sorted them for DISTINCT.

Which plan the planner picks on a test database of 20,000 small rows is its cost estimate's business (a seq scan
of 200 pages can be cheapest there, and it varied between runs), so the test asks whether the index *can* serve
the filter: with plain and index scans priced out, a predicate the trigram index serves is a Bitmap Index Scan
on it, while UPPER(name_key) LIKE (or any predicate it cannot serve) stays a Seq Scan whatever the settings.
"""

import json

import pytest
from django.db import connection

from membership.matching import normalise
from membership.models import Person
from membership.services.people import _candidates
from tests.sweeps.test_explain_postgres import scans

ROWS = 20000


def _fill():
    firsts = ["Abdul", "Rina", "Mamoni", "Bipul", "Hemanta", "Pranjal", "Dipika", "Jahnabi", "Anil", "Bhaskar"]
    surnames = ["Saikia", "Das", "Bora", "Kalita", "Ahmed", "Gogoi", "Baruah", "Deka"]
    people = []
    for i in range(ROWS):
        name = f"{firsts[i % 10]} Q{i:05d}x {surnames[(i // 10) % 8]}"
        people.append(Person(name=name, name_key=normalise(name), gender="man"))
    Person.objects.bulk_create(people)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Person._meta.db_table}")


@pytest.mark.postgres
@pytest.mark.django_db
def test_person_candidates_use_the_name_key_trigram_index():
    _fill()
    rows = _candidates("Sri Q01234X Zqwerty", exclude_pk=None)
    assert [p.name for p in rows] == ["Hemanta Q01234x Kalita"]

    sql = str(rows.query)
    assert "UPPER(" not in sql and "DISTINCT" not in sql, sql
    with connection.cursor() as cursor:      # the test's transaction: SET LOCAL ends with it
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = json.loads(rows.explain(format="json"))
    found = scans(plan)
    assert ("Bitmap Heap Scan", Person._meta.db_table) in found, found
    assert "membership_person_name_key_trgm" in json.dumps(plan), plan
