"""Office pages of rectification: the list (jurisdiction, query count) and the order page (who may issue)."""

from datetime import date

import pytest
from django.urls import reverse

from registrar.models import ActivityEntry, RectificationOrder
from societies.actions import SocietyAction
from societies.models import AppState
from societies.registration.sweepers import applications_deem_registered
from tests.societies.helpers import make_submitted, reload

from .helpers import DEEMED_ON, RECEIVED, make_deemed

pytestmark = pytest.mark.django_db

ARCS_MAY_NOT = ("Only the Registrar, or an Additional, Joint or Deputy Registrar, may make a rectification order. "
                "You can see this automatic effect but not set it aside.")


@pytest.fixture
def today(monkeypatch):
    from registrar import clock

    monkeypatch.setattr(clock, "today", lambda: date(2026, 3, 20))
    return date(2026, 3, 20)


def _post(client, entry, **data):
    payload = {"real_date": "2026-03-12", "outcome": "certificate", "reasons": "Posted 12 Mar 2026; entered late.",
               "confirmed": "yes"}
    payload.update(data)
    return client.post(reverse("rectification_order", args=[entry.seq]), payload)


def test_rectification_list_shows_deemed_effects_in_jurisdiction(client, citizen, other_citizen, sonitpur, kamrup,
                                                                 arcs_officer, registrar):
    make_deemed(citizen, sonitpur, name="Borsola Fishery Co-operative Society Limited")
    make_deemed(other_citizen, kamrup, name="Rangia Dairy Co-operative Society Limited")
    client.force_login(arcs_officer)
    page = client.get(reverse("rectification_list")).content.decode()
    assert "Borsola Fishery" in page and "Rangia Dairy" not in page
    assert ARCS_MAY_NOT in page
    client.force_login(registrar)
    page = client.get(reverse("rectification_list")).content.decode()
    assert "Borsola Fishery" in page and "Rangia Dairy" in page
    assert ARCS_MAY_NOT not in page


def test_rectification_list_drops_an_entry_once_rectified(client, citizen, sonitpur, registrar, today):
    _application, entry = make_deemed(citizen, sonitpur, name="Borsola Fishery Co-operative Society Limited")
    client.force_login(registrar)
    assert _post(client, entry).status_code == 302
    page = client.get(reverse("rectification_list")).content.decode()
    assert f'href="/office/rectification/{entry.seq}/">Rectify' not in page
    assert "RCS/RECT/2026/0001" in page  # under "Orders made"


def _deem_many(citizen, district, n):
    for i in range(n):
        make_submitted(citizen, district, received_on=RECEIVED, name=f"Borgaon {i} Fishery Co-operative Society Limited")
    applications_deem_registered(today=DEEMED_ON)


@pytest.mark.parametrize("size", [2, 30])
def test_rectification_list_query_count_does_not_grow(client, citizen, sonitpur, arcs_officer, size,
                                                      django_assert_max_num_queries):
    _deem_many(citizen, sonitpur, size)
    client.force_login(arcs_officer)
    with django_assert_max_num_queries(8):  # session, user, officer, districts, count, page, orders, nav
        response = client.get(reverse("rectification_list"))
    assert response.status_code == 200
    assert response.content.decode().count("/office/rectification/") >= min(size, 25)


def test_rectification_order_by_registrar_makes_the_order(client, citizen, sonitpur, registrar, today):
    application, entry = make_deemed(citizen, sonitpur)
    client.force_login(registrar)
    response = _post(client, entry)
    assert response.status_code == 302 and response["Location"] == f"/office/rectification/{entry.seq}/"
    order = RectificationOrder.objects.get()
    assert (order.number, order.real_date, order.made_on) == ("RCS/RECT/2026/0001", date(2026, 3, 12), today)
    assert reload(application).state == AppState.REGISTERED
    page = client.get(response["Location"]).content.decode()
    assert "Rectification order RCS/RECT/2026/0001 made on " in page
    assert "A certificate of registration was dispatched" in page
    assert "Make the order" not in page


def test_rectification_order_arcs_sees_but_may_not_issue(client, citizen, sonitpur, arcs_officer, today):
    _application, entry = make_deemed(citizen, sonitpur)
    client.force_login(arcs_officer)
    page = client.get(reverse("rectification_order", args=[entry.seq]))
    assert page.status_code == 200
    assert ARCS_MAY_NOT in page.content.decode() and "Make the order" not in page.content.decode()
    response = _post(client, entry)
    assert response.status_code == 403
    assert ARCS_MAY_NOT in response.content.decode()
    assert not RectificationOrder.objects.exists()


def test_rectification_order_other_district_gets_404(client, citizen, sonitpur, other_district_officer, today):
    _application, entry = make_deemed(citizen, sonitpur)
    client.force_login(other_district_officer)
    assert client.get(reverse("rectification_order", args=[entry.seq])).status_code == 404
    assert _post(client, entry).status_code == 404


def test_rectification_order_shows_the_rectifiers_refusal(client, citizen, sonitpur, registrar, today):
    _application, entry = make_deemed(citizen, sonitpur)
    client.force_login(registrar)
    response = _post(client, entry, real_date="2026-03-17")
    assert response.status_code == 400
    assert ("The real dispatch date 17 Mar 2026 is after the last day for a decision (16 Mar 2026): the society "
            "was rightly deemed registered.") in response.content.decode()
    assert not RectificationOrder.objects.exists()


def test_rectification_order_for_an_entry_without_rectifier_is_404(client, citizen, sonitpur, registrar):
    make_submitted(citizen, sonitpur)
    entry = ActivityEntry.objects.get(action=SocietyAction.APPLICATION_SUBMITTED)
    client.force_login(registrar)
    assert client.get(reverse("rectification_order", args=[entry.seq])).status_code == 404


def test_rectification_is_in_the_office_navigation(client, arcs_officer):
    client.force_login(arcs_officer)
    assert 'href="/office/rectification/"' in client.get(reverse("office_home")).content.decode()
