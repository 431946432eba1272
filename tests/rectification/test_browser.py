"""Browser: the Registrar sets aside a deemed registration and the society's timeline shows both entries.

Uses Debian's chromium like tests/browser (never `playwright install`). Screenshots go to out/screenshots/.
"""

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.rectification.helpers import make_deemed

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": shutil.which("chromium") or "/usr/bin/chromium",
            "args": ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]}


def _log_in(page, live_server, username):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw-for-tests-2026")
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    if "/accounts/second-factor/" in page.url:  # a statewide rank: the code from its authenticator (ADR 0011)
        page.fill("input[name=code]", _current_code(username))
        page.click("main form.stack button[type=submit]")
        page.wait_for_load_state()


def _current_code(username):
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():0{device.digits}d}"


def _enrol(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def _shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_registrar_rectifies_a_deemed_registration_in_the_browser(page, live_server, monkeypatch, citizen, sonitpur,
                                                                  arcs_officer, registrar):
    from registrar import clock

    monkeypatch.setattr(clock, "today", lambda: date(2026, 3, 20))
    application, entry = make_deemed(citizen, sonitpur)

    _log_in(page, live_server, arcs_officer.username)
    page.goto(f"{live_server.url}/office/rectification/{entry.seq}/")
    assert "may make a rectification order" in page.locator("[role=alert]").inner_text()
    _shot(page, "rectification-order-arcs")
    page.context.clear_cookies()

    _enrol(registrar)
    _log_in(page, live_server, registrar.username)
    page.goto(f"{live_server.url}/office/rectification/")
    assert "Borgaon Fishery Co-operative Society Limited" in page.content()
    _shot(page, "rectification-list-registrar")
    page.click(f"a[href='/office/rectification/{entry.seq}/']")
    page.fill("input[name=real_date]", "12-03-2026")  # the portal's dd-mm-yyyy date box (registrar.widgets.DayInput)
    page.select_option("select[name=outcome]", "certificate")
    page.fill("textarea[name=reasons]", "Certificate posted 12 Mar 2026 (dispatch register p.41, postal receipt "
                                        "EA123456789IN); entered on 18 Mar 2026.")
    _shot(page, "rectification-order-form")
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    # The confirm step (registrar.confirm) restates the order before it is made; nothing is made yet.
    assert "Make this rectification order?" in page.locator("main h1").inner_text()
    assert "12 Mar 2026" in page.locator(".confirm-step").inner_text()
    _shot(page, "rectification-order-confirm")
    page.click("main .confirm-actions button[type=submit]")
    page.wait_for_load_state()
    assert "Rectification order RCS/RECT/2026/0001 made on " in page.content()
    _shot(page, "rectification-order-made")

    page.goto(f"{live_server.url}/societies/{application.society_id}/timeline/")
    assert "Set aside by order RCS/RECT/2026/0001" in page.content()
    title = page.locator("a.statutory-date[data-rule='registration_deemed_60d']").first.get_attribute("title")
    assert title.startswith("s.11 proviso: “")  # the rule id stays out of what people read (issue 25 point 6)
    _shot(page, "society-timeline-rectified")
