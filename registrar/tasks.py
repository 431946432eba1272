"""Celery tasks of the office. Tasks take ids or ISO dates and call exactly one service."""

from datetime import date

from celery import shared_task

from . import clock, sweeps


@shared_task(name="registrar.tasks.run_daily_sweeps")
def run_daily_sweeps(today_iso: str | None = None) -> dict[str, int]:
    """Beat runs this at 00:05 IST. `today` is the run date; each sweeper dates effects on the legal day."""
    today = date.fromisoformat(today_iso) if today_iso else clock.today()
    return {s.name: result.count for s, result in sweeps.run_all(today=today)}


@shared_task(name="registrar.tasks.send_notification_email")
def send_notification_email(notification_id: int) -> bool:
    from .notify import deliver_email

    return deliver_email(notification_id)
