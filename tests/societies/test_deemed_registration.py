"""The deemed registration sweeper (proviso to s.11): received 15 Jan 2026 -> last day 16 Mar -> deemed 17 Mar."""

from datetime import date

import pytest

from registrar import sweeps
from registrar.models import ActivityEntry, Notification
from societies.actions import SocietyAction
from societies.models import AppState, Society
from societies.registration import services
from societies.registration.sweepers import applications_deem_registered

from .helpers import make_draft, make_submitted, reload

pytestmark = pytest.mark.django_db


def test_deemed_sweeper_does_nothing_on_day_60(citizen, sonitpur):
    application = make_submitted(citizen, sonitpur)
    # On 16 Mar (day 60) the Registrar may still act; the job running in the early hours of 16 Mar does nothing.
    assert applications_deem_registered(today=date(2026, 3, 16)).count == 0
    application = reload(application)
    assert application.state == AppState.SUBMITTED


def test_deemed_on_day_61_dated_17_march(citizen, arcs_officer, sonitpur, django_capture_on_commit_callbacks):
    application = make_submitted(citizen, sonitpur)
    with django_capture_on_commit_callbacks(execute=True):
        result = applications_deem_registered(today=date(2026, 3, 17))
    assert result.count == 1
    application = reload(application)
    assert application.state == AppState.DEEMED_REGISTERED
    assert application.deemed_on == date(2026, 3, 17)
    society = application.society
    assert society.registered_on == date(2026, 3, 17)
    assert society.registration_kind == "deemed"
    assert society.certificate.is_deemed and society.certificate.issued_by is None
    entry = ActivityEntry.objects.get(action=SocietyAction.DEEMED_REGISTERED)
    assert entry.actor is None and entry.society == society
    assert Notification.objects.filter(recipient=citizen, key=f"application:{application.pk}:deemed").exists()
    assert Notification.objects.filter(recipient=arcs_officer, key=f"application:{application.pk}:deemed").exists()


def test_deemed_sweeper_run_twice_deems_once(citizen, sonitpur):
    make_submitted(citizen, sonitpur)
    assert applications_deem_registered(today=date(2026, 3, 17)).count == 1
    assert applications_deem_registered(today=date(2026, 3, 17)).count == 0
    assert applications_deem_registered(today=date(2026, 3, 18)).count == 0
    assert Society.objects.count() == 1
    assert ActivityEntry.objects.filter(action=SocietyAction.DEEMED_REGISTERED).count() == 1


def test_deemed_run_late_still_dated_17_march(citizen, sonitpur):
    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 25))
    application = reload(application)
    assert application.deemed_on == date(2026, 3, 17)
    assert application.society.registered_on == date(2026, 3, 17)


def test_deemed_not_applied_when_registered_in_time(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    services.application_register(application_id=application.pk, actor=arcs_officer, today=date(2026, 3, 16),
                                  dispatched_on=date(2026, 3, 16))
    assert applications_deem_registered(today=date(2026, 3, 17)).count == 0
    application = reload(application)
    assert application.state == AppState.REGISTERED


def test_deemed_applies_during_scrutiny_and_hearing(citizen, arcs_officer, sonitpur):
    a = make_submitted(citizen, sonitpur)
    b = make_submitted(citizen, sonitpur, name="Second Dairy Co-operative Society Limited")
    services.application_start_scrutiny(application_id=a.pk, actor=arcs_officer)
    services.application_start_scrutiny(application_id=b.pk, actor=arcs_officer)
    services.application_schedule_hearing(application_id=b.pk, actor=arcs_officer, today=date(2026, 3, 1),
                                          hearing_on=date(2026, 3, 10))
    assert applications_deem_registered(today=date(2026, 3, 17)).count == 2


def test_deemed_never_for_drafts_withdrawn_or_refused_reopened(citizen, arcs_officer, sonitpur):
    make_draft(citizen, sonitpur)
    w = make_submitted(citizen, sonitpur, name="Withdrawn Co-operative Society Limited")
    services.application_withdraw(application_id=w.pk, actor=citizen, today=date(2026, 2, 1))
    r = make_submitted(citizen, sonitpur, name="Refused Co-operative Society Limited")
    services.application_start_scrutiny(application_id=r.pk, actor=arcs_officer)
    services.application_schedule_hearing(application_id=r.pk, actor=arcs_officer, today=date(2026, 2, 1),
                                          hearing_on=date(2026, 2, 5))
    services.application_refuse(application_id=r.pk, actor=arcs_officer, today=date(2026, 2, 6), reasons="s.6(3)",
                                dispatched_on=date(2026, 2, 6))
    services.application_reopen_on_review(application_id=r.pk, actor=arcs_officer, today=date(2026, 2, 7))  # ADR 0006
    assert applications_deem_registered(today=date(2026, 6, 1)).count == 0


def test_deemed_sweeper_is_registered_with_run_sweeps(citizen, sonitpur):
    make_submitted(citizen, sonitpur)
    from societies.registration.clocks import DEEMED_REGISTRATION

    assert sweeps.get("deemed_registration").declaration is DEEMED_REGISTRATION
    results = {s.name: r.count for s, r in sweeps.run_all(today=date(2026, 3, 17), only="deemed_registration")}
    assert results == {"deemed_registration": 1}


def test_deemed_celery_task_calls_sweeper(citizen, sonitpur):
    from societies.tasks import deem_registered_applications

    make_submitted(citizen, sonitpur)
    assert deem_registered_applications.delay("2026-03-17").get() == 1
