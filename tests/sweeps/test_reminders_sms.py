"""Decision reminders go by SMS too, to officers with a mobile number: one text per reminder, none on a rerun."""

from datetime import date

import pytest

from registrar import sms
from societies.registration.reminders import applications_remind_decision
from tests.deadlines.helpers import make_open_application

pytestmark = pytest.mark.django_db

RECEIVED = date(2026, 1, 15)  # last day 16 Mar 2026; reminders 1, 9 and 15 Mar 2026


@pytest.fixture(autouse=True)
def _empty_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


def test_reminders_sms_one_per_reminder_and_none_on_a_second_run(
        citizen, sonitpur, arcs_officer, registrar, django_capture_on_commit_callbacks):
    arcs_officer.phone = "9854012345"
    arcs_officer.save(update_fields=["phone"])  # the Registrar has no mobile number: inbox and email only
    first = make_open_application(citizen, sonitpur, received_on=RECEIVED)
    second = make_open_application(citizen, sonitpur, received_on=RECEIVED)

    with django_capture_on_commit_callbacks(execute=True):
        assert applications_remind_decision(today=date(2026, 3, 1)).count == 4  # 2 applications x 2 officers
    assert sorted(sms.outbox) == sorted([
        ("9854012345", f"Reminder: decide application {first.acknowledgement_number} by 16 Mar 2026"),
        ("9854012345", f"Reminder: decide application {second.acknowledgement_number} by 16 Mar 2026"),
    ])

    with django_capture_on_commit_callbacks(execute=True):
        assert applications_remind_decision(today=date(2026, 3, 1)).count == 0
    assert len(sms.outbox) == 2

    with django_capture_on_commit_callbacks(execute=True):  # the 7-day reminder is a new reminder: a new text
        applications_remind_decision(today=date(2026, 3, 9))
    assert len(sms.outbox) == 4


def test_reminders_sms_not_sent_to_an_officer_without_a_phone(
        citizen, sonitpur, arcs_officer, django_capture_on_commit_callbacks):
    make_open_application(citizen, sonitpur, received_on=RECEIVED)
    with django_capture_on_commit_callbacks(execute=True):
        assert applications_remind_decision(today=date(2026, 3, 1)).count == 1
    assert sms.outbox == []
