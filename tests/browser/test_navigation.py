"""The office navigation in a browser (issue 13 point 7): as the Sonitpur ARCS, one line of group menus at
1280 px whose every menu opens and whose links work; at 390 px a collapsed menu whose links are reachable. In
English and Assamese, with screenshots under out/screens/nav/."""

from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "nav"
TOP = "nav.mainnav .wrap > ul"


def _screen(page, name):
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"))


def _to_assamese(page):
    with page.expect_navigation():
        page.select_option("#lang-select", "as")
    assert page.locator("html").get_attribute("lang") == "as"


def _groups(page):
    return page.locator(f"{TOP} > li.navgroup > details")


def _assert_one_line(page):
    nav = page.locator(TOP).bounding_box()
    item = page.locator(f"{TOP} > li.navgroup").first.bounding_box()
    assert nav["height"] < 2 * item["height"], (nav, item)
    # ... and nothing spills past the right edge of the bar
    last = page.locator(f"{TOP} > li").last.bounding_box()
    assert last["x"] + last["width"] <= nav["x"] + nav["width"] + 1


@pytest.fixture
def every_group(monkeypatch):
    """Every group has an item, as it will once each module adds its pages: the line must hold them all. The
    groups still empty today get a real page of the office (the deadlines board) under a placeholder label."""
    from registrar import dashboard

    items = list(dashboard._OFFICE_NAV)
    filled = {item.group for item in items}
    items += [dashboard.NavItem("Deadlines", "deadlines_board", 999, group) for group in dashboard.NAV_GROUPS
              if group not in filled]
    monkeypatch.setattr(dashboard, "_OFFICE_NAV", items)


def test_navigation_one_line_at_1280_and_collapsed_at_390(page, live_server, arcs_officer, log_in, every_group):
    arcs_officer.first_name, arcs_officer.last_name = "Pranjal", "Barthakur-Choudhury"  # a long name too
    arcs_officer.save()
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(arcs_officer.username)
    _assert_one_line(page)
    groups = _groups(page)
    keys = [groups.nth(i).get_attribute("data-navgroup") for i in range(groups.count())]
    assert keys == ["registration", "societies", "audit", "bakijai", "liquidation", "appeals", "reports", "office"]

    # Every group opens (by mouse, the first by keyboard) and every link answers; one link per group is clicked.
    links = []
    for i, key in enumerate(keys):
        summary = groups.nth(i).locator("summary")
        if i == 0:
            summary.focus()
            page.keyboard.press("Enter")
        else:
            summary.click()
        menu = groups.nth(i).locator("ul")
        assert menu.is_visible(), key
        if i > 0:  # opening a group closes the one opened before (<details name>)
            assert not groups.nth(i - 1).locator("ul").is_visible()
        hrefs = menu.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert hrefs, key
        links += hrefs
        if key == "registration":
            _screen(page, "en-1280-registration-open")
    for href in links:
        assert page.request.get(live_server.url + href).status == 200, href
    groups.nth(keys.index("societies")).locator("summary").click()
    with page.expect_navigation():
        groups.nth(keys.index("societies")).locator("a").first.click()
    assert page.locator(f"{TOP} a[aria-current=page]").count() == 1
    assert "current" in page.locator(f"{TOP} > li.navgroup", has=page.locator("a[aria-current=page]")) \
        .get_attribute("class")
    page.keyboard.press("Escape")
    _screen(page, "en-1280")

    _to_assamese(page)
    _assert_one_line(page)
    groups.first.locator("summary").click()
    _screen(page, "as-1280-open")

    # 390 px: the menus hide behind "Menu"; opened, the groups and their links are reachable.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/office/")
    assert not groups.first.is_visible()
    _screen(page, "as-390-closed")
    page.locator("label[for=nav-toggle]").click()
    assert groups.first.is_visible()
    groups.nth(1).locator("summary").click()
    link = groups.nth(1).locator("a").first
    assert link.is_visible()
    _screen(page, "as-390-open")
    with page.expect_navigation():
        page.select_option("#lang-select", "en")
    page.locator("label[for=nav-toggle]").click()
    groups.first.locator("summary").click()
    _screen(page, "en-390-open")
    with page.expect_navigation():
        groups.first.locator("a").first.click()
    assert page.url.endswith(links[0])
