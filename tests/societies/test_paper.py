"""Paper applications received by hand or post, entered by an officer with their date of receipt."""

from datetime import date

import pytest
import time_machine
from django.urls import reverse

from registrar.models import ActivityEntry
from societies.actions import SocietyAction
from societies.models import AppState, RegistrationApplication
from societies.registration.sweepers import applications_deem_registered

from .helpers import reload

pytestmark = pytest.mark.django_db

URL = "office_application_paper"


def payload(district, received_on, **extra):
    data = {
        "district": district.pk, "proposed_name": "Borgaon Fishery Co-operative Society Limited",
        "society_type": "fishery", "address": "Borgaon, Sonitpur", "area_of_operation": "Borgaon GP",
        "authorised_share_capital": "200000", "chief_promoter_name": "Hemanta Nath",
        "received_on": received_on.isoformat(), "applicant_name": "Hemanta Nath",
    }
    data.update(extra)
    return data


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_paper_application_happy_path(login, arcs_officer, sonitpur):
    client = login(arcs_officer)
    assert client.get(reverse(URL)).status_code == 200
    response = client.post(reverse(URL), payload(sonitpur, date(2026, 1, 15)))
    application = RegistrationApplication.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("office_application_detail", args=[application.pk])
    assert application.state == AppState.SUBMITTED
    assert application.received_on == date(2026, 1, 15)
    assert application.decision_due_on == date(2026, 3, 16)
    assert application.received_by_hand is True
    assert application.paper_applicant_name == "Hemanta Nath"
    assert application.acknowledgement_number.startswith("RCS/SNT/2026/")
    assert application.promoters.count() == 0
    assert ActivityEntry.objects.filter(action=SocietyAction.PAPER_APPLICATION_RECEIVED).count() == 1


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_future_date_is_refused(login, arcs_officer, sonitpur):
    response = login(arcs_officer).post(reverse(URL), payload(sonitpur, date(2026, 1, 21)))
    assert response.status_code == 400
    assert "received_on" in response.context["form"].errors
    assert not RegistrationApplication.objects.exists()


@time_machine.travel("2026-04-01 10:00 +0530", tick=False)
def test_old_date_warns_and_needs_confirmation(login, arcs_officer, sonitpur):
    client = login(arcs_officer)
    response = client.post(reverse(URL), payload(sonitpur, date(2026, 1, 15)))
    assert response.status_code == 400
    assert b"msg msg-warning" in response.content
    assert "confirm_past_last_day" in response.context["form"].errors
    assert not RegistrationApplication.objects.exists()

    response = client.post(reverse(URL), payload(sonitpur, date(2026, 1, 15), confirm_past_last_day="on"))
    assert response.status_code == 302
    application = RegistrationApplication.objects.get()
    assert application.decision_due_on == date(2026, 3, 16)
    applications_deem_registered(today=date(2026, 4, 1))
    application = reload(application)
    assert application.state == AppState.DEEMED_REGISTERED
    assert application.deemed_on == date(2026, 3, 17)


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_other_district_officer_cannot_pick_sonitpur(login, other_district_officer, sonitpur):
    response = login(other_district_officer).post(reverse(URL), payload(sonitpur, date(2026, 1, 15)))
    assert response.status_code == 400
    assert "district" in response.context["form"].errors
    assert not RegistrationApplication.objects.exists()


def test_citizen_gets_403(login, citizen):
    assert login(citizen).get(reverse(URL)).status_code == 403
