"""The activity log is append-only and tamper-evident (issue 3 § 3)."""

import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection, transaction
from django.db.models.deletion import ProtectedError

from registrar import activity
from registrar.actions import RegistrarAction
from registrar.activity import UnknownAction, verify_chain
from registrar.models import ActivityEntry
from registrar.models.activity import AppendOnlyError

pytestmark = pytest.mark.django_db


def _three(actor):
    for n in range(3):
        activity.record(RegistrarAction.HOLIDAY_ADDED, actor=actor, target=f"holiday:{n}", data={"n": n})


def test_chain_verifies_and_command_prints_count_and_head(citizen, capsys):
    _three(citizen)
    report = verify_chain()
    assert report.ok and report.count == 3
    head = ActivityEntry.objects.order_by("-seq").first()
    assert report.head_hash == head.hash
    call_command("verify_activity")
    out = capsys.readouterr().out
    assert "3 entries" in out and head.hash in out


def test_entries_link_to_their_predecessor(citizen):
    _three(citizen)
    first, second, third = ActivityEntry.objects.order_by("seq")
    assert first.prev_hash == "0" * 64
    assert second.prev_hash == first.hash and third.prev_hash == second.hash


def test_tampered_row_is_detected_and_named(citizen):
    _three(citizen)
    # Bypass every guard the way an attacker with SQL access would (the PostgreSQL trigger is dropped first).
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("ALTER TABLE registrar_activityentry DISABLE TRIGGER registrar_activity_append_only")
        cursor.execute("UPDATE registrar_activityentry SET data = %s WHERE seq = 2", ['{"n": 99}'])
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE registrar_activityentry ENABLE TRIGGER registrar_activity_append_only")
    report = verify_chain()
    assert not report.ok and report.first_broken_seq == 2
    with pytest.raises(CommandError, match="#2"):
        call_command("verify_activity")


def test_unknown_action_code_is_refused(citizen):
    with pytest.raises(UnknownAction):
        activity.record("registrar.made_up", actor=citizen)


def test_save_and_delete_are_refused(citizen):
    _three(citizen)
    entry = ActivityEntry.objects.first()
    entry.data = {"n": 42}
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        ActivityEntry(seq=99, action="x", prev_hash="a", hash="b").save()  # direct create bypassing record()


def test_queryset_update_delete_and_bulk_are_refused(citizen):
    _three(citizen)
    with pytest.raises(AppendOnlyError):
        ActivityEntry.objects.all().update(action="registrar.holiday_removed")
    with pytest.raises(AppendOnlyError):
        ActivityEntry.objects.filter(seq=1).delete()
    with pytest.raises(AppendOnlyError):
        ActivityEntry.objects.bulk_create([ActivityEntry(seq=10, action="x", prev_hash="c", hash="d")])
    entries = list(ActivityEntry.objects.all())
    with pytest.raises(AppendOnlyError):
        ActivityEntry.objects.bulk_update(entries, ["action"])
    assert verify_chain().ok and ActivityEntry.objects.count() == 3


def test_cascade_cannot_remove_entries(citizen):
    _three(citizen)
    with pytest.raises(ProtectedError):
        citizen.delete()
    assert ActivityEntry.objects.count() == 3


def test_admin_cannot_add_change_or_delete(rf, registrar):
    from django.contrib.admin.sites import site

    model_admin = site._registry[ActivityEntry]
    request = rf.get("/")
    request.user = registrar
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)


@pytest.mark.postgres
def test_database_trigger_refuses_raw_update_and_delete(citizen):
    _three(citizen)
    for sql in ("UPDATE registrar_activityentry SET action = 'x'", "DELETE FROM registrar_activityentry"):
        with pytest.raises(Exception, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)
    assert ActivityEntry.objects.count() == 3


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_appends_do_not_fork_the_chain():
    """Two transactions append at once: the advisory lock makes the second wait for the first's head."""
    from django.db import connections

    first_holds_lock = threading.Event()
    release_first = threading.Event()
    errors: list[Exception] = []

    def first():
        try:
            with transaction.atomic():
                activity.record(RegistrarAction.HOLIDAY_ADDED, target="holiday:first")
                first_holds_lock.set()
                release_first.wait(5)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    def second():
        try:
            first_holds_lock.wait(5)
            with transaction.atomic():
                activity.record(RegistrarAction.HOLIDAY_ADDED, target="holiday:second")
        except Exception as exc:  # pragma: no cover
            errors.append(exc)
        finally:
            connections.close_all()

    t1, t2 = threading.Thread(target=first), threading.Thread(target=second)
    t1.start()
    t2.start()
    first_holds_lock.wait(5)
    t2.join(0.5)
    assert t2.is_alive(), "the second append must wait while the first transaction holds the chain"
    release_first.set()
    t1.join(5)
    t2.join(5)
    assert not errors
    report = verify_chain()
    assert report.ok and report.count == 2
    assert list(ActivityEntry.objects.order_by("seq").values_list("target", flat=True)) == [
        "holiday:first", "holiday:second"]


def test_unique_prev_hash_forbids_a_fork_even_without_the_lock(citizen):
    _three(citizen)
    head = ActivityEntry.objects.order_by("-seq").first()
    fork = ActivityEntry(seq=head.seq + 1, at=head.at, action=head.action, prev_hash=head.prev_hash, hash="f" * 64)
    fork._appending = True
    with pytest.raises(IntegrityError), transaction.atomic():
        fork.save(force_insert=True)
