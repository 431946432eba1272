"""registrar.bulk: a bulk operation's activity entries are written at the end, in batches (issue 12 point 5)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registrar import activity
from registrar.actions import RegistrarAction
from registrar.bulk import bulk_activity
from registrar.models import ActivityEntry

pytestmark = pytest.mark.django_db
CODE = RegistrarAction.FILING_REDATED


def test_bulk_activity_writes_nothing_until_the_end_then_everything_in_order(registrar):
    with bulk_activity(batch_size=2) as log:
        for n in range(5):
            log.add(CODE, actor=registrar, target=f"item:{n}", data={"n": n})
        assert not ActivityEntry.objects.exists()  # the chain lock is not held while the items are worked
    entries = list(ActivityEntry.objects.order_by("seq"))
    assert [e.data["n"] for e in entries] == [0, 1, 2, 3, 4] and log.written == 5
    assert activity.verify_chain().ok


def test_bulk_activity_batches_are_separate_transactions(registrar):
    with CaptureQueriesContext(connection) as ctx, bulk_activity(batch_size=2) as log:
        for n in range(5):
            log.add(CODE, target=f"item:{n}")
    savepoints = [q for q in ctx.captured_queries if q["sql"].upper().startswith("SAVEPOINT")]
    assert len(savepoints) == 3  # 2 + 2 + 1: one (nested) transaction per batch inside the test's own


def test_bulk_activity_refuses_an_unknown_code_at_once():
    with pytest.raises(activity.UnknownAction), bulk_activity() as log:
        log.add("registrar.no_such_thing")
    assert not ActivityEntry.objects.exists()


def test_bulk_activity_writes_nothing_when_the_operation_fails(registrar):
    with pytest.raises(RuntimeError), bulk_activity() as log:
        log.add(CODE, target="item:1")
        raise RuntimeError("row 2 is broken")
    assert not ActivityEntry.objects.exists()
