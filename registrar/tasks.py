"""Celery tasks of the office. Tasks take ids or ISO dates and call exactly one service."""

from datetime import date

from celery import shared_task

from . import clock, sweeps


@shared_task(name="registrar.tasks.run_daily_sweeps")
def run_daily_sweeps(today_iso: str | None = None) -> dict[str, int]:
    """Beat runs this at 00:05 IST. `today` is the run date; each sweeper dates effects on the legal day."""
    today = date.fromisoformat(today_iso) if today_iso else clock.today()
    counts = {s.name: result.count for s, result in sweeps.run_all(today=today)}
    from . import outbox

    outbox.redeliver_due()  # notices a crashed run left unsent (issue 11 § 4)
    return counts


@shared_task(name="registrar.tasks.send_notification_email")
def send_notification_email(notification_id: int) -> bool:
    """Queued by notification id before the outbox existed; delivers that notice's e-mail row."""
    from .notify import deliver_email

    return deliver_email(notification_id)


# At least once: retried with exponential backoff (30 s, 60 s, ... capped at 30 min, jittered) while the mail
# server refuses; acks_late so a worker killed mid-task leaves the message on the broker. After the retries,
# redeliver_outbox (beat, every 5 minutes) picks the row up again.
@shared_task(name="registrar.tasks.deliver_outbox_message", autoretry_for=(Exception,), retry_backoff=30,
             retry_backoff_max=1800, retry_jitter=True, max_retries=8, acks_late=True, reject_on_worker_lost=True)
def deliver_outbox_message(message_id: int) -> bool:
    from . import outbox

    return outbox.deliver(message_id)


@shared_task(name="registrar.tasks.redeliver_outbox")
def redeliver_outbox() -> int:
    from . import outbox

    return outbox.redeliver_due()


@shared_task(name="registrar.tasks.run_backup", acks_late=False)
def run_backup() -> str:
    """Beat runs this nightly: scripts/backup.sh (pg_dump -Fc plus the uploaded documents)."""
    from . import backups

    return str(backups.run_backup())


@shared_task(name="registrar.tasks.anchor_activity_head")
def anchor_activity_head(publish: bool = False) -> int:
    """Beat: hourly, and daily with publish=True (ADR 0031). Fails loudly (AnchorRefused) when the log no longer
    holds the last checkpoint: that is tampering or a restore to an older state, for a person to look at."""
    from .anchor import checkpoint_append

    return checkpoint_append(publish=publish).seq
