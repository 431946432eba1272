"""Outside parties in a real browser: an ARCS invites a CA firm, the firm accepts with a new password, sees only
its case; in English and Assamese, at 1280 and 390 px. Screenshots in out/screens/parties/."""

from pathlib import Path

import pytest

from parties.models import PartyInvitation

pytestmark = [pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "parties"


@pytest.mark.parametrize("language", ["en", "as"])
def test_parties_flow_invite_accept_my_cases(page, live_server, log_in, arcs_officer, sonitpur, language):
    from tests.parties.helpers import society

    SCREENS.mkdir(parents=True, exist_ok=True)
    row = society(sonitpur)
    page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])

    def shot(name):
        page.screenshot(path=str(SCREENS / f"{name}-{language}.png"), full_page=True)

    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/parties/invite/")
    page.select_option("select[name=role]", "auditor_firm")
    page.fill("input[name=registration_number]", row.registration_number)
    page.fill("input[name=scope]", "accounts 2025-26")
    page.fill("input[name=name]", "Ritu Das")
    page.fill("input[name=organisation]", "Das & Co., Chartered Accountants")
    page.fill("input[name=email]", "partner@dasandco.in")
    shot("invite-form")
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert "/office/parties/" in page.url
    invitation = PartyInvitation.objects.get()
    shot("office-list-pending")

    page.context.clear_cookies()
    page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/parties/invitation/{invitation.token}/")
    page.fill("input[name=password1]", "Tezpur-Ledger-2026")
    page.fill("input[name=password2]", "Tezpur-Ledger-2026")
    shot("accept-new-390")
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert page.url.endswith("/parties/")
    assert "accounts 2025-26" in page.content()
    shot("my-cases-390")
    page.click("main table a")
    page.wait_for_load_state()
    assert row.registration_number in page.content()
    shot("case-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/parties/invitation/{invitation.token}/")
    shot("accept-used")

    page.context.clear_cookies()
    page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/parties/")
    shot("office-list-granted")
