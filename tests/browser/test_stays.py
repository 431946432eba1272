"""The stay panel in a browser: the ARCS stays an order pending its review and vacates the stay, in English and
Assamese, at 1280 and 390 px (screenshots under out/)."""

import pytest

from tests.stays.triad_cases import make_order

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_stay_panel_grant_and_vacate(page, live_server, arcs_officer, log_in, shot):
    order = make_order("Order on the compliance flag of Borjuli Tea Growers Co-operative Society Limited")
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/orders/{order.pk}/stay/")
    assert "This order has never been stayed." in page.locator("#stays").inner_text()
    page.select_option("#id_pending_kind", "review")
    page.fill("#id_pending_reference", "Review petition 3/2026 of 2 Mar 2026")
    page.fill("#id_reasons", "The society shows a prima facie case; the flag rests on a return filed in time.")
    page.click("#stays button[type=submit]")
    page.wait_for_load_state()
    assert f"Order {order.number} stayed from" in page.locator(".messages").inner_text()
    assert "in force" in page.locator("#stays table").inner_text()
    shot("stay-panel-stayed-en")
    page.set_viewport_size({"width": 390, "height": 900})
    shot("stay-panel-stayed-en-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    with page.expect_navigation():
        page.select_option("#lang-select", "as")
    assert "স্থগিতাদেশ" in page.locator("#stays").inner_text()
    shot("stay-panel-stayed-as")
    page.click("#stays button[type=submit]")  # vacate, today
    page.wait_for_load_state()
    assert "বলৱৎ" not in page.locator("#stays table").inner_text()
    shot("stay-panel-vacated-as")
    page.set_viewport_size({"width": 390, "height": 900})
    shot("stay-panel-vacated-as-390")
