"""The registration_decision_reminders sweeper: once per reminder, nothing after the last day."""

from datetime import date

import pytest

from registrar import sweeps
from registrar.models import Notification
from societies.models import AppState
from societies.registration.reminders import applications_remind_decision, reminder_key
from tests.deadlines.helpers import make_open_application

pytestmark = pytest.mark.django_db

RECEIVED = date(2026, 1, 15)  # last day 16 Mar 2026; reminders 1, 9 and 15 Mar 2026


def test_reminder_sweeper_is_registered():
    from societies.registration.clocks import DEEMED_REGISTRATION

    assert sweeps.get("registration_decision_reminders").declaration is DEEMED_REGISTRATION


def test_reminder_run_twice_sends_once(citizen, sonitpur, arcs_officer, other_district_officer, registrar):
    application = make_open_application(citizen, sonitpur, received_on=RECEIVED)
    first = applications_remind_decision(today=date(2026, 3, 1))
    second = applications_remind_decision(today=date(2026, 3, 1))
    assert first.count == 2 and second.count == 0
    notes = Notification.objects.filter(key=reminder_key(application.pk, 15))
    assert sorted(n.recipient.username for n in notes) == ["arcs.sonitpur", "rcs"]
    assert not Notification.objects.filter(recipient=other_district_officer).exists()
    assert notes[0].url == f"/office/applications/{application.pk}/"
    assert application.acknowledgement_number in notes[0].subject


def test_reminder_each_offset_sent_once_over_the_period(citizen, sonitpur, arcs_officer):
    application = make_open_application(citizen, sonitpur, received_on=RECEIVED)
    for day in range(1, 17):
        applications_remind_decision(today=date(2026, 3, day))
    keys = sorted(Notification.objects.filter(recipient=arcs_officer).values_list("key", flat=True))
    assert keys == sorted(reminder_key(application.pk, offset) for offset in (15, 7, 1))


def test_reminder_late_run_after_last_day_sends_nothing(citizen, sonitpur, arcs_officer):
    make_open_application(citizen, sonitpur, received_on=RECEIVED)
    result = applications_remind_decision(today=date(2026, 3, 17))
    assert result.count == 0
    assert not Notification.objects.exists()


def test_reminder_late_run_sends_only_latest_reminder(citizen, sonitpur, arcs_officer):
    application = make_open_application(citizen, sonitpur, received_on=RECEIVED)
    applications_remind_decision(today=date(2026, 3, 12))  # beat was down from 1 to 11 March
    assert list(Notification.objects.values_list("key", flat=True)) == [reminder_key(application.pk, 7)]


def test_reminder_skips_decided_applications(citizen, sonitpur, arcs_officer):
    make_open_application(citizen, sonitpur, received_on=RECEIVED, state=AppState.REGISTERED)
    make_open_application(citizen, sonitpur, received_on=RECEIVED, state=AppState.WITHDRAWN)
    assert applications_remind_decision(today=date(2026, 3, 1)).count == 0
