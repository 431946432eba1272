"""Issue 25 point 3 on registration: each office action says what it did (number and date); register and refuse
ask for confirmation first (a post without the confirm step changes nothing); the work queue searches; the
office home's "due within 7 days" card opens the filtered deadlines board."""

from datetime import UTC, date, datetime

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.urls import reverse

from registrar.bounds import long_date
from registrar.models import ActivityEntry
from societies.models import AppState, Society
from societies.registration import services
from societies.registration.views import office as views
from tests.societies.helpers import make_submitted, reload

pytestmark = pytest.mark.django_db
NOV_20 = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def submitted(citizen, sonitpur, arcs_officer):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 10, 1))
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    return reload(application)


def _act(client, application, action, data=None):
    return client.post(reverse("office_application_act", args=[application.pk, action]), data or {})


def test_register_without_the_confirm_step_changes_nothing(client, arcs_officer, submitted):
    client.force_login(arcs_officer)
    with time_machine.travel(NOV_20, tick=False):
        response = _act(client, submitted, "register", {"dispatched_on": "2026-11-20"})
    assert response.status_code == 200
    page = response.content.decode()
    assert str(views.CONFIRM_REGISTER_TITLE) in page
    assert str(views.CONFIRM_REGISTER % {"name": submitted.proposed_name, "date": "20 Nov 2026"}) in page
    assert 'name="confirmed" value="yes"' in page and 'name="dispatched_on" value="2026-11-20"' in page
    assert reload(submitted).state == AppState.UNDER_SCRUTINY
    assert not Society.objects.exists()
    assert not ActivityEntry.objects.filter(action="societies.registered").exists()


def test_register_confirmed_says_the_number_and_certificate_date(client, arcs_officer, submitted):
    client.force_login(arcs_officer)
    with time_machine.travel(NOV_20, tick=False):
        response = _act(client, submitted, "register", {"dispatched_on": "2026-11-19", "confirmed": "yes"})
    assert response.status_code == 302
    society = Society.objects.get()
    assert society.registration_number == "SNT/REG/2026/0001"
    assert _messages(response) == [views.REGISTERED % {"number": "SNT/REG/2026/0001", "date": "19 Nov 2026"}]
    assert "Registered as SNT/REG/2026/0001; certificate dated 19 Nov 2026 ready to send." in _messages(response)


def test_refuse_without_the_confirm_step_changes_nothing(client, arcs_officer, submitted):
    client.force_login(arcs_officer)
    with time_machine.travel(NOV_20, tick=False):
        response = _act(client, submitted, "refuse", {"dispatched_on": "2026-11-20", "reasons": "No viability."})
    assert response.status_code == 200
    assert str(views.CONFIRM_REFUSE_TITLE) in response.content.decode()
    assert "No viability." in response.content.decode()
    assert reload(submitted).state == AppState.UNDER_SCRUTINY


def test_refuse_confirmed_names_the_order_and_its_date(client, arcs_officer, submitted):
    services.application_schedule_hearing(application_id=submitted.pk, actor=arcs_officer, today=date(2026, 11, 2),
                                          hearing_on=date(2026, 11, 10), grounds="No viability.")
    client.force_login(arcs_officer)
    with time_machine.travel(NOV_20, tick=False):
        response = _act(client, submitted, "refuse", {"dispatched_on": "2026-11-20", "reasons": "No viability.",
                                                      "confirmed": "yes"})
    application = reload(submitted)
    assert application.state == AppState.REFUSED
    order = services.refusal_order(application)
    assert _messages(response) == [views.REFUSED % {"name": application.proposed_name, "order": order.number,
                                                    "date": "20 Nov 2026"}]


def test_query_message_names_the_memo_its_date_and_the_last_day(client, arcs_officer, submitted):
    client.force_login(arcs_officer)
    with time_machine.travel(NOV_20, tick=False):
        response = _act(client, submitted, "query", {
            "q-TOTAL_FORMS": "3", "q-INITIAL_FORMS": "0", "q-MIN_NUM_FORMS": "1", "q-MAX_NUM_FORMS": "1000",
            "q-0-subject": "Bye-laws", "q-0-reason": "incomplete", "q-0-note": "Sign every page."})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert _messages(response) == [views.QUERY_SENT % {
        "query": 1, "number": submitted.acknowledgement_number, "date": "20 Nov 2026", "count": 1,
        "due": long_date(submitted.decision_due_on)}]


def test_claim_message_names_the_application(client, arcs_officer, citizen, sonitpur):
    application = make_submitted(citizen, sonitpur)
    client.force_login(arcs_officer)
    response = _act(client, application, "claim")
    assert _messages(response) == [views.CLAIMED % {"number": application.acknowledgement_number}]


def test_workqueue_search_finds_by_name_and_by_acknowledgement_number(client, arcs_officer, citizen, sonitpur):
    fishery = make_submitted(citizen, sonitpur, name="Borgaon Fishery Co-operative Society Limited")
    dairy = make_submitted(citizen, sonitpur, name="Tezpur Dairy Co-operative Society Limited")
    client.force_login(arcs_officer)
    url = reverse("office_applications")
    by_name = client.get(url, {"q": "dairy"}).content.decode()
    assert dairy.acknowledgement_number in by_name and fishery.acknowledgement_number not in by_name
    by_number = client.get(url, {"q": fishery.acknowledgement_number[-6:]}).content.decode()
    assert fishery.acknowledgement_number in by_number and dairy.acknowledgement_number not in by_number
    nothing = client.get(url, {"q": "weavers"}).content.decode()
    assert "No application matches “weavers”." in nothing
    assert 'name="q"' in nothing and 'value="weavers"' in nothing


def test_office_home_due_soon_card_opens_the_deadlines_board_within_7_days(client, arcs_officer, citizen, sonitpur):
    make_submitted(citizen, sonitpur, received_on=date(2026, 10, 1))  # last day 30 Nov 2026
    client.force_login(arcs_officer)
    with time_machine.travel(datetime(2026, 11, 25, 6, 0, tzinfo=UTC), tick=False):
        home = client.get(reverse("office_home")).content.decode()
        link = f'{reverse("deadlines_board")}?rule=registration_deemed_60d&amp;within=7'
        assert f'href="{link}"' in home
        board = client.get(reverse("deadlines_board"), {"rule": "registration_deemed_60d", "within": "7"})
    assert board.status_code == 200
    assert "Borgaon Fishery" in board.content.decode()
