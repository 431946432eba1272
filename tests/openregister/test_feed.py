"""The change feed (issue 24 point 3): public events only, resumable from a cursor with nothing lost or repeated
across a concurrent write (PostgreSQL), and an expired cursor answered 416."""

import threading
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.urls import reverse

from registrar import activity, clock
from registrar.models import ActivityEntry
from tests.gov_card.helpers import make_society

from .helpers import district

pytestmark = pytest.mark.django_db


def _lines(response):
    import json

    return [json.loads(line) for line in response.content.decode().splitlines() if line]


def test_change_feed_lists_public_events_and_resumes_from_its_cursor(client):
    society = make_society(district(), supervised=False)
    activity.record("societies.registered", society=society, target=society)
    activity.record("societies.document_uploaded", society=society, target=society)  # not public
    response = client.get(reverse("api_changes"), {"after": 0})
    events = _lines(response)
    assert [e["event"] for e in events] == ["registered"]
    assert events[0]["registration_number"] == society.registration_number
    cursor = response["Next-Cursor"]
    assert int(cursor) == ActivityEntry.objects.order_by("-seq").first().seq  # moved past the private entry
    activity.record("societies.deemed_registered", society=society, target=society)
    again = _lines(client.get(reverse("api_changes"), {"after": cursor}))
    assert [e["event"] for e in again] == ["deemed_registered"]


def test_change_feed_refuses_a_cursor_older_than_ninety_days_with_416(client, settings):
    society = make_society(district(), supervised=False)
    old = activity.record("societies.registered", society=society, target=society,
                          at=clock.now() - timedelta(days=settings.CHANGE_FEED_DAYS + 5))
    activity.record("societies.deemed_registered", society=society, target=society)
    response = client.get(reverse("api_changes"), {"after": old.seq - 1})
    assert response.status_code == 416 and response.json()["oldest_cursor"] == old.seq


def test_change_feed_refuses_a_cursor_that_is_not_a_number(client, db):
    assert client.get(reverse("api_changes"), {"after": "yesterday"}).status_code == 400


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_change_feed_loses_nothing_across_a_concurrent_write(client):
    if connection.vendor != "postgresql":
        pytest.skip("the chain lock is PostgreSQL's advisory lock")
    society = make_society(district(), supervised=False)
    activity.record("societies.registered", society=society, target=society)
    started, release = threading.Event(), threading.Event()

    def writer():
        with transaction.atomic():
            activity.record("societies.deemed_registered", society=society, target=society)
            started.set()
            release.wait(10)
        connection.close()

    thread = threading.Thread(target=writer)
    thread.start()
    started.wait(10)
    first = client.get(reverse("api_changes"), {"after": 0})  # the writer has not committed yet
    release.set()
    thread.join(10)
    second = client.get(reverse("api_changes"), {"after": first["Next-Cursor"]})
    seen = [e["cursor"] for e in _lines(first) + _lines(second)]
    assert [e["event"] for e in _lines(first) + _lines(second)] == ["registered", "deemed_registered"]
    assert len(seen) == len(set(seen))
