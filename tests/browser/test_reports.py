"""The report pages in a real browser: the chart is drawn (uPlot from static/vendor), with no CSP violation, in
English and Assamese at 1280 and 390 px; without JavaScript the figures and the table are still there.
Screenshots: out/screens/reports/<slug>-<language>-<width>.png."""

from datetime import timedelta
from pathlib import Path

import pytest

from registrar import clock
from tests.deadlines.helpers import make_open_application, received_for_last_day
from tests.gov_card.helpers import SPREAD_TODAY, build_spread

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "reports"
WATCH = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", e => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


@pytest.fixture
def world(monkeypatch, citizen, sonitpur, arcs_officer):
    monkeypatch.setattr(clock, "today", lambda: SPREAD_TODAY)
    build_spread(sonitpur, arcs_officer, copies=2)
    for i, days in enumerate((-4, -1, 0, 3, 7, 12, 20, 30)):
        make_open_application(citizen, sonitpur, received_on=received_for_last_day(SPREAD_TODAY + timedelta(days=days)),
                              name=f"Borgaon {i} Co-operative Society Limited")


def test_report_pages_draw_the_chart_in_english_and_assamese(page, live_server, log_in, world):
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.add_init_script(WATCH)
    log_in("arcs.sonitpur")
    for language in ("en", "as"):
        page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{live_server.url}/office/reports/")
            assert page.locator("main a[href='/office/reports/compliance/']").count() == 1
            page.screenshot(path=str(SCREENS / f"index-{language}-{width}.png"), full_page=True)
            for slug in ("deadlines", "annual-returns", "compliance"):
                page.goto(f"{live_server.url}/office/reports/{slug}/")
                page.wait_for_selector(".report-chart.drawn canvas")
                box = page.locator(".report-chart canvas").first.bounding_box()
                assert box["width"] > 200 and box["height"] > 200, box
                assert box["width"] <= width, (slug, width, box)  # the chart fits the screen
                assert page.evaluate("document.documentElement.scrollWidth") <= width, (slug, width)
                assert page.evaluate("window.__csp") == [], (slug, page.evaluate("window.__csp"))
                page.screenshot(path=str(SCREENS / f"{slug}-{language}-{width}.png"), full_page=True)
    assert page.locator("h1").inner_text() == "অনুপালনৰ অৱস্থা অনুসৰি সমিতি"


def test_report_page_without_javascript_keeps_figures_and_table(browser, live_server, world, arcs_officer):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", "arcs.sonitpur")
    page.fill("input[name=password]", "pw-for-tests-2026")
    page.click("main button[type=submit]")
    page.goto(f"{live_server.url}/office/reports/compliance/")
    assert page.locator(".stat a[data-figure]").count() == 4
    assert page.locator(".report-table tbody tr").count() == 4
    assert page.locator(".report-chart canvas").count() == 0
    page.screenshot(path=str(SCREENS / "compliance-en-390-nojs.png"), full_page=True)
    context.close()
