"""Celery tasks of the register import: ids in, one service each (eager in the demo: CELERY_TASK_ALWAYS_EAGER
when no broker is configured). Registered by membership.apps (autodiscovery reads membership/tasks.py only)."""

from celery import shared_task

from . import actions  # noqa: F401  (the import's activity code, registered with the app)


@shared_task(name="membership.imports.check_register_import")
def check_register_import(job_id: int) -> str:
    from ..services.imports import register_import_check

    return register_import_check(job_id=job_id).state


@shared_task(name="membership.imports.run_register_import")
def run_register_import(job_id: int) -> str:
    from ..services.imports import register_import_run

    return register_import_run(job_id=job_id).state
