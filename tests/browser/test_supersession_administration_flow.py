"""From the report to the order to the new Board's election, in a real browser (issue 20): a PACS's report was
forwarded and received and its 60 days ran out; the Registrar supersedes the Board and appoints an inspector as
administrator; the administrators' page shows the two months (s.140(2)) and records the Government's extension;
the administrator acts as the Board on the society's meetings page; the ARCS announces the election and declares
its result; the supersession has ended and the new Board is in office. English and Assamese, 1280 and 390 px.
The clock is patched (the live server runs in this process). Screenshots under out/screens/supersession/."""

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from membership.elections import services as elections
from membership.models import Election
from registrar import clock
from registrar.models import Rank
from societies.governance.selectors import current_board
from societies.supersession.models import Ground, Supersession
from tests.conftest import make_officer
from tests.membership_elections.helpers import society_with_register
from tests.supersession import helpers

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "supersession"
pytestmark = pytest.mark.django_db(transaction=True)


def _session_cookie(user, url):
    from django.test import Client

    client = Client()
    client.force_login(user)  # also marks a statewide rank's second factor verified (tests/conftest.py)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": url}


def test_supersession_flow_report_order_extension_election(page, live_server, registrar, arcs_officer, sonitpur,
                                                           monkeypatch):
    SCREENS.mkdir(parents=True, exist_ok=True)
    day = {"today": date(2026, 10, 1)}   # the society received the report on 1 Aug 2026; its 60 days ended 30 Sep
    monkeypatch.setattr(clock, "today", lambda: day["today"])
    monkeypatch.setattr(clock, "now", lambda: datetime.combine(day["today"], time(11), ZoneInfo("Asia/Kolkata")))
    inspector = make_officer("inspector.sonitpur", Rank.INSPECTOR, ["SNT"])
    society, _secretary, _members = society_with_register(sonitpur)      # a GPSS: a PACS
    case = helpers.received(registrar, arcs_officer, society, ground=Ground.PACS_JUDICIAL,
                            evidence_note="Order of the Gauhati High Court of 12 May 2026.")
    url = live_server.url

    def shot(name):
        page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)

    def as_user(user, language="en"):
        page.context.clear_cookies()
        page.context.add_cookies([_session_cookie(user, url),
                                  {"name": "django_language", "value": language, "url": url}])

    page.set_viewport_size({"width": 1280, "height": 900})
    # The Registrar: the report received, no action in 60 days; the order appoints the administrator.
    as_user(registrar)
    page.goto(f"{url}/office/supersession/{case.pk}/")
    shot("01-report-received-en")
    page.check(f"#action-order input[value='{inspector.pk}']")
    page.locator("#action-order button[type=submit]").click()
    page.wait_for_load_state()
    case = Supersession.objects.get(pk=case.pk)
    assert case.state == "superseded" and case.period_ends_on == date(2026, 12, 1)
    page.click("#administration-link")
    assert "01 Dec 2026" in page.inner_text("main")
    shot("02-administration-two-months-en")
    # The State Government extends the two months (s.140(2)); past six months is refused.
    day["today"] = date(2026, 11, 20)
    page.reload()
    page.fill("input[name=new_end]", "02-04-2027")
    page.fill("input[name=government_reference]", "CO(A)/41/2026")
    page.fill("input[name=government_dated]", "18-11-2026")
    page.locator("main form button[type=submit]").click()
    assert "only up to six months from the supersession, to 01 Apr 2027" in page.inner_text("main")
    page.fill("input[name=new_end]", "15-02-2027")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert Supersession.objects.get(pk=case.pk).period_ends_on == date(2027, 2, 15)
    assert "Extension recorded by order SPX/" in page.inner_text("main")
    shot("03-extended-en")
    as_user(registrar, "as")
    page.goto(f"{url}/office/supersession/{case.pk}/administration/")
    assert "প্ৰশাসক" in page.inner_text("main")
    shot("04-extended-as")
    # The administrator acts as the Board in supervision.
    as_user(inspector)
    page.goto(f"{url}/society/{society.pk}/meetings/new/")
    assert page.locator("main form").count() >= 1
    shot("05-administrator-meetings-en")
    # The ARCS announces the election; nominations and the counts; the result declared in the browser.
    as_user(arcs_officer)
    page.goto(f"{url}/office/societies/{society.pk}/elections/new/")
    page.fill("input[name=poll_on]", "20-12-2026")
    page.fill("input[name=nominations_close_on]", "05-12-2026")
    page.fill("input[name=sanctioned_strength]", "7")
    page.click("main form button[type=submit]")
    election = Election.objects.get(society=society)
    for number, kind in ((1, "general"), (9, "general"), (4, "scst"), (2, "women")):
        elections.candidate_nominate(election_id=election.pk, actor=arcs_officer, today=day["today"],
                                     member_number=number, group_id=election.seat_groups.get(kind=kind).pk)
    day["today"] = date(2026, 12, 21)
    elections.election_counts_record(election_id=election.pk, actor=arcs_officer, today=day["today"], seed="s2",
                                     votes={c.pk: 6 for c in election.candidates.filter(scrutiny="accepted")})
    page.goto(f"{url}/office/elections/{election.pk}/")
    page.click(f"form[action='/office/elections/{election.pk}/declare/'] button")
    page.wait_for_load_state()
    election = Election.objects.get(pk=election.pk)
    case = Supersession.objects.get(pk=case.pk)
    assert election.state == "declared" and case.state == "ended" and case.ended_on == date(2026, 12, 21)
    assert current_board(society) == election.elected_board
    page.goto(f"{url}/office/supersession/{case.pk}/administration/")
    assert "21 Dec 2026" in page.inner_text("main")
    shot("06-ended-en")
    as_user(arcs_officer, "as")
    page.reload()
    shot("07-ended-as")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot("08-ended-as-390")
