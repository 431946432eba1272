import json
from unittest import mock

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_ok(client, settings):
    settings.CELERY_BROKER_URL = ""
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "broker": "not configured",
                                            "last_sweep_day": None, "failing_sweep_rows": 0}


def test_healthz_503_when_the_database_is_down(client):
    from django.db.backends.utils import CursorWrapper

    with mock.patch.object(CursorWrapper, "execute", side_effect=RuntimeError("down")):
        response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert json.loads(response.content)["database"].startswith("unreachable")


def test_healthz_reports_an_unreachable_broker(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    body = json.loads(client.get(reverse("healthz")).content)
    assert body["broker"].startswith("unreachable")
