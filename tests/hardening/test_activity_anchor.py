"""Issue 11 § 5: the activity log's head is anchored (checkpoints, a published head), so a TRUNCATE or a deleted
tail is detected; anonymous certificate verifications are counted outside the chain, without its lock."""

import re
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections, transaction
from django.urls import reverse

from registrar import activity
from registrar.actions import RegistrarAction
from registrar.models import ActivityCheckpoint, ActivityEntry, ActivityTally, Notification
from registrar.models.activity import AppendOnlyError

pytestmark = pytest.mark.django_db
GRANTS = Path(__file__).resolve().parents[2] / "docs" / "activity-log-grants.sql"


def _append(n: int, start: int = 0):
    for i in range(start, start + n):
        activity.record(RegistrarAction.HOLIDAY_ADDED, target=f"holiday:{i}", data={"n": i})


def _verify() -> str:
    from io import StringIO

    out = StringIO()
    call_command("verify_activity", stdout=out)
    return out.getvalue()


def _without_trigger(sql: str, params=()):
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # Django's deferred foreign keys: no pending events
        cursor.execute("ALTER TABLE registrar_activityentry DISABLE TRIGGER registrar_activity_append_only")
        cursor.execute(sql, params)
        cursor.execute("ALTER TABLE registrar_activityentry ENABLE TRIGGER registrar_activity_append_only")


@pytest.mark.postgres
def test_hardening_activity_truncation_is_detected():
    _append(3)
    call_command("anchor_activity")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("TRUNCATE registrar_activityentry CASCADE")  # rectification orders refer to entries
    with pytest.raises(CommandError, match=r"BROKEN at entry #1: the log ends at entry #0 but the checkpoint of "
                                           r".* anchors entry #3: entries were removed"):
        _verify()
    # The anchor job does not launder the truncation into a fresh checkpoint.
    with pytest.raises(CommandError, match="NOT anchored: the log no longer holds entry #3"):
        call_command("anchor_activity")
    assert ActivityCheckpoint.objects.count() == 1


@pytest.mark.postgres
def test_hardening_activity_tail_deletion_is_detected():
    _append(5)
    call_command("anchor_activity")
    _append(2, start=5)
    _without_trigger("DELETE FROM registrar_activityentry WHERE seq > 3")
    with pytest.raises(CommandError, match=r"BROKEN at entry #4: the log ends at entry #3 but the checkpoint of "
                                           r".* anchors entry #5"):
        _verify()
    with pytest.raises(CommandError, match="NOT anchored"):
        call_command("anchor_activity")


@pytest.mark.postgres
def test_hardening_activity_rewritten_tail_is_detected():
    """Deleting the anchored entry and appending look-alikes in its place gives a chain that verifies alone,
    but not against the checkpoint."""
    _append(4)
    call_command("anchor_activity")
    _without_trigger("DELETE FROM registrar_activityentry WHERE seq = 4")
    _append(1, start=99)
    with pytest.raises(CommandError, match="BROKEN at entry #4: entry #4 does not match the checkpoint of"):
        _verify()


def test_hardening_activity_growth_after_checkpoint_verifies():
    _append(3)
    call_command("anchor_activity")
    _append(2, start=3)
    checkpoint = ActivityCheckpoint.objects.get()
    assert (checkpoint.seq, checkpoint.published) == (3, False)
    out = _verify()
    assert "activity chain OK: 5 entries" in out and "matches the latest checkpoint #3 of" in out
    call_command("anchor_activity")
    assert ActivityCheckpoint.objects.order_by("-pk").first().seq == 5


def test_hardening_activity_expected_head_is_checked():
    _append(3)
    head = ActivityEntry.objects.get(seq=2)
    assert "holds the expected head" in _verify_with(f"2:{head.hash}")
    with pytest.raises(CommandError, match="entry #2 does not match the expected head"):
        _verify_with("2:" + "a" * 64)
    with pytest.raises(CommandError, match="the log ends at entry #3 but the expected head anchors entry #9"):
        _verify_with("9:" + "a" * 64)


def _verify_with(expect: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command("verify_activity", "--expect-head", expect, stdout=out)
    return out.getvalue()


def test_hardening_activity_head_published_to_registrar_and_page(client, registrar, django_capture_on_commit_callbacks):
    _append(2)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("anchor_activity", "--publish")
    head = ActivityEntry.objects.get(seq=2).hash
    note = Notification.objects.get(recipient=registrar)
    assert note.subject.startswith("Activity log head of ") and note.subject.endswith(": 2 entries")
    assert f"manage.py verify_activity --expect-head 2:{head}" in note.body
    page = client.get(reverse("activity_head"))
    assert page.status_code == 200 and head in page.content.decode()


def test_hardening_activity_checkpoints_are_append_only():
    _append(1)
    call_command("anchor_activity")
    checkpoint = ActivityCheckpoint.objects.get()
    checkpoint.hash = "0" * 64
    for attempt in (checkpoint.save, checkpoint.delete, ActivityCheckpoint.objects.all().delete,
                    lambda: ActivityCheckpoint.objects.update(seq=0)):
        with pytest.raises(AppendOnlyError):
            attempt()
    if connection.vendor == "postgresql":
        for sql in ("UPDATE registrar_activitycheckpoint SET seq = 0", "DELETE FROM registrar_activitycheckpoint"):
            with pytest.raises(Exception, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql)
    assert ActivityCheckpoint.objects.get().seq == 1


@pytest.mark.postgres
def test_hardening_activity_grants_script_matches_schema():
    """docs/activity-log-grants.sql runs against the migrated schema (both roles played by the test role here:
    the shared server gives no CREATEROLE; the statements, tables and sequence names are what is checked)."""
    sql = GRANTS.read_text()
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_user")
        role = cursor.fetchone()[0]
        body = "\n".join(line for line in sql.splitlines()
                         if not line.startswith("\\") and line.strip() not in ("BEGIN;", "COMMIT;"))
        body = re.sub(r':"(app|anchor)"', f'"{role}"', body)
        with transaction.atomic():
            cursor.execute(body)
            transaction.set_rollback(True)


# ---- certificate verifications --------------------------------------------------------------------------------

@pytest.fixture
def certificate_token(citizen, sonitpur):
    from societies.registration.sweepers import applications_deem_registered
    from tests.societies.helpers import make_submitted, reload

    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 17))
    return reload(application).society.certificate.token


def test_hardening_certificate_verifications_counted_outside_the_chain(client, certificate_token):
    from societies.actions import SocietyAction

    before = ActivityEntry.objects.count()
    for _ in range(30):
        assert client.get(reverse("verify_certificate", args=[certificate_token])).status_code == 200
    assert ActivityEntry.objects.count() == before
    assert ActivityTally.objects.get(action=SocietyAction.CERTIFICATE_VERIFIED).count == 30
    assert "activity chain OK" in _verify()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_hardening_certificate_verification_takes_no_chain_lock(client, certificate_token):
    """While another session holds the chain's lock (a long filing), a verification does not wait for it."""
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SET lock_timeout = '5s'")
            cursor.execute("SELECT pg_advisory_lock(%s)", [activity._CHAIN_LOCK_KEY])
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '2s'")
        assert client.get(reverse("verify_certificate", args=[certificate_token])).status_code == 200
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET lock_timeout")
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock_all()")
        other.close()
