"""The register of members in a real browser: the secretary's register, a member's page and the officer's
identity links, in English and Assamese, at 1280 and 390 px (no page wider than the screen: the register's table
scrolls in its own box). Screenshots in out/screens/membership/."""

from datetime import date
from pathlib import Path

import pytest

pytestmark = [pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "membership"
PAGE_WIDER = "() => document.documentElement.scrollWidth - window.innerWidth"


@pytest.mark.parametrize("language", ["en", "as"])
def test_register_screens_secretary_and_officer(page, live_server, log_in, secretary, arcs_officer, language):
    from membership.models import Gender, PersonLink
    from tests.membership.helpers import bulk_members, make_member, make_person

    SCREENS.mkdir(parents=True, exist_ok=True)
    society = secretary.society
    first = make_member(society, 1, person=make_person("Anjali Deka", gender=Gender.WOMAN,
                                                       parent_name="Hemanta Deka"), shares=4, occupation="Weaver")
    bulk_members(society, 60, start_number=2, admitted_on=date(2021, 4, 1))
    PersonLink.objects.create(person=make_person("Anjali Deka", gender=Gender.WOMAN), member=first, score=91,
                              reasons={"name": 100, "parent_name": 100})
    page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    log_in(secretary.username)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}/society/{society.pk}/members/")
        assert page.locator("table.register tbody tr").count() == 50
        assert page.evaluate(PAGE_WIDER) <= 0
        page.screenshot(path=str(SCREENS / f"register-{language}-{width}.png"), full_page=True)
        page.goto(f"{live_server.url}/society/{society.pk}/members/1/")
        assert "Anjali Deka" in page.content()
        assert page.evaluate(PAGE_WIDER) <= 0
        page.screenshot(path=str(SCREENS / f"member-{language}-{width}.png"), full_page=True)
    page.context.clear_cookies()
    page.context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    log_in(arcs_officer.username)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}/office/people/links/")
        assert "Anjali Deka" in page.content()
        assert page.evaluate(PAGE_WIDER) <= 0
        page.screenshot(path=str(SCREENS / f"links-{language}-{width}.png"), full_page=True)
