"""Playwright (issue 23): an applicant appeals a refusal, the hearing is held, the order is set aside and the
application returns to scrutiny, in English and Assamese, at 1280 and 390 px (screenshots under
out/screens/appeals/)."""

from datetime import timedelta
from pathlib import Path

import pytest

from registrar import clock
from societies.registration.models import AppState
from tests.appeals.helpers import refused_application
from tests.societies.helpers import reload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "appeals"


def _shot(page, name):
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def test_appeal_refusal_heard_set_aside_returns_to_scrutiny(page, live_server, citizen, arcs_officer, sonitpur,
                                                           log_in):
    today = clock.today()
    application, refusal = refused_application(citizen, arcs_officer, sonitpur, refused_on=today - timedelta(days=10),
                                               name="Borgaon Fishery Co-operative Society Limited")
    log_in(citizen.username)
    page.goto(f"{live_server.url}/my/appeals/")
    page.click(f"a[href='/orders/{refusal.pk}/appeal/']")
    page.wait_for_load_state()
    assert "The Registrar" in page.locator("main").inner_text()  # the forum, named before filing
    page.fill("#id_grounds", "Ten promoters live in the area of operation; the list was misread.")
    page.fill("#id_relief", "Set aside the refusal and take up the application again.")
    _shot(page, "appeal-new-en")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert "Registered as RVP/SNT/" in page.locator(".messages").inner_text()
    _shot(page, "appeal-mine-en")
    page.set_viewport_size({"width": 390, "height": 900})
    _shot(page, "appeal-mine-en-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    with page.expect_navigation():
        page.select_option("#lang-select", "as")
    _shot(page, "appeal-mine-as")
    appeal_url = page.url
    pk = appeal_url.rstrip("/").split("/")[-1]

    page.context.clear_cookies()
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/appeals/{pk}/")
    page.fill("#id_hearing-on", today.strftime("%d-%m-%Y"))
    page.fill("#id_hearing-at", "11:00")
    page.fill("#id_hearing-place", "Office of the ARCS, Tezpur")
    page.click("form:has(input[value=hearing]) button[type=submit]")
    page.wait_for_load_state()
    page.fill("#id_hold-record", "The applicant was heard with the list of promoters and their addresses.")
    page.click("form:has(input[value=hold]) button[type=submit]")
    page.wait_for_load_state()
    page.check("input[name=decide-outcome][value=allowed]")
    page.fill("#id_decide-text", "Ten eligible promoters are shown; the refusal is set aside and the application "
                                 "returns to scrutiny.")
    page.click("form:has(input[value=decide]) button[type=submit]")
    page.wait_for_load_state()
    text = page.locator("main").inner_text()
    assert "returns to scrutiny" in text
    _shot(page, "appeal-office-decided-en")
    page.set_viewport_size({"width": 390, "height": 900})
    _shot(page, "appeal-office-decided-en-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    with page.expect_navigation():
        page.select_option("#lang-select", "as")
    _shot(page, "appeal-office-decided-as")
    assert reload(application).state == AppState.UNDER_SCRUTINY
    page.goto(f"{live_server.url}/office/applications/{application.pk}/")
    _shot(page, "appeal-application-back-in-scrutiny-as")
