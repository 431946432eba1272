"""Pages anyone can open: the landing page and the health check."""

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache


def landing(request):
    return render(request, "registrar/public/landing.html")


@never_cache
def healthz(request):
    """200 when the database answers (and the broker, when one is configured); 503 when the database does not."""
    status = {"database": "ok", "broker": "not configured"}
    http_status = 200
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means "not reachable"
        status["database"] = f"unreachable: {exc.__class__.__name__}"
        http_status = 503
    if http_status == 200:
        status.update(_sweep_status())
    if settings.CELERY_BROKER_URL:
        status["broker"] = _broker_status(settings.CELERY_BROKER_URL)
    return JsonResponse(status, status=http_status)


def _sweep_status() -> dict:
    """The last day the statutory sweeps ran to the end, and how many rows are failing (issue 10 point 1)."""
    from ..models import SweepRun
    from ..sweeps import open_problem_count

    last = SweepRun.objects.filter(finished_at__isnull=False).order_by("-run_on").values_list("run_on", flat=True).first()
    return {"last_sweep_day": last.isoformat() if last else None, "failing_sweep_rows": open_problem_count()}


def _broker_status(url: str) -> str:
    from kombu import Connection

    try:
        with Connection(url, connect_timeout=1) as conn:
            conn.ensure_connection(max_retries=1, timeout=1)
        return "ok"
    except Exception as exc:
        return f"unreachable: {exc.__class__.__name__}"
