"""The grouped office navigation (issue 13 point 7): one menu per group with items, current page marked."""

import pytest
from django.urls import reverse

from registrar import dashboard

pytestmark = pytest.mark.django_db


def test_navigation_every_item_is_in_a_named_group():
    assert all(item.group in dashboard.NAV_GROUPS for item in dashboard._OFFICE_NAV)
    groups = {g["key"]: [i["url"] for i in g["items"]] for g in dashboard.office_nav_groups()}
    assert reverse("office_applications") in groups["registration"]
    assert reverse("office_societies") in groups["societies"]
    assert reverse("sweep_problems") in groups["office"] and reverse("second_factor") in groups["office"]
    assert reverse("deadlines_board") in groups["reports"]


def test_navigation_group_without_items_is_not_shown(monkeypatch):
    monkeypatch.setattr(dashboard, "_OFFICE_NAV", [dashboard.NavItem("Deadlines", "deadlines_board", 1, "reports")])
    assert [g["key"] for g in dashboard.office_nav_groups()] == ["reports"]
    monkeypatch.setattr(dashboard, "_OFFICE_NAV", [
        dashboard.NavItem("A", "deadlines_board", 1, "liquidation"), dashboard.NavItem("B", "my_work", 2, "audit")])
    assert [g["key"] for g in dashboard.office_nav_groups()] == ["audit", "liquidation"]  # NAV_GROUPS order


def test_navigation_marks_the_current_page_and_its_group():
    path = reverse("office_societies") + "12/"  # a page under the list marks the list
    groups = dashboard.office_nav_groups(path)
    current = [(g["key"], i["url"]) for g in groups for i in g["items"] if i["current"]]
    assert current == [("societies", reverse("office_societies"))]
    assert [g["key"] for g in groups if g["current"]] == ["societies"]


def test_navigation_renders_one_menu_per_group(client, arcs_officer):
    client.force_login(arcs_officer)
    page = client.get(reverse("office_societies")).content.decode()
    shown = [g["key"] for g in dashboard.office_nav_groups()]
    assert page.count('<details name="office-nav" data-navgroup=') == len(shown)
    assert f'<a href="{reverse("office_societies")}" aria-current="page">' in page
    assert f'href="{reverse("outbox")}"' not in page  # the outbox is the superuser's


def test_navigation_office_group_holds_the_outbox_for_a_superuser(client, arcs_officer):
    arcs_officer.is_superuser = True
    arcs_officer.save()
    client.force_login(arcs_officer)
    page = client.get(reverse("my_work")).content.decode()
    office = page[page.index('data-navgroup="office"'):]
    assert f'href="{reverse("outbox")}"' in office[:office.index("</details>")]
    assert f'<a href="{reverse("my_work")}" aria-current="page">' in page
