"""The register of orders in the office (/office/orders/), one order's page, recording its communication, and the
society's last orders on the office and secretary pages."""

from datetime import date
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from orders import services
from orders.kinds import SOCIETY, OrderKind, get_kind
from orders.models import Order
from orders.views.register import MAY_NOT_RECORD
from registrar.models import ActivityEntry, Rank
from registrar.statute.catalogue import yaml_rules
from tests.conftest import make_officer

from .helpers import make_order, make_society

TODAY = date(2026, 12, 1)
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)


def _page(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("orders_register"), params)
    assert response.status_code == 200
    return response


def _numbers(response):
    return [order.number for order, _status, _label in response.context["rows"]]


def test_register_lists_the_officers_jurisdiction_newest_first(client, arcs_officer, registrar):
    older = make_order(subject="Older Sonitpur order", made_on=date(2026, 10, 1))
    newer = make_order(subject="Newer Sonitpur order", made_on=date(2026, 11, 20))
    kamrup = make_order(subject="Kamrup order", district_code="KMR")
    statewide = make_order(kind="registrar.rectification", subject="Statewide rectification", district_code=None)
    assert _numbers(_page(client, arcs_officer)) == [newer.number, older.number]
    page = _page(client, registrar)
    assert set(_numbers(page)) == {older.number, newer.number, kamrup.number, statewide.number}
    assert statewide.number in page.content.decode() and "Statewide" in page.content.decode()


def test_register_filters_by_kind_issuer_year_communication_and_search(client, arcs_officer):
    refusal = make_order(kind="registration.refusal", subject="Refusal of the Borgaon Weavers", made_on=date(2025, 6, 3),
                         communicated_on=date(2025, 6, 4), reference="RL123456789IN")
    memo = make_order(kind="registration.query_memo", subject="Query on the Tezpur Fishers")
    flag = make_order(subject="Flag order on the Dhekiajuli Dairy")
    assert _numbers(_page(client, arcs_officer, kind="registration.refusal")) == [refusal.number]
    assert _numbers(_page(client, arcs_officer, year="2025")) == [refusal.number]
    assert _numbers(_page(client, arcs_officer, not_communicated="1")) == [flag.number, memo.number]
    assert _numbers(_page(client, arcs_officer, q="tezpur")) == [memo.number]
    assert _numbers(_page(client, arcs_officer, q=refusal.number.lower())) == [refusal.number]
    assert _numbers(_page(client, arcs_officer, issuer="office")) == [flag.number, memo.number, refusal.number]
    assert _numbers(_page(client, arcs_officer, issuer="society")) == []
    # Values the page does not offer are ignored, never a 500.
    assert len(_numbers(_page(client, arcs_officer, kind="nope", year="20x5", issuer="x", society="9" * 30))) == 3


def test_register_filters_by_society_from_its_pages(client, arcs_officer):
    society = make_society(n=7, name="Borgaon Weavers Co-operative Society Limited")
    about = make_order(subject="About the weavers", society=society)
    make_order(subject="About another")
    page = _page(client, arcs_officer, society=str(society.pk))
    assert _numbers(page) == [about.number] and "Borgaon Weavers" in page.content.decode()


def test_register_pages_fifty_a_page(client, arcs_officer):
    for n in range(52):
        make_order(subject=f"Order {n}", made_on=date(2026, 1, 1 + n % 28))
    first = _page(client, arcs_officer)
    assert len(first.context["rows"]) == 50 and "Page 1 of 2" in first.content.decode()
    assert len(_page(client, arcs_officer, page="2").context["rows"]) == 2


def _fill(start, count, stayer):
    """Orders of several societies, every fourth stayed, every fifth set aside by another order."""
    for i in range(start, start + count):
        order = make_order(subject=f"Query order {i}", society=make_society(n=100 + i),
                           made_on=date(2026, 11, 1 + i % 28))
        if i % 4 == 0:
            services.stay_grant(order_id=order.pk, actor=stayer, granted_on=order.made_on, pending="Review 1/2026",
                                reasons="Pending review", today=TODAY)
        if i % 5 == 1:
            services.order_set_aside(order, by=make_order(subject=f"Review order {i}", made_on=order.made_on),
                                     on=order.made_on)


def test_register_query_count_is_constant_in_rows(client, arcs_officer, django_assert_max_num_queries):
    stayer = make_officer("arcs.stayer", Rank.ARCS, ["SNT"])
    client.force_login(arcs_officer)
    client.get(reverse("orders_register"))  # the session's second-factor flag settles on the first request
    counts = []
    for start, count in ((0, 4), (4, 50)):
        _fill(start, count, stayer)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("orders_register"))
        assert response.status_code == 200
        counts.append((len(response.context["rows"]), len(queries)))
    (small_rows, small), (large_rows, large) = counts
    assert small_rows < 10 and large_rows == 50
    assert small == large, counts
    with django_assert_max_num_queries(large):
        client.get(reverse("orders_register"), {"kind": "governance.flag_order", "not_communicated": "1"})


def test_order_detail_shows_the_order_its_rule_and_windows(client, arcs_officer):
    society = make_society(n=3)
    order = make_order(kind="registration.refusal", subject="Refusal of registration", society=society,
                       officer=arcs_officer, made_on=date(2026, 11, 2), communicated_on=date(2026, 11, 3),
                       reference="RL000111222IN")
    client.force_login(arcs_officer)
    response = client.get(reverse("order_detail", args=[order.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert order.number in page and str(get_kind("registration.refusal").label) in page
    assert "Section 10(2)" in page and "registration_refusal_60d" in page
    assert yaml_rules()["registration_refusal_60d"]["quote"] in page
    assert "Assistant Registrar (ARCS)" in page and "RL000111222IN" in page and "03 Nov 2026" in page
    assert reverse("office_society_detail", args=[society.pk]) in page
    # s.111(2): review by 60 days from communication (3 Nov 2026 -> 2 Jan 2027), open on 1 Dec 2026.
    assert "Review by this office" in page and "02 Jan 2027" in page and ">open<" in page
    assert "the State Government, on a question of law (s.111(3))" in page
    assert reverse("verify_order", args=[order.token]) in page
    assert 'id="stays"' in page  # the stay panel (orders/partials/stay_panel.html)


def test_order_detail_of_a_migrated_order_says_communication_date_not_recorded(client, arcs_officer):
    order = make_order()
    Order.objects.filter(pk=order.pk).update(communication_recorded=False)
    client.force_login(arcs_officer)
    page = client.get(reverse("order_detail", args=[order.pk])).content.decode()
    assert "communication date not recorded" in page


def test_order_detail_set_aside_names_the_order_that_set_it_aside(client, arcs_officer):
    order = make_order(subject="First order")
    review = make_order(subject="Review order", made_on=date(2026, 11, 25))
    services.order_set_aside(order, by=review, on=date(2026, 11, 25))
    client.force_login(arcs_officer)
    page = client.get(reverse("order_detail", args=[order.pk])).content.decode()
    assert f"by order {review.number}" in page and "on 25 Nov 2026" in page and "Set aside" in page
    assert reverse("order_detail", args=[review.pk]) in page
    page = client.get(reverse("order_detail", args=[review.pk])).content.decode()
    assert "This order set aside" in page and order.number in page


def test_order_detail_of_a_societys_decision_is_never_worded_as_an_order_of_this_office(client, arcs_officer):
    kind = OrderKind("membership.board_refusal", "Refusal of membership by the Board", "MBR", "20(3)",
                     issuer=SOCIETY, appeal_forum="the General Assembly of the society")
    society = make_society(n=4, name="Jorhat Tea Growers Co-operative Society Limited")
    with mock.patch.dict("orders.kinds._KINDS", {kind.code: kind}):
        order = make_order(kind=kind.code, subject="Refusal of membership", society=society,
                           received_on=date(2026, 11, 5))
        client.force_login(arcs_officer)
        page = client.get(reverse("order_detail", args=[order.pk])).content.decode()
        verify = client.get(reverse("verify_order", args=[order.token])).content.decode()
    assert "Decision of the society" in page and "it is not an order of this office" in page
    assert "Order of the Registrar of Co-operative Societies" not in page
    assert "Review by this office" not in page and "the General Assembly of the society" in page
    assert "not an order of this office" in verify and "Order of this office: verified" not in verify


def _post(client, order, **data):
    return client.post(reverse("order_detail", args=[order.pk]), data)


def test_communication_recorded_through_the_form(client, arcs_officer):
    order = make_order(made_on=date(2026, 11, 2))
    client.force_login(arcs_officer)
    response = _post(client, order, communicated_on="2026-11-04", reference=" RL987654321IN ")
    assert response.status_code == 302
    order.refresh_from_db()
    assert order.communicated_on == date(2026, 11, 4) and order.communication_reference == "RL987654321IN"
    assert ActivityEntry.objects.filter(action="orders.communication_recorded", actor=arcs_officer).count() == 1
    page = client.get(reverse("order_detail", args=[order.pk])).content.decode()
    assert "Date of communication of" in page and "Dispatched on 04 Nov 2026" in page
    assert 'name="communicated_on"' not in page  # recorded: no form any more


@pytest.mark.parametrize(("day", "message"), [
    ("2026-12-02", "The date of communication cannot be after today."),
    ("2026-11-01", "The date of communication cannot be before the order was made (02 Nov 2026)."),
])
def test_communication_date_out_of_bounds_is_refused_on_the_form(client, arcs_officer, day, message):
    order = make_order(made_on=date(2026, 11, 2))
    client.force_login(arcs_officer)
    response = _post(client, order, communicated_on=day, reference="RL1")
    assert response.status_code == 400 and message in response.content.decode()
    assert 'id="id_communicated_on_errors"' in response.content.decode()  # on the field, not a page error
    order.refresh_from_db()
    assert order.communicated_on is None
    assert not ActivityEntry.objects.filter(action="orders.communication_recorded").exists()


def test_communication_recorded_twice_is_refused_on_the_form(client, arcs_officer):
    order = make_order(made_on=date(2026, 11, 2))
    client.force_login(arcs_officer)
    assert _post(client, order, communicated_on="2026-11-03", reference="RL1").status_code == 302
    response = _post(client, order, communicated_on="2026-11-05", reference="RL2")
    assert response.status_code == 400
    assert "The date of communication of this order is already recorded (03 Nov 2026)." in response.content.decode()
    order.refresh_from_db()
    assert order.communicated_on == date(2026, 11, 3) and order.communication_reference == "RL1"


def test_communication_without_a_reference_or_with_a_bad_date_is_a_form_error(client, arcs_officer):
    order = make_order(made_on=date(2026, 11, 2))
    client.force_login(arcs_officer)
    response = _post(client, order, communicated_on="2026-11-31", reference="")
    assert response.status_code == 400 and "This field is required." in response.content.decode()
    order.refresh_from_db()
    assert order.communicated_on is None


def test_communication_form_only_for_officers_who_may_record(client, auditor):
    order = make_order()
    client.force_login(auditor)
    page = client.get(reverse("order_detail", args=[order.pk]))
    assert page.status_code == 200 and 'name="communicated_on"' not in page.content.decode()
    assert escape(str(MAY_NOT_RECORD)) in page.content.decode()
    assert _post(client, order, communicated_on="2026-11-03", reference="RL1").status_code == 403
    order.refresh_from_db()
    assert order.communicated_on is None


def test_communication_of_another_districts_order_is_404_whatever_the_method(client, other_district_officer):
    order = make_order()
    client.force_login(other_district_officer)
    assert client.get(reverse("order_detail", args=[order.pk])).status_code == 404
    assert _post(client, order, communicated_on="2026-11-03", reference="RL1").status_code == 404


def test_society_pages_list_the_societys_last_orders(client, arcs_officer, secretary):
    society = secretary.society
    orders = [make_order(subject=f"Order {n}", society=society, made_on=date(2026, 11, 1 + n)) for n in range(12)]
    make_order(subject="Another society's order", society=make_society(n=9))
    client.force_login(arcs_officer)
    page = client.get(reverse("office_society_detail", args=[society.pk])).content.decode()
    shown = [o for o in orders if o.number in page]
    assert shown == orders[2:]  # the last ten
    assert f"{reverse('orders_register')}?society={society.pk}" in page
    assert reverse("order_detail", args=[orders[-1].pk]) in page
    client.force_login(secretary)
    page = client.get(reverse("society_detail", args=[society.pk])).content.decode()
    assert orders[-1].number in page and reverse("verify_order", args=[orders[-1].token]) in page
    assert reverse("order_detail", args=[orders[-1].pk]) not in page and "Another society" not in page


def test_register_is_in_the_appeals_navigation(client, arcs_officer):
    from registrar.dashboard import _OFFICE_NAV

    item = next(item for item in _OFFICE_NAV if item.url_name == "orders_register")
    assert item.group == "appeals" and str(item.label) == "Register of orders"
    client.force_login(arcs_officer)
    assert reverse("orders_register") in client.get(reverse("office_home")).content.decode()


def test_order_detail_links_to_the_record_it_is_about(client, arcs_officer, citizen, sonitpur):
    from tests.societies.helpers import make_submitted

    application = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 1))
    order = make_order(kind="registration.hearing_notice", subject="Hearing", target=application,
                       made_on=date(2026, 11, 5))
    client.force_login(arcs_officer)
    page = client.get(reverse("order_detail", args=[order.pk])).content.decode()
    assert reverse("office_application_detail", args=[application.pk]) in page

