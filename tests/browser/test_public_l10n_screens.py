"""Public pages after issue 25 points 6-7, in English and Assamese at 1280 and 390 px (screenshots in
out/screens/public/): /status/ by name and by acknowledgement number, the compliance card, a law page; nothing
wider than its box. And the dd-mm-yyyy date box with its calendar (CSP-safe, no native date input)."""

from datetime import date
from pathlib import Path

import pytest

from societies.models import Society
from tests.societies.helpers import make_submitted

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "public"
OVERFLOW = """() => [...document.querySelectorAll('main *')].filter(e => e.scrollWidth > e.clientWidth + 1
    && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0).map(e => e.tagName + '.' + e.className)"""


@pytest.mark.django_db(transaction=True)
def test_public_pages_in_both_languages_at_two_widths(page, live_server, citizen, sonitpur):
    SCREENS.mkdir(parents=True, exist_ok=True)
    society = Society.objects.create(registration_number="SNT/REG/2026/0007", society_type="dairy",
                                     name="Dhekiajuli Dairy Co-operative Society Limited", district=sonitpur,
                                     address="Dhekiajuli", registered_on=date(2026, 3, 17))
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    type(application).objects.filter(pk=application.pk).update(society=society)
    pages = {
        "status-by-name": "/status/?number=dairy",
        "status-by-number": f"/status/?number={application.acknowledgement_number}",
        "compliance": f"/compliance/{society.public_token}/",
        "law": "/law/registration_deemed_60d/",
    }
    for language in ("en", "as"):
        page.context.clear_cookies()
        page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            for name, url in pages.items():
                page.goto(live_server.url + url)
                assert page.locator("html").get_attribute("lang") == language
                assert page.evaluate(OVERFLOW) == [], (name, language, width)
                page.screenshot(path=str(SCREENS / f"{name}-{language}-{width}.png"), full_page=True)
    page.goto(live_server.url + pages["compliance"])
    assert "১৭ মাৰ্চ ২০২৬" in page.locator("main").inner_text()
    assert "SNT/REG/2026/0007" in page.locator("main").inner_text()


@pytest.mark.django_db(transaction=True)
def test_day_picker_fills_dd_mm_yyyy_without_a_native_date_input(page, live_server, secretary, log_in):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    log_in("secretary")
    page.goto(f"{live_server.url}/society/{secretary.society.pk}/meetings/new/")
    box = page.locator("input[name=held_on]")
    assert box.get_attribute("type") == "text"
    box.fill("05-06-2026")
    page.locator("input[name=held_on] ~ button.day-picker-btn").click()
    picker = page.locator("input[name=held_on] ~ .day-picker")
    assert picker.is_visible()
    assert "June 2026" in picker.inner_text()
    picker.locator("button[data-day='17']").click()
    assert box.input_value() == "17-06-2026"
    assert not picker.is_visible()
    page.set_viewport_size({"width": 390, "height": 900})
    page.locator("input[name=held_on] ~ button.day-picker-btn").click()
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / "day-picker-en-390.png"), full_page=True)
    assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
