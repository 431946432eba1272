"""Issue 10 point 6: every removal of a holiday, by any path, is logged as a single removal is
(`registrar.holiday_removed`, ADR 0007), and every addition re-dates the open filings the same way whatever path
added it (the admin, a queryset, an import with loaddata, the service)."""

import json
from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from registrar import clock, redating
from registrar.actions import RegistrarAction
from registrar.models import ActivityEntry, Holiday
from registrar.redating import Redated

pytestmark = pytest.mark.django_db

FRIDAY_25_SEP = date(2026, 9, 25)  # a return due that day moves to Mon 28 Sep (Sat 26 is the 4th Saturday)


def _entries(action) -> list[ActivityEntry]:
    return list(ActivityEntry.objects.filter(action=action).order_by("seq"))


@pytest.fixture
def admin_client(client, registrar):
    registrar.is_staff = registrar.is_superuser = True
    registrar.save()
    client.force_login(registrar)
    return client


@pytest.fixture
def closed_days_seen(monkeypatch):
    """A TEST DOUBLE of a domain's redater: records each closed day it is asked about and moves one filing due on
    Friday 25 September 2026 (as tests/deadlines/test_redating.py's FakeReturns does)."""
    monkeypatch.setattr(clock, "today", lambda: date(2026, 9, 21))
    seen: list[date] = []

    def redate(*, closed_day, closed_days, today):
        seen.append(closed_day)
        if closed_day != FRIDAY_25_SEP:
            return []
        return [Redated(society=None, subject_label="the annual return 2025-26", rule_id="annual_returns_30d",
                        old_last_day=FRIDAY_25_SEP, new_last_day=date(2026, 9, 28))]

    redating.redater("test_double_hardening")(redate)
    yield seen
    redating.unregister("test_double_hardening")


def _holidays(*days):
    return [Holiday.objects.create(date=day, name=f"Holiday {day:%d %b}") for day in days]


def test_hardening_bulk_holiday_delete_logged(admin_client, registrar, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first, second = _holidays(date(2026, 12, 24), date(2026, 12, 31))
    response = admin_client.post(reverse("admin:registrar_holiday_changelist"), {
        "action": "delete_selected", "_selected_action": [first.pk, second.pk], "post": "yes"})
    assert response.status_code == 302
    assert not Holiday.objects.exists()
    removed = sorted(_entries(RegistrarAction.HOLIDAY_REMOVED), key=lambda e: e.data["date"])
    assert [(e.target, e.data, e.actor) for e in removed] == [  # one entry per holiday, as a single removal
        (f"registrar.holiday:{first.pk}", {"date": "2026-12-24", "name": "Holiday 24 Dec"}, registrar),
        (f"registrar.holiday:{second.pk}", {"date": "2026-12-31", "name": "Holiday 31 Dec"}, registrar),
    ]


def test_hardening_holiday_removed_by_queryset_or_instance_is_logged():
    first, second, third = _holidays(date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 31))
    Holiday.objects.filter(pk__in=[first.pk, second.pk]).delete()  # a shell, a data fix, a command
    third.delete()
    removed = _entries(RegistrarAction.HOLIDAY_REMOVED)
    assert sorted(e.data["date"] for e in removed) == ["2026-12-24", "2026-12-25", "2026-12-31"]
    assert all(e.actor is None for e in removed)  # the System: nobody said who


def test_hardening_holiday_moved_to_another_day_logs_the_old_days_removal(admin_client, registrar, closed_days_seen,
                                                                          django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        holiday = Holiday.objects.create(date=date(2026, 9, 24), name="Flood")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("admin:registrar_holiday_change", args=[holiday.pk]),
                                     {"date": "2026-09-25", "name": "Flood", "is_sudden_closure": "on"})
    assert response.status_code == 302
    removed = _entries(RegistrarAction.HOLIDAY_REMOVED)
    assert [(e.data, e.actor) for e in removed] == [({"date": "2026-09-24", "name": "Flood"}, registrar)]
    assert closed_days_seen == [date(2026, 9, 24), FRIDAY_25_SEP]
    assert len(_entries(RegistrarAction.FILING_REDATED)) == 1


def test_hardening_holiday_added_by_any_path_redates(closed_days_seen, django_capture_on_commit_callbacks, tmp_path):
    with django_capture_on_commit_callbacks(execute=True):
        Holiday.objects.create(date=FRIDAY_25_SEP, name="Flood")  # a queryset create (a shell, a command)
    with django_capture_on_commit_callbacks(execute=True):
        Holiday.objects.bulk_create([Holiday(date=date(2026, 10, 2), name="Gandhi Jayanti"),
                                     Holiday(date=date(2026, 10, 20), name="Kati Bihu")])
    fixture = tmp_path / "holidays.json"
    fixture.write_text(json.dumps([{"model": "registrar.holiday", "pk": 900,
                                    "fields": {"date": "2026-11-08", "name": "Diwali", "is_sudden_closure": False}}]))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("loaddata", str(fixture), verbosity=0)  # an import
    assert closed_days_seen == [FRIDAY_25_SEP, date(2026, 10, 2), date(2026, 10, 20), date(2026, 11, 8)]
    added = _entries(RegistrarAction.HOLIDAY_ADDED)
    assert [e.data["date"] for e in added] == ["2026-09-25", "2026-10-02", "2026-10-20", "2026-11-08"]
    assert len(_entries(RegistrarAction.FILING_REDATED)) == 1  # the filing due on the Friday moved, once


def test_hardening_holiday_moved_by_queryset_update_is_logged(closed_days_seen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        holiday = Holiday.objects.create(date=date(2026, 9, 24), name="Flood")
    with django_capture_on_commit_callbacks(execute=True):
        assert Holiday.objects.filter(pk=holiday.pk).update(date=FRIDAY_25_SEP) == 1
    assert [e.data["date"] for e in _entries(RegistrarAction.HOLIDAY_REMOVED)] == ["2026-09-24"]
    assert [e.data["date"] for e in _entries(RegistrarAction.HOLIDAY_ADDED)] == ["2026-09-24", "2026-09-25"]
    assert closed_days_seen == [date(2026, 9, 24), FRIDAY_25_SEP]
