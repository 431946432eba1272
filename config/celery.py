"""The Celery app. The beat schedule lives in settings (CELERY_BEAT_SCHEDULE) as readable, named entries."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("sahakar")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
