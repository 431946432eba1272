"""The baseline the filings are compared with (issue 6 Performance): a Django view that inserts one row.

It passes the same middleware as a filing (session, CSRF, authentication: the secretary's session cookie is
sent and request.user is read), then one INSERT in autocommit and a tiny response. `bare_insert_logged` adds one
activity entry in the same transaction (design.md's ~850/s "filing row + activity row"), which isolates the
cost of the activity log's advisory lock.
"""

from django.db import connection, models, transaction
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.http import require_POST

from registrar import activity
from registrar.actions import register

TABLE = "bench_bare_insert"
CREATE_TABLE = f"""
    CREATE TABLE IF NOT EXISTS {TABLE} (
        id bigserial PRIMARY KEY,
        user_id bigint NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        payload text NOT NULL
    )
"""


@register
class BenchAction(models.TextChoices):
    # Registered only in the bench server's process (bench.rush.urls imports this module).
    BARE_INSERTED = "bench.bare_inserted", "Bench row inserted"


def _insert(request) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {TABLE} (user_id, payload) VALUES (%s, %s) RETURNING id",
                       [request.user.pk, request.POST.get("payload", "")[:200]])
        return cursor.fetchone()[0]


@require_POST
def bare_insert(request):
    if not request.user.is_authenticated:
        return HttpResponseForbidden("log in")
    row_id = _insert(request)
    return HttpResponse(f"ok {row_id}", status=201, content_type="text/plain")


@require_POST
def bare_insert_logged(request):
    if not request.user.is_authenticated:
        return HttpResponseForbidden("log in")
    with transaction.atomic():
        row_id = _insert(request)
        activity.record(BenchAction.BARE_INSERTED, actor=request.user, target=f"{TABLE}:{row_id}")
    return HttpResponse(f"ok {row_id}", status=201, content_type="text/plain")
