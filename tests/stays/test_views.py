"""The stay pages and panel: an officer in jurisdiction grants and vacates a stay; every refusal comes back as
a message on the page (never a 500); below the ARCS the page explains and a post is 403."""

from datetime import timedelta

import pytest
from django.urls import reverse

from orders.models import Stay
from registrar import clock
from tests.stays.triad_cases import make_order

pytestmark = pytest.mark.django_db


def _grant(client, order, **data):
    payload = {"granted_on": clock.today().isoformat(), "pending_kind": "review",
               "pending_reference": "Review petition 3/2026 of 2 Mar 2026", "reasons": "Prima facie case",
               "next": reverse("order_stay_grant", args=[order.pk]), **data}
    return client.post(reverse("order_stay_grant", args=[order.pk]), payload)


def test_stay_page_shows_the_grant_form_to_the_arcs(client, arcs_officer):
    order = make_order()
    client.force_login(arcs_officer)
    page = client.get(reverse("order_stay_grant", args=[order.pk])).content.decode()
    assert "This order has never been stayed." in page
    assert f'action="{reverse("order_stay_grant", args=[order.pk])}"' in page
    assert "Review by this office (s.111(2))" in page  # pending: the order's own review and appeal


def test_stay_grant_post_records_the_stay_and_returns_to_the_page(client, arcs_officer):
    order = make_order()
    client.force_login(arcs_officer)
    response = _grant(client, order)
    assert response.status_code == 302
    stay = Stay.objects.get(order=order)
    assert stay.pending == "Review by this office (s.111(2)): Review petition 3/2026 of 2 Mar 2026"
    page = client.get(response.url).content.decode()
    assert f"Order {order.number} stayed from" in page
    assert "Vacate the stay" in page and "in force" in page


def test_stay_grant_post_with_a_future_date_shows_the_reason(client, arcs_officer):
    order = make_order()
    client.force_login(arcs_officer)
    response = _grant(client, order, granted_on=(clock.today() + timedelta(days=1)).isoformat())
    assert response.status_code == 400
    assert "A stay cannot start after today." in response.content.decode()
    assert "Prima facie case" in response.content.decode()  # what was typed is kept
    assert not Stay.objects.exists()


def test_stay_grant_post_twice_says_already_stayed(client, arcs_officer):
    order = make_order()
    client.force_login(arcs_officer)
    _grant(client, order)
    response = _grant(client, order)
    assert response.status_code == 400
    assert "This order is already stayed (from" in response.content.decode()
    assert Stay.objects.count() == 1


def test_stay_vacate_post_ends_the_stay(client, arcs_officer):
    order = make_order()
    client.force_login(arcs_officer)
    _grant(client, order)
    today = clock.today()
    response = client.post(reverse("order_stay_vacate", args=[order.pk]), {"vacated_on": today.isoformat()})
    assert response.status_code == 302
    assert Stay.objects.get().vacated_on == today
    page = client.get(response.url).content.decode()
    assert f"The stay of order {order.number} is vacated on" in page


def test_stay_vacate_post_without_a_stay_says_so(client, arcs_officer):
    order = make_order()
    client.force_login(arcs_officer)
    response = client.post(reverse("order_stay_vacate", args=[order.pk]), {"vacated_on": clock.today().isoformat()},
                           follow=True)
    assert response.status_code == 200
    assert "This order is not stayed." in response.content.decode()


def test_stay_pages_refuse_a_post_below_the_arcs_and_outside_the_district(client, auditor, other_district_officer):
    order = make_order()
    client.force_login(auditor)
    page = client.get(reverse("order_stay_grant", args=[order.pk])).content.decode()
    assert "Only the ARCS of the district or an officer above may stay an order" in page
    assert "Grant the stay" not in page
    assert _grant(client, order).status_code == 403
    client.force_login(other_district_officer)
    assert _grant(client, order).status_code == 404
    assert not Stay.objects.exists()


def test_stay_grant_redirects_only_to_this_site(client, arcs_officer):
    order = make_order()
    client.force_login(arcs_officer)
    response = _grant(client, order, next="https://evil.example/")
    assert response.status_code == 302 and not response.url.startswith("https://evil")
