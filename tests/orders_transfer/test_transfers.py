"""officer_transfer_cases and its pages: every open case moves, none closed, one activity entry, all or nothing,
the Directorate only, the successor told."""

from datetime import date
from html import escape

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from orders.actions import OrderAction
from orders.transfers import MAY_NOT_TRANSFER, NOTHING_TO_MOVE, officer_transfer_cases
from registrar.models import ActivityEntry, Notification, Rank
from registrar.models.notifications import OutboxMessage
from societies.governance.models import OfficerAppointment
from societies.registration.models import RegistrationApplication
from tests.conftest import make_officer

from .helpers import give_cases

pytestmark = pytest.mark.django_db
TODAY = date(2026, 3, 2)


@pytest.fixture
def successor(db):
    """Rituraj, the ARCS posted to Sonitpur in place of Pranjal."""
    return make_officer("rituraj.sonitpur", Rank.ARCS, ["SNT"])


@pytest.fixture
def cases(arcs_officer, citizen):
    return give_cases(arcs_officer, citizen)


def _holder(application):
    return RegistrationApplication.objects.get(pk=application.pk).assigned_officer


def _transfers():
    return ActivityEntry.objects.filter(action=OrderAction.CASES_TRANSFERRED)


def test_transfer_moves_every_open_case_and_none_closed(cases, arcs_officer, successor, registrar):
    moved = officer_transfer_cases(from_user=arcs_officer, to_user=successor, actor=registrar, today=TODAY)
    assert all(_holder(application) == successor for application in cases["open_apps"])
    assert OfficerAppointment.objects.get(pk=cases["current"].pk).officer == successor
    assert _holder(cases["closed_app"]) == arcs_officer          # withdrawn: stays on the old officer's record
    assert OfficerAppointment.objects.get(pk=cases["ended"].pk).officer == arcs_officer
    assert moved == {"governance.officer_in_charge": [cases["current"].pk],
                     "registration.application": [a.pk for a in cases["open_apps"]]}


def test_transfer_writes_one_activity_entry_with_counts_and_ids(cases, arcs_officer, successor, registrar):
    before = ActivityEntry.objects.count()
    officer_transfer_cases(from_user=arcs_officer, to_user=successor, actor=registrar, today=TODAY)
    assert ActivityEntry.objects.count() == before + 1
    entry = _transfers().get()
    assert entry.actor == registrar and entry.target == f"registrar.user:{arcs_officer.pk}"
    assert entry.data == {"from": "arcs.sonitpur", "to": "rituraj.sonitpur", "on": "2026-03-02",
                          "counts": {"governance.officer_in_charge": 1, "registration.application": 2},
                          "ids": {"governance.officer_in_charge": [cases["current"].pk],
                                  "registration.application": [a.pk for a in cases["open_apps"]]}}


def test_transfer_refused_when_the_successor_lacks_jurisdiction_moves_nothing(
        cases, arcs_officer, other_district_officer, registrar):
    with pytest.raises(ValidationError) as refused:
        officer_transfer_cases(from_user=arcs_officer, to_user=other_district_officer, actor=registrar, today=TODAY)
    message = refused.value.messages[0]
    assert message.startswith("No case was moved: Arcs cannot take 3 of them (outside their jurisdiction or rank): ")
    for application in cases["open_apps"]:
        assert f"{application.acknowledgement_number}: {application.proposed_name} (Sonitpur)" in message
    assert "Tezpur Weavers Co-operative Society Limited (SNT/REG/2024/0101), order OIC/SNT/1 (Sonitpur)" in message
    assert all(_holder(application) == arcs_officer for application in cases["open_apps"])
    assert OfficerAppointment.objects.get(pk=cases["current"].pk).officer == arcs_officer
    assert not _transfers().exists()


def test_transfer_to_an_inspector_moves_nothing_when_one_case_needs_a_deciding_officer(
        cases, arcs_officer, registrar):
    inspector = make_officer("inspector.sonitpur", Rank.INSPECTOR, ["SNT"])  # may hold a s.41(6) charge, not decide
    with pytest.raises(ValidationError) as refused:
        officer_transfer_cases(from_user=arcs_officer, to_user=inspector, actor=registrar, today=TODAY)
    assert "cannot take 2 of them" in refused.value.messages[0]
    assert OfficerAppointment.objects.get(pk=cases["current"].pk).officer == arcs_officer


def test_transfer_by_an_arcs_is_refused(cases, arcs_officer, successor):
    with pytest.raises(PermissionDenied) as refused:
        officer_transfer_cases(from_user=arcs_officer, to_user=successor, actor=successor, today=TODAY)
    assert str(refused.value) == str(MAY_NOT_TRANSFER)
    assert not _transfers().exists()


def test_transfer_to_an_officer_not_in_service_is_refused(cases, arcs_officer, successor, registrar):
    successor.officer.is_active = False
    successor.officer.save()
    with pytest.raises(ValidationError) as refused:
        officer_transfer_cases(from_user=arcs_officer, to_user=successor, actor=registrar, today=TODAY)
    assert refused.value.message_dict["successor"] == [
        "Rituraj is not an officer in service: cases can move only to a serving officer."]


def test_transfer_with_nothing_open_is_refused(arcs_officer, successor, registrar):
    with pytest.raises(ValidationError) as refused:
        officer_transfer_cases(from_user=arcs_officer, to_user=successor, actor=registrar, today=TODAY)
    assert refused.value.messages == [str(NOTHING_TO_MOVE) % {"officer": "Arcs"}]


def test_transfer_notifies_the_successor_through_the_outbox(cases, arcs_officer, successor, registrar,
                                                            django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        officer_transfer_cases(from_user=arcs_officer, to_user=successor, actor=registrar, today=TODAY)
    note = Notification.objects.get(recipient=successor)
    assert note.subject == "3 open cases of Arcs moved to you"
    assert "Registration applications assigned: 2" in note.body and "(s.41(6)): 1" in note.body
    assert note.url == reverse("my_work")
    assert OutboxMessage.objects.filter(notification=note).exists()
    assert not Notification.objects.filter(recipient=arcs_officer, key__startswith="cases-transferred").exists()


def test_transfer_page_post_moves_the_cases(client, cases, arcs_officer, successor, registrar):
    client.force_login(registrar)
    url = reverse("officer_transfer_cases", args=[arcs_officer.officer.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert cases["open_apps"][0].proposed_name in page.content.decode()
    assert "Closed Fishery" not in page.content.decode() and "Ended Weavers" not in page.content.decode()
    response = client.post(url, {"successor": successor.officer.pk, "confirmed": "yes"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("officer_list")
    assert "3 open cases of Arcs moved to Rituraj on " in response.content.decode()
    assert _holder(cases["open_apps"][0]) == successor


def test_transfer_page_shows_the_refusal_on_the_form(client, cases, arcs_officer, other_district_officer,
                                                     registrar):
    client.force_login(registrar)
    response = client.post(reverse("officer_transfer_cases", args=[arcs_officer.officer.pk]),
                           {"successor": other_district_officer.officer.pk, "confirmed": "yes"})
    assert response.status_code == 400
    assert "No case was moved: Arcs cannot take 3 of them" in response.content.decode()
    assert not _transfers().exists()


def test_transfer_page_post_by_an_arcs_is_403(client, cases, arcs_officer, successor):
    client.force_login(successor)
    url = reverse("officer_transfer_cases", args=[arcs_officer.officer.pk])
    page = client.get(url)
    assert page.status_code == 200 and escape(str(MAY_NOT_TRANSFER)) in page.content.decode()
    assert 'name="successor"' not in page.content.decode()
    assert client.post(url, {"successor": successor.officer.pk}).status_code == 403
    assert _holder(cases["open_apps"][0]) == arcs_officer


def test_officer_list_counts_open_cases_in_constant_queries(client, cases, arcs_officer, registrar,
                                                            django_assert_max_num_queries):
    for n in range(5):
        make_officer(f"inspector{n}.sonitpur", Rank.INSPECTOR, ["SNT"])
    client.force_login(registrar)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("officer_list"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Transfer open cases" in body
    assert f'href="{reverse("officer_transfer_cases", args=[arcs_officer.officer.pk])}"' in body
