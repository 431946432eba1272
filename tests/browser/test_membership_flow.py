"""Admission in a browser (issue 14): a person applies online, the Board refuses with reasons (a decision of the
society in the register of orders), the person appeals to the General Assembly; another application, on paper,
is deemed admitted when the sweeper runs on day 91. Screenshots under out/screens/membership/."""

from datetime import timedelta
from pathlib import Path

import pytest

from membership.clocks import DEEMED_ADMISSION
from membership.models import AppState, MembershipApplication
from registrar import clock
from registrar.clocks.derive import expiry_sweep
from tests.membership_admission.helpers import paper_application

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "membership"


def _shot(page, name):
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def test_membership_apply_refuse_appeal_and_deemed_admission(page, live_server, citizen, secretary, log_in):
    society = secretary.society
    today = clock.today()
    log_in(citizen.username)
    page.goto(f"{live_server.url}/memberships/apply/")
    page.fill("#registration_number", society.registration_number)
    page.click("main form[role=search] button[type=submit]")
    page.wait_for_load_state()
    page.fill("#id_name", "Hemanta Nath")
    page.fill("#id_parent_name", "Bipul Nath")
    page.select_option("#id_gender", "man")
    page.fill("#id_age_years", "41")
    page.fill("#id_address", "Ward 4, Dhekiajuli, Sonitpur")
    page.fill("#id_occupation", "Dairy farmer")
    _shot(page, "apply-en")
    page.click("#apply-form button[type=submit]")
    page.wait_for_load_state()
    assert "Your application was received on" in page.locator(".messages").inner_text()
    assert "Awaiting the Board's decision" in page.locator("#application").inner_text()
    _shot(page, "applied-en")
    application = MembershipApplication.objects.get(person__name="Hemanta Nath")

    page.context.clear_cookies()
    log_in(secretary.username)
    page.goto(f"{live_server.url}/society/{society.pk}/members/applications/{application.pk}/")
    page.fill("#id_refuse-reasons", "The applicant keeps no milch cattle: not eligible under bye-law 5(b).")
    page.click("#refuse-form button[type=submit]")
    page.wait_for_load_state()
    assert "Refusal recorded as decision MRF/" in page.locator(".messages").inner_text()
    _shot(page, "refused-secretary-en")

    page.context.clear_cookies()
    log_in(citizen.username)
    page.goto(f"{live_server.url}/memberships/applications/{application.pk}/")
    assert "not eligible under bye-law 5(b)" in page.locator("#application").inner_text()
    page.fill("#id_grounds", "I keep two cows; the secretary's record is out of date.")
    page.click("#appeal-form button[type=submit]")
    page.wait_for_load_state()
    assert "Appeal to the General Assembly filed on" in page.locator(".messages").inner_text()
    assert "Appeal to the General Assembly pending" in page.locator("#application").inner_text()
    _shot(page, "appealed-en")
    page.set_viewport_size({"width": 390, "height": 900})
    _shot(page, "appealed-en-390")
    page.set_viewport_size({"width": 1280, "height": 900})

    # Another application, received on paper 91 days ago: the sweeper (run with today=) deems it admitted.
    received = today - timedelta(days=91)
    paper = paper_application(society, secretary, received_on=received, name="Mamoni Saikia")
    assert expiry_sweep(DEEMED_ADMISSION, today=today).count == 1
    assert MembershipApplication.objects.get(pk=paper.pk).state == AppState.DEEMED_ADMITTED
    page.context.clear_cookies()
    log_in(secretary.username)
    page.goto(f"{live_server.url}/society/{society.pk}/members/applications/")
    row = page.locator(f"#app-{paper.pk}").inner_text()
    assert "Deemed admitted (s.20(2))" in row and "No. 1" in row
    _shot(page, "society-list-en")
    with page.expect_navigation():
        page.select_option("#lang-select", "as")
    _shot(page, "society-list-as")
