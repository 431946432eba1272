"""One smoke test per role: log in through the real form and land on the right home page."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_landing_page_in_english_and_assamese(page, live_server, shot):
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Co-operative societies of Assam, online"
    shot("landing-en")
    with page.expect_navigation():
        page.select_option("#lang-select", "as")
    assert page.locator("html").get_attribute("lang") == "as"
    assert "অসম" in page.locator("h1").inner_text()
    shot("landing-as")


@pytest.mark.parametrize(("persona", "path", "heading"), [
    ("arcs_officer", "/office/", "Office home"),
    ("citizen", "/me/", "My applications"),
    ("secretary", "/society/", "My society"),
])
def test_each_role_lands_on_its_home(request, persona, path, heading, page, live_server, log_in, shot):
    user = request.getfixturevalue(persona)
    log_in(user.username)
    assert page.url == live_server.url + path
    assert page.locator("h1").inner_text() == heading
    shot(f"home-{persona}")


def test_wrong_password_shows_a_message(page, live_server, citizen, log_in, shot):
    log_in(citizen.username, "not-the-password")
    assert "Please enter a correct" in page.locator(".errorlist").inner_text()
    shot("login-error")


def test_public_status_not_found(page, live_server, shot):
    page.goto(live_server.url + "/status/?number=RCS/SNT/2026/999999")
    assert "No society or application has that number" in page.locator("[role=alert]").inner_text()
    shot("status-not-found")
