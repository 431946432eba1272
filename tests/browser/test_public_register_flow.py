"""The public register in a browser (issue 24 point 6): search by a misspelt name, filter, open the society's
page, the batch look-up, open data and the API docs — in English and Assamese at 1280 and 390 px, nothing wider
than its box, no console error (CSP), no JavaScript needed but for the charts and the API docs. Screenshots in
out/screens/register/."""

from pathlib import Path

import pytest
from django.db import connection

from tests.openregister.helpers import societies_for_search

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "register"
OVERFLOW = """() => [...document.querySelectorAll('main *')].filter(e => e.scrollWidth > e.clientWidth + 1
    && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0).map(e => e.tagName + '.' + e.className)"""


@pytest.mark.django_db(transaction=True)
def test_public_register_search_and_society_page_in_both_languages(page, live_server):
    SCREENS.mkdir(parents=True, exist_ok=True)
    societies = societies_for_search()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    typed = "tejpur fishery" if connection.vendor == "postgresql" else "tezpur fishery"
    for language in ("en", "as"):
        page.context.clear_cookies()
        page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{live_server.url}/register/")
            page.fill("input[name=q]", typed)
            page.locator("main form[role=search] button[type=submit]").click()
            assert societies["tezpur"].name in page.locator("main table").inner_text()
            assert page.evaluate(OVERFLOW) == [], (language, width)
            page.screenshot(path=str(SCREENS / f"search-{language}-{width}.png"), full_page=True)
            page.locator("main table a").first.click()
            assert page.locator("h1").inner_text() == societies["tezpur"].name
            assert page.evaluate(OVERFLOW) == [], ("society", language, width)
            page.screenshot(path=str(SCREENS / f"society-{language}-{width}.png"), full_page=True)
    page.goto(f"{live_server.url}/register/?legal_status=dissolved")
    assert societies["dissolved"].name in page.locator("main").inner_text()
    page.goto(f"{live_server.url}/register/batch/")
    page.fill("textarea[name=numbers]", f"{societies['dairy'].registration_number}\nNO/SUCH/1")
    page.locator("main button[value=page]").click()
    assert "NO/SUCH/1" in page.locator("main").inner_text()
    page.screenshot(path=str(SCREENS / "batch-as-390.png"), full_page=True)
    page.goto(f"{live_server.url}/api/docs/")
    page.wait_for_selector(".swagger-ui .info", timeout=10_000)
    page.screenshot(path=str(SCREENS / "api-docs.png"))
    assert errors == []
