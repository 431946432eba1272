"""Playwright (issue 16): the secretary files an amendment, the officer directs reconsideration, the secretary
replies, the officer registers it, and the public page shows the new version; English and Assamese, 1280 and
390 px (screenshots under out/screens/bylaws/)."""

from datetime import timedelta
from pathlib import Path

import pytest

from registrar import clock
from societies.bylaws.models import Amendment, AmendmentState
from tests.bylaws.helpers import BASE_TEXT, record_version
from tests.societies.helpers import tiny_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "bylaws"


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
    with page.expect_navigation():
        page.select_option("#lang-select", "en")


def test_bylaws_amendment_filed_reconsidered_registered_and_public(page, live_server, secretary, arcs_officer,
                                                                  log_in, tmp_path):
    today = clock.today()
    society = secretary.society
    record_version(arcs_officer, society, on=society.registered_on)
    copy = tmp_path / "resolution.pdf"
    copy.write_bytes(tiny_pdf())

    log_in(secretary.username)
    page.goto(f"{live_server.url}/society/{society.pk}/bye-laws/amend/")
    page.fill("#id_clause_text", BASE_TEXT.replace("eighteen years", "eighteen years or more"))
    meeting = (today - timedelta(days=5)).strftime("%d-%m-%Y")
    page.fill("#id_meeting_on", meeting)
    page.fill("#id_resolution_on", meeting)
    page.fill("#id_resolution_text", "Resolved to amend clause 5 (admission).")
    page.fill("#id_members_on_register", "40")
    page.fill("#id_attended", "1-20")
    page.fill("#id_voted_for", "1-15")
    page.fill("#id_voted_against", "16-18")
    page.fill("#id_employees", "2")
    page.check("#id_president_signed")
    page.fill("#id_signing_directors", "Ranjit Bora\nMamoni Saikia")
    page.set_input_files("#id_resolution_copy", str(copy))
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator(".errorlist").count() == 0, page.locator(".errorlist").all_inner_texts()
    assert "Amendment filed" in page.locator(".messages").inner_text()
    assert "14 for, 3 against" in page.locator("main").inner_text()   # the employee's vote is not counted
    _shot(page, "filed-en")
    amendment = Amendment.objects.get(society=society)

    page.context.clear_cookies()
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/bye-laws/amendments/{amendment.pk}/")
    assert page.locator(".redline ins").first.inner_text().strip() == "or more"
    _shot(page, "office-redline-en")
    page.fill("#id_directions", "Clause 5: say who decides the age of a member.")
    page.click("form:has(input[value=direct]) button[type=submit]")
    page.wait_for_load_state()
    assert "directed to reconsider" in page.locator(".messages").inner_text()

    page.context.clear_cookies()
    log_in(secretary.username)
    page.goto(f"{live_server.url}/society/{society.pk}/bye-laws/amendments/{amendment.pk}/")
    page.fill("#id_text", "The Board decides the age from the member's documents.")
    page.click("form:has(input[value=reply]) button[type=submit]")
    page.wait_for_load_state()
    assert "Reply sent" in page.locator(".messages").inner_text()

    page.context.clear_cookies()
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/bye-laws/amendments/{amendment.pk}/")
    page.check("#id_consistent")
    page.check("#id_schedule_a")
    page.fill("#id_fee", "100")
    page.click("form:has(input[value=register]) button[type=submit]")
    page.wait_for_load_state()
    assert "Amendment registered" in page.locator(".messages").inner_text()
    _shot(page, "office-registered-en")
    _narrow_and_assamese(page, "office-registered")
    assert Amendment.objects.get(pk=amendment.pk).state == AmendmentState.REGISTERED

    page.context.clear_cookies()
    page.goto(f"{live_server.url}/bye-laws/{society.public_token}/")
    text = page.locator("main").inner_text()
    assert "eighteen years or more" in text and f"from {today:%d %b %Y}" in text
    _shot(page, "public-en")
    _narrow_and_assamese(page, "public")
