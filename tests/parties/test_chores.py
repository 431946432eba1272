"""The due queries of the outside-party sweepers (parties/chores.py): which grants they end, and how they read."""

import json
from datetime import date, timedelta

import pytest
from django.db import connection

from parties import chores, kinds, services
from parties.models import PartyGrant

from .helpers import TODAY, accept_new, engagement, invite, society

pytestmark = pytest.mark.django_db


def test_grants_due_ends_a_closed_case_not_an_open_one_nor_another_kind_with_the_same_object_id(arcs_officer,
                                                                                                   sonitpur):
    from societies.models import Society

    closed = engagement(arcs_officer, society(sonitpur), scope="accounts 2024-25")
    still_open = engagement(arcs_officer, Society.objects.get(registration_number="SNT/REG/2024/0101"))
    # A society (another case kind) whose primary key is the closed engagement's: its claimant's grant has the
    # same object_id and must not end with the engagement.
    same_pk = Society.objects.filter(pk=closed.pk).first() or Society.objects.create(
        pk=closed.pk, registration_number="SNT/REG/2024/0199", name="Dhekiajuli Weavers Co-operative Society Limited",
        society_type="weavers", district=sonitpur, address="Dhekiajuli, Sonitpur", registered_on=date(2024, 5, 2))
    ended = accept_new(invite(arcs_officer, closed))
    kept = accept_new(invite(arcs_officer, still_open, email="audit@borah.in"))
    other_kind = accept_new(invite(arcs_officer, same_pk, email="loans@apexbank.in", kind="society",
                                   role="claimant_bank"))
    assert other_kind.object_id == ended.object_id and other_kind.content_type_id != ended.content_type_id
    services.engagement_close(actor=arcs_officer, engagement_id=closed.pk, today=TODAY)

    day = TODAY + timedelta(days=1)
    assert list(chores.grants_due(day)) == [ended]
    assert chores.party_grants_end_for_closed_cases(today=day).count == 1
    assert [g.pk for g in PartyGrant.objects.filter(active=True).order_by("pk")] == sorted([kept.pk, other_kind.pk])


def _case_scans(plan: list, tables: set[str]) -> list[dict]:
    found = []

    def walk(node: dict) -> None:
        if node.get("Relation Name") in tables:
            found.append(node)
        for child in node.get("Plans", []):
            walk(child)

    walk(plan[0]["Plan"])
    return found


@pytest.mark.postgres
def test_grants_due_probes_each_active_grants_case_by_key_not_the_whole_closed_set():
    """Years of work leave most engagements closed: the due query must look up each active grant's case by its
    key (a correlated index probe), never read the closed cases as a set (at 1,000,000 societies `object_id IN
    (closed cases)` was too big to hash and was re-read for every active grant). work_mem at its floor makes
    the 2,700 closed engagements here too big to hash, as 900,000 are at the bench's size."""
    from bench import sweep_data
    from bench.sweep_data.parties import _fill_parties
    from registrar.models import District

    today, n, due = date(2026, 3, 17), 3000, 10
    district = District.objects.get(code="SNT")
    applicant, _arcs = sweep_data._people(district)
    sweep_data._fill_societies(n, due, today, district.pk)
    _fill_parties(n, due, today, district.pk, applicant.pk)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("SET LOCAL work_mem = '64kB'")
        cursor.execute("SET LOCAL hash_mem_multiplier = 1")

    queryset = chores.grants_due(today)
    assert queryset.count() == due
    plan = json.loads(queryset.explain(format="json"))
    scans = _case_scans(plan, {kinds.ENGAGEMENT.model._meta.db_table})
    assert scans, queryset.explain()
    whole = [s for s in scans if "Index Cond" not in s or "object_id" not in s["Index Cond"]]
    assert not whole, f"a case table read as a whole, not probed by the grant's object_id:\n{queryset.explain()}"
