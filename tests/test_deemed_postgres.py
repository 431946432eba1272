"""Deemed registration on real PostgreSQL: row locks, the due-date index, and a real Celery worker.

(issue 4 § 4 and § Tests: named with `deemed` so `-k deemed` selects them.)
"""

import threading
from datetime import date

import pytest
from django.db import connection, connections, transaction

from societies.models import RegistrationApplication
from societies.registration.sweepers import applications_deem_registered
from tests.societies.helpers import make_submitted, reload

pytestmark = [pytest.mark.postgres]


@pytest.mark.django_db(transaction=True)
def test_deemed_sweep_skips_a_row_locked_by_another_run_then_deems_it_once(citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    locked = threading.Event()
    release = threading.Event()

    def hold_lock():
        try:
            with transaction.atomic():
                RegistrationApplication.objects.select_for_update().get(pk=application.pk)
                locked.set()
                release.wait(10)
        finally:
            connections.close_all()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    assert locked.wait(10)
    try:
        # The second run starts while the first still holds the row: it must skip it, not wait or double-apply.
        assert applications_deem_registered(today=date(2026, 3, 17)).count == 0
    finally:
        release.set()
        holder.join(10)
    assert applications_deem_registered(today=date(2026, 3, 17)).count == 1
    assert applications_deem_registered(today=date(2026, 3, 17)).count == 0
    deemed = reload(application)
    assert deemed.state == "deemed_registered"
    assert deemed.society.registered_on == date(2026, 3, 17)


@pytest.mark.django_db(transaction=True)
def test_deemed_two_concurrent_sweeps_register_once(citizen, sonitpur):
    for n in range(6):
        make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15),
                       name=f"Borgaon Fishery {n} Co-operative Society Limited")
    counts: list[int] = []
    errors: list[Exception] = []
    start = threading.Barrier(2)

    def run():
        try:
            start.wait(10)
            counts.append(applications_deem_registered(today=date(2026, 3, 25)).count)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    assert sum(counts) == 6
    assert set(RegistrationApplication.objects.values_list("state", flat=True)) == {"deemed_registered"}
    # Late run (25 Mar) still dates every society on the legal day, 17 Mar 2026.
    assert {a.society.registered_on for a in RegistrationApplication.objects.select_related("society")} == {
        date(2026, 3, 17)}


@pytest.mark.django_db
def test_deemed_sweep_query_uses_the_partial_due_date_index(citizen, sonitpur):
    make_submitted(citizen, sonitpur)
    queryset = RegistrationApplication.objects.filter(
        state__in=["submitted", "under_scrutiny", "awaiting_rbi_nabard_clearance", "hearing_scheduled"],
        decision_due_on__lt=date(2026, 3, 17),
    ).values_list("pk", flat=True)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # tiny tables: ask whether the index is usable at all
        plan = queryset.explain()
    # Either the partial index on open states (app_open_due_idx) or the plain due-date index: never a seq scan.
    assert "Seq Scan" not in plan and "Index Cond: (decision_due_on <" in plan, plan


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_deemed_registration_task_runs_in_a_real_celery_worker(citizen, sonitpur, settings):
    from celery.result import allow_join_result

    from config.celery import app
    from societies.tasks import deem_registered_applications
    from tests.celery_support import running_worker

    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    try:
        with running_worker(), allow_join_result():
            result = deem_registered_applications.apply_async(args=["2026-03-20"])
            assert result.get(timeout=60) == 1
    finally:
        app.conf.task_always_eager = True
    deemed = reload(application)
    assert deemed.state == "deemed_registered"
    assert deemed.society.registered_on == date(2026, 3, 17)
