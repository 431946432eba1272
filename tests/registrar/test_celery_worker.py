"""Tasks go through a real Celery worker process on Redis (not eager), at least once in the suite."""

import pytest

from registrar.models import Notification

pytestmark = [pytest.mark.postgres, pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def real_broker(settings):
    from config.celery import app

    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    yield app
    app.conf.task_always_eager = True


def test_tasks_run_in_a_real_worker_on_redis(real_broker, citizen):
    from celery.result import allow_join_result

    from registrar.tasks import run_daily_sweeps, send_notification_email
    from tests.celery_support import running_worker

    assert real_broker.conf.broker_url.startswith("redis://")
    assert not real_broker.conf.task_always_eager
    note = Notification.objects.create(recipient=citizen, key="worker-test", subject="Hello", body="From a worker")
    # allow_join_result: the test process is not a task, but Celery's "never call get() inside a task" guard is
    # process-global state that an earlier test in the same session may have left set.
    with running_worker(), allow_join_result():
        result = send_notification_email.apply_async(args=[note.pk])
        assert result.get(timeout=60) is True
        sweeps = run_daily_sweeps.apply_async(args=["2026-03-17"]).get(timeout=60)
    note.refresh_from_db()
    assert note.emailed_at is not None  # written by the worker process, committed to the test database
    assert isinstance(sweeps, dict)
