"""The hearing notice warns when the hearing falls after the last day for a decision (day 60)."""

from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse

from registrar.models import ActivityEntry
from societies.actions import SocietyAction
from societies.models import AppState
from societies.registration import services
from societies.registration.forms import HearingForm

from .helpers import make_submitted, reload

pytestmark = pytest.mark.django_db

# Received 15 Jan 2026: the last day for a decision is 16 Mar 2026 (day 60).
WARNING = ("The hearing falls after the last day for a decision (16 Mar 2026, day 60). A refusal sent after that "
           "day is too late: the society will be deemed registered (proviso to s.11). Choose an earlier date, or "
           "tick the confirmation to schedule it anyway.")


@pytest.fixture
def scrutinised(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    return reload(application)


def hearing_entry(application):
    return ActivityEntry.objects.get(action=SocietyAction.HEARING_SCHEDULED,
                                     target=f"societies.registrationapplication:{application.pk}")


def test_hearing_on_day_60_needs_no_confirmation(scrutinised, arcs_officer):
    services.application_schedule_hearing(application_id=scrutinised.pk, actor=arcs_officer, today=date(2026, 3, 1),
                                          hearing_on=date(2026, 3, 16), grounds="s.6(3): same area.")
    assert reload(scrutinised).state == AppState.HEARING_SCHEDULED
    assert hearing_entry(scrutinised).data["after_last_day"] is False


def test_hearing_on_day_61_is_refused_without_confirmation(scrutinised, arcs_officer):
    with pytest.raises(ValidationError) as exc:
        services.application_schedule_hearing(application_id=scrutinised.pk, actor=arcs_officer,
                                              today=date(2026, 3, 1), hearing_on=date(2026, 3, 17))
    assert exc.value.messages == [WARNING]
    assert reload(scrutinised).state == AppState.UNDER_SCRUTINY


def test_hearing_after_day_60_with_confirmation_is_scheduled_and_logged(scrutinised, arcs_officer):
    services.application_schedule_hearing(application_id=scrutinised.pk, actor=arcs_officer, today=date(2026, 3, 1),
                                          hearing_on=date(2026, 3, 20), confirm_after_last_day=True)
    assert reload(scrutinised).hearing_on == date(2026, 3, 20)
    assert hearing_entry(scrutinised).data["after_last_day"] is True


def test_hearing_form_warns_and_shows_the_confirmation(scrutinised):
    form = HearingForm({"hearing_on": "2026-03-17", "grounds": "Same area."}, application=scrutinised)
    assert not form.is_valid()
    assert form.errors["confirm_after_last_day"] == [WARNING]
    assert form.after_last_day is True
    assert 'type="checkbox"' in str(form["confirm_after_last_day"])


def test_hearing_form_hides_the_confirmation_before_the_last_day(scrutinised):
    form = HearingForm({"hearing_on": "2026-03-16", "grounds": "Same area."}, application=scrutinised)
    assert form.is_valid()
    assert 'type="hidden"' in str(form["confirm_after_last_day"])
    assert form.fields["hearing_on"].help_text == "Last day for a decision: 16 Mar 2026 (day 60)."


@time_machine.travel("2026-03-01 10:00 +0530", tick=False)
def test_office_page_warns_before_the_officer_confirms(client, scrutinised, arcs_officer):
    client.force_login(arcs_officer)
    url = reverse("office_application_act", args=[scrutinised.pk, "hearing"])
    data = {"hearing_on": "2026-03-18", "hearing_time": "11:00", "place": "ARCS office, Tezpur",
            "grounds": "s.6(3): a fishery society with the same area of operation is registered."}
    response = client.post(url, data)
    assert response.status_code == 400
    assert WARNING in response.content.decode()
    assert reload(scrutinised).state == AppState.UNDER_SCRUTINY
    response = client.post(url, {**data, "confirm_after_last_day": "on"})
    assert response.status_code == 302
    assert reload(scrutinised).state == AppState.HEARING_SCHEDULED
    assert hearing_entry(scrutinised).data == {
        "hearing_on": "2026-03-18", "hearing_time": "11:00", "place": "ARCS office, Tezpur",
        "grounds": "s.6(3): a fishery society with the same area of operation is registered.",
        "notice_on": "2026-03-01", "after_last_day": True}
