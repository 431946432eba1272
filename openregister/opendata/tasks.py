"""The nightly open-data job (Celery beat: config/settings.py `open-data-nightly-0300-ist`)."""

from celery import shared_task


@shared_task(name="openregister.opendata.tasks.publish_open_data")
def publish_open_data():
    from .export import publish

    release = publish()
    return release.version
