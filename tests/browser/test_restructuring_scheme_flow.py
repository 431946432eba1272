"""Playwright (issue 17 points 1-2): the secretary records a division, prepares the notices from the register,
ticks and serves them, records one member's withdrawal; the officer reads the scheme with its windows. English
and Assamese, 1280 and 390 px (screenshots under out/screens/restructuring/)."""

from datetime import timedelta
from pathlib import Path

import pytest

from registrar import clock
from societies.restructuring.models import OptionState, Scheme
from tests.membership.helpers import make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "restructuring"


def _shot(page, name):
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def _narrow_and_assamese(page, name):
    page.set_viewport_size({"width": 390, "height": 900})
    _shot(page, f"{name}-en-390")
    assert page.evaluate("document.documentElement.scrollWidth") <= 392, f"{name} is wider than the phone"
    page.set_viewport_size({"width": 1280, "height": 900})
    with page.expect_navigation():
        page.select_option("#lang-select", "as")
    _shot(page, f"{name}-as")
    assert "বিভাজন" in page.locator("main").inner_text()
    with page.expect_navigation():
        page.select_option("#lang-select", "en")


def test_restructuring_division_recorded_noticed_served_and_read_by_the_office(page, live_server, secretary,
                                                                               arcs_officer, log_in):
    today = clock.today()
    society = secretary.society
    for number in (1, 2):
        make_member(society, number, shares=1)
    log_in(secretary.username)
    page.goto(f"{live_server.url}/society/{society.pk}/restructuring/new/")
    page.check("input[name=kind][value=division]")
    page.fill("#id_resolution_on", (today - timedelta(days=3)).strftime("%d-%m-%Y"))
    page.fill("#id_members_present", "30")
    page.fill("#id_votes_for", "21")
    page.fill("#id_scheme_text", "The Borgaon unit and its members to one society, the town unit to the other.")
    page.fill("#id_new_name_1", "Borgaon Dairy Co-operative Society Limited")
    page.fill("#id_new_members_1", "1")
    page.fill("#id_new_name_2", "Dhekiajuli Town Dairy Co-operative Society Limited")
    page.fill("#id_new_members_2", "2")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator(".errorlist").count() == 0, page.locator(".errorlist").all_inner_texts()
    page.click("form:has(input[value=prepare]) button[type=submit]")
    page.wait_for_load_state()
    assert "2 notice(s) prepared" in page.locator(".messages").inner_text()
    page.check("input[name=notice] >> nth=0")
    page.check("input[name=notice] >> nth=1")
    page.fill("#id_served_on", (today - timedelta(days=1)).strftime("%d-%m-%Y"))
    page.select_option("#id_method", "hand")
    page.click("#serve-form button[type=submit]")
    page.wait_for_load_state()
    assert "Service recorded for 2 notice(s)" in page.locator(".messages").inner_text()
    page.locator("form.inline-form").first.locator("select[name=option]").select_option("withdrawing")
    page.locator("form.inline-form").first.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert "Option recorded" in page.locator(".messages").inner_text()
    scheme = Scheme.objects.get()
    assert scheme.notices.filter(option=OptionState.WITHDRAWING).count() == 1
    last_day = (today - timedelta(days=1) + timedelta(days=30)).strftime("%d %b %Y")
    assert last_day in page.locator("main").inner_text()
    _shot(page, "secretary-scheme-en")
    _narrow_and_assamese(page, "secretary-scheme")

    page.context.clear_cookies()
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/restructuring/")
    assert society.name in page.locator("main").inner_text()
    page.goto(f"{live_server.url}/office/restructuring/{scheme.pk}/")
    assert "Opted to withdraw" in page.locator("main").inner_text()
    _shot(page, "office-scheme-en")
    _narrow_and_assamese(page, "office-scheme")
