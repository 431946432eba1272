"""Celery tasks of registration: ISO dates in, one service out. At the app's root because Celery autodiscovers
`<app>.tasks`; the task keeps its explicit name, so queued tasks still resolve."""

from datetime import date

from celery import shared_task

from registrar import clock


@shared_task(name="societies.tasks.deem_registered_applications")
def deem_registered_applications(today_iso: str | None = None) -> int:
    from .registration.sweepers import applications_deem_registered

    today = date.fromisoformat(today_iso) if today_iso else clock.today()
    return applications_deem_registered(today=today).count
