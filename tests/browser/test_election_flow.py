"""From the voter lists to an objection to the election result, in a real browser (issue 15): the secretary
affixes the provisional lists, a member objects from their home page, the Board's decision and the final lists;
the ARCS sees the Board due for election, announces it, enters nominations (one rejected on scrutiny), records
the counts (a tie decided by lot) and declares the result; the Board record shows the new directors. English
and Assamese, 1280 and 390 px. The clock is patched (the live server runs in this process). Screenshots under
out/screens/membership_elections/."""

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from membership.models import Election, VoterObjection
from registrar import clock
from societies.governance.selectors import current_board
from tests.membership_elections.helpers import society_with_register

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "membership_elections"
pytestmark = pytest.mark.django_db(transaction=True)


def test_election_flow_lists_objection_result(page, live_server, log_in, arcs_officer, citizen, sonitpur,
                                              monkeypatch):
    SCREENS.mkdir(parents=True, exist_ok=True)
    day = {"today": date(2026, 4, 10)}
    monkeypatch.setattr(clock, "today", lambda: day["today"])
    monkeypatch.setattr(clock, "now", lambda: datetime.combine(day["today"], time(11), ZoneInfo("Asia/Kolkata")))
    society, secretary, members = society_with_register(sonitpur, lists=False)
    person = members[3].person
    person.user = citizen
    person.save(update_fields=["user"])
    url = live_server.url

    def shot(name):
        page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)

    def language(code):
        page.context.add_cookies([{"name": "django_language", "value": code, "url": url}])

    page.set_viewport_size({"width": 1280, "height": 900})
    # The secretary affixes the provisional lists (day 10 of the year's close).
    log_in(secretary.username)
    page.goto(f"{url}/society/{society.pk}/members/voter-lists/")
    page.click("#affix-provisional button[type=submit]")
    shot("01-provisional-lists-en")
    # A member objects from their own page.
    page.context.clear_cookies()
    log_in(citizen.username)
    page.goto(f"{url}/memberships/{members[3].pk}/voter-lists/")
    page.select_option("#entry", label="No. 6 Pranab Nath (without a vote)")
    page.fill("#grounds", "Pranab Nath was admitted in June 2025 and has not served a full year; I agree. Test.")
    page.click("#objection-form button[type=submit]")
    page.wait_for_selector("#my-objections")
    shot("02-objection-en")
    # The Board decides (recorded by the secretary) and, after the 10 days, affixes the final lists.
    page.context.clear_cookies()
    day["today"] = date(2026, 4, 12)
    log_in(secretary.username)
    page.goto(f"{url}/society/{society.pk}/members/voter-lists/")
    page.fill("textarea[name=reasons]", "Admitted on 15 Jun 2025: no full financial year (s.27(1)).")
    page.click("button[value=reject]")
    day["today"] = date(2026, 4, 21)
    page.goto(f"{url}/society/{society.pk}/members/voter-lists/")
    page.click("input[value=affix_final] ~ p button")
    assert VoterObjection.objects.get().state != "pending"
    shot("03-final-lists-en")

    # The ARCS: the Board's term ends on 10 Aug 2026, within six months.
    page.context.clear_cookies()
    day["today"] = date(2026, 5, 1)
    log_in(arcs_officer.username)
    page.goto(f"{url}/office/elections/")
    assert society.name in page.inner_text("main")
    page.click(f"a[href='/office/societies/{society.pk}/elections/new/']")
    page.fill("input[name=poll_on]", "20-06-2026")
    page.fill("input[name=nominations_close_on]", "05-06-2026")
    page.fill("input[name=sanctioned_strength]", "7")
    page.click("main form button[type=submit]")
    election = Election.objects.get(society=society)
    for number, seat in ((1, "General seats"), (9, "General seats"), (11, "General seats"), (3, "General seats"), (5, "General seats"),
                         (6, "General seats"), (4, "Reserved: Scheduled"), (2, "Reserved: women"),
                         (10, "Reserved: women")):
        page.fill("input[name=member_number]", str(number))
        page.select_option("select[name=group]", label=next(
            o for o in page.locator("select[name=group] option").all_inner_texts() if o.startswith(seat)))
        page.click(f"form[action='/office/elections/{election.pk}/nominate/'] button")
    assert "Has not completed one full financial year" in page.inner_text("main")   # No. 6, on scrutiny
    shot("04-nominations-en")
    # The poll at the meeting: 11, 3 and 5 tie for the last two general seats.
    day["today"] = date(2026, 6, 20)
    page.goto(f"{url}/office/elections/{election.pk}/")
    votes = {1: 8, 9: 7, 11: 5, 3: 5, 5: 5, 4: 6, 2: 7, 10: 6}
    for c in election.candidates.filter(scrutiny="accepted"):
        page.fill(f"input[name=votes_{c.pk}]", str(votes[c.member.number]))
    page.click(f"form[action='/office/elections/{election.pk}/counts/'] button")
    assert "decided by lot" in page.inner_text("main")
    page.click(f"form[action='/office/elections/{election.pk}/declare/'] button")
    election = Election.objects.get(pk=election.pk)   # a protected FSMField cannot be refreshed in place
    assert election.state == "declared" and current_board(society) == election.elected_board
    assert election.result_order.number in page.inner_text("main")
    shot("05-result-en")
    language("as")
    page.reload()
    assert "নিৰ্বাচন" in page.inner_text("main")
    shot("06-result-as")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot("07-result-as-390")
