"""Celery tasks of registration: ISO dates in, one service out."""

from datetime import date

from celery import shared_task

from registrar import clock


@shared_task(name="societies.tasks.deem_registered_applications")
def deem_registered_applications(today_iso: str | None = None) -> int:
    from .sweepers import applications_deem_registered

    today = date.fromisoformat(today_iso) if today_iso else clock.today()
    return applications_deem_registered(today=today).count
