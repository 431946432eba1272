"""`run_sweeps --today` after the real date runs only as a rehearsal on a copy: --rehearsal AND the mark that
`mark_as_rehearsal_copy` writes in the copy's own database (registrar.rehearsal)."""

import io
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from registrar import clock, rehearsal
from registrar.models import RehearsalCopy, SweepRun
from registrar.models.notifications import OutboxMessage
from societies.registration.models import AppState
from tests.societies.helpers import make_submitted, reload

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    out = io.StringIO()
    call_command("run_sweeps", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_run_sweeps_refuses_a_future_today_without_rehearsal(citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=clock.today() - timedelta(days=20))
    tomorrow = clock.today() + timedelta(days=60)
    runs = SweepRun.objects.count()
    with pytest.raises(CommandError) as refused:
        _run("--today", tomorrow.isoformat())
    assert str(refused.value) == str(rehearsal.FUTURE_REFUSED % {"day": tomorrow.isoformat(),
                                                                  "today": clock.today().isoformat()})
    assert "mark_as_rehearsal_copy" in str(refused.value)
    assert reload(application).state != AppState.DEEMED_REGISTERED and reload(application).society is None
    assert SweepRun.objects.count() == runs


def test_run_sweeps_refuses_rehearsal_on_a_database_not_marked_as_a_copy(citizen, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=clock.today() - timedelta(days=20))
    with pytest.raises(CommandError) as refused:
        _run("--rehearsal", "--today", (clock.today() + timedelta(days=60)).isoformat())
    assert str(refused.value) == str(rehearsal.NOT_A_COPY % {"database": rehearsal.database_identity()})
    assert reload(application).society is None


def test_run_sweeps_refuses_rehearsal_when_the_mark_names_another_database(citizen, sonitpur):
    # A marked copy restored elsewhere (say, over the live database) carries a mark naming the copy, not it.
    RehearsalCopy.objects.create(database="postgresql://10.0.0.9:5432/sahakar_rehearsal", marked_at=clock.now())
    with pytest.raises(CommandError):
        _run("--rehearsal", "--today", (clock.today() + timedelta(days=60)).isoformat())


def test_run_sweeps_rehearses_a_future_day_on_a_marked_copy_and_sends_nothing(citizen, sonitpur, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("mark_as_rehearsal_copy", "--database-name", str(_db_name()), stdout=io.StringIO())
    received_on = clock.today() - timedelta(days=20)
    application = make_submitted(citizen, sonitpur, received_on=received_on)
    mail.outbox.clear()
    future = clock.today() + timedelta(days=60)
    out = _run("--rehearsal", "--today", future.isoformat())
    assert out.startswith(str(rehearsal.REHEARSING % {"database": rehearsal.database_identity(),
                                                      "day": future.isoformat()}))
    assert reload(application).state == AppState.DEEMED_REGISTERED
    assert reload(application).society.registered_on > clock.today()  # dated on its (future) legal day
    assert OutboxMessage.objects.filter(to=citizen.email).exists()  # the notice is in the copy's outbox


def test_mark_as_rehearsal_copy_refuses_a_mistyped_database_name():
    with pytest.raises(CommandError, match="is not the name of the database in use"):
        call_command("mark_as_rehearsal_copy", "--database-name", "sahakar_live", stdout=io.StringIO())
    assert not rehearsal.is_rehearsal_copy()


def test_run_sweeps_still_runs_today_and_past_days_without_rehearsal():
    assert _run("--today", clock.today().isoformat()).startswith(f"sweeps for {clock.today().isoformat()}:")
    assert _run("--today", date(2026, 3, 25).isoformat()).startswith("sweeps for 2026-03-25:")


def _db_name():
    from django.db import connection

    return connection.settings_dict["NAME"]
