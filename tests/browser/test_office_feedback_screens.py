"""Issue 25 points 3, 8, 9 in a real browser, English and Assamese at 1280 and 390 px: the work queue's search,
the confirm step before registering (no JavaScript needed), the deadlines board's filters (each label beside its
control), the office home, the profile and the help page. No page is wider than the screen. Screenshots:
out/screens/office_feedback/<page>-<language>-<width>.png."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from registrar import clock
from societies.registration import services
from tests.societies.helpers import make_submitted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "office_feedback"
TODAY = date(2026, 11, 25)


@pytest.fixture
def world(monkeypatch, citizen, sonitpur, arcs_officer):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    apps = [make_submitted(citizen, sonitpur, received_on=TODAY - timedelta(days=days),
                           name=f"{name} Co-operative Society Limited")
            for days, name in ((56, "Borgaon Fishery"), (40, "Tezpur Dairy"), (20, "Rangapara Tea Growers"))]
    services.application_start_scrutiny(application_id=apps[0].pk, actor=arcs_officer)
    return apps


def _fill_day(page, selector, day):
    """A native date input takes ISO; the portal's text day input (dd-mm-yyyy) takes the office's format."""
    field = page.locator(selector)
    field.fill(day.isoformat() if field.get_attribute("type") == "date" else f"{day:%d-%m-%Y}")


def _fits(page, name, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width, (name, width)


def test_office_feedback_pages_in_english_and_assamese(page, live_server, log_in, world, browser):
    SCREENS.mkdir(parents=True, exist_ok=True)
    log_in("arcs.sonitpur")
    first = world[0]
    for language in ("en", "as"):
        page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})

            def shot(name, language=language, width=width):
                _fits(page, name, width)
                page.screenshot(path=str(SCREENS / f"{name}-{language}-{width}.png"), full_page=True)

            page.goto(f"{live_server.url}/office/")
            shot("office-home")
            page.goto(f"{live_server.url}/office/applications/?q=dairy")
            assert "Tezpur Dairy" in page.locator("main").inner_text()
            assert "Borgaon Fishery" not in page.locator("main").inner_text()
            shot("workqueue-search")
            page.goto(f"{live_server.url}/office/deadlines/?within=7")
            # each label sits beside its control: same row (their vertical centres within a few pixels)
            label, select = page.locator("label[for=within]").bounding_box(), page.locator("#within").bounding_box()
            assert abs((label["y"] + label["height"] / 2) - (select["y"] + select["height"] / 2)) < 6
            assert label["x"] + label["width"] <= select["x"]
            shot("deadlines-filters")
            page.goto(f"{live_server.url}/office/applications/{first.pk}/")
            _fill_day(page, "form[action$='/register/'] input[name=dispatched_on]", TODAY)
            page.locator("form[action$='/register/'] button[type=submit]").click()
            page.wait_for_load_state()
            assert page.locator(".confirm-step").count() == 1
            shot("confirm-register")
            page.goto(f"{live_server.url}/accounts/profile/")
            shot("profile")
            page.goto(f"{live_server.url}/help/")
            shot("help")
    # the confirm step works without JavaScript
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 900})
    nojs = context.new_page()
    nojs.goto(f"{live_server.url}/accounts/login/")
    nojs.fill("input[name=username]", "arcs.sonitpur")
    nojs.fill("input[name=password]", "pw-for-tests-2026")
    nojs.click("main button[type=submit]")
    nojs.goto(f"{live_server.url}/office/applications/{first.pk}/")
    _fill_day(nojs, "form[action$='/register/'] input[name=dispatched_on]", TODAY)
    nojs.locator("form[action$='/register/'] button[type=submit]").click()
    nojs.locator(".confirm-actions button[type=submit]").click()
    nojs.wait_for_load_state()
    assert "SNT/REG/2026/0001" in nojs.locator(".messages").inner_text()
    nojs.screenshot(path=str(SCREENS / "registered-message-en-390-nojs.png"), full_page=True)
    context.close()
