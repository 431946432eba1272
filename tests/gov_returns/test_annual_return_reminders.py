"""returns_remind: 15, 7 and 1 day(s) before the annual return's last day (AGM 20 Sep 2026 -> 20 Oct 2026)."""

from datetime import date

import pytest

from registrar.models import Notification
from registrar.sweeps import get
from societies.governance.reminders import reminder_key, returns_remind

from .helpers import file_return, hold_agm, open_year

pytestmark = pytest.mark.django_db


@pytest.fixture
def year(secretary):
    return hold_agm(open_year(secretary.society))


def _keys(user):
    return sorted(Notification.objects.filter(recipient=user, key__startswith="reminder:").values_list(
        "key", flat=True))


def test_annual_return_reminders_once_each_on_5_13_19_october(secretary, year):
    assert returns_remind(today=date(2026, 10, 4)).count == 0
    assert returns_remind(today=date(2026, 10, 5)).count == 1
    assert returns_remind(today=date(2026, 10, 5)).count == 0  # run twice: sent once
    assert returns_remind(today=date(2026, 10, 12)).count == 0  # still the 15-day reminder: already sent
    assert returns_remind(today=date(2026, 10, 13)).count == 1
    assert returns_remind(today=date(2026, 10, 19)).count == 1
    assert returns_remind(today=date(2026, 10, 20)).count == 0
    assert returns_remind(today=date(2026, 10, 21)).count == 0  # the last day has passed: no reminder
    assert _keys(secretary) == sorted(reminder_key(year.pk, offset) for offset in (15, 7, 1))
    note = Notification.objects.get(recipient=secretary, key=reminder_key(year.pk, 1))
    assert note.subject == "Reminder: file the annual return for 2025–26 by 20 Oct 2026"
    assert "(1 day(s) left): within 30 days of the AGM held on 20 Sep 2026, section 129(1)" in note.body


def test_annual_return_reminder_late_run_sends_only_the_latest(secretary, year):
    assert returns_remind(today=date(2026, 10, 19)).count == 1
    assert _keys(secretary) == [reminder_key(year.pk, 1)]


def test_annual_return_no_reminder_once_filed_or_without_agm(secretary, year):
    file_return(secretary, year, today=date(2026, 10, 2))
    assert returns_remind(today=date(2026, 10, 5)).count == 0
    year.returns_filed_on = None
    year.agm_held_on = None
    year.save(update_fields=["returns_filed_on", "agm_held_on"])
    assert returns_remind(today=date(2026, 10, 5)).count == 0  # before the AGM the s.129 clock has not started
    assert _keys(secretary) == []


def test_annual_return_reminder_registered_with_due_query(year):
    sweeper = get("returns_remind")
    assert sweeper.due_query is not None
    assert list(sweeper.due_query(date(2026, 10, 5))) == [year]
    assert list(sweeper.due_query(date(2026, 10, 21))) == []
