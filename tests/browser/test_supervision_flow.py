"""Supervision in a browser (issue 6): the secretary records the AGM, files its proceedings and the annual return;
the ARCS approves the proceedings; the society's compliance card turns from amber to green, on the office page
and on the public card.

Today is 12 Sep 2026 in every process of the test (registrar.clock is patched; the live server runs in this
process). The society (tests/conftest.py `secretary`) was registered on 10 Apr 2025, so its first year ended on
31 Mar 2026 and the AGM is due by 30 Sep 2026 (s.39: six months): 18 days left, amber (within 30 days). The
Board was elected on 1 Jun 2026. The AGM is held on 5 Sep 2026, so:
- the annual return is due 30 days later, by 5 Oct 2026 (s.129(1), a Monday: no roll-forward);
- the proceedings are received on 12 Sep 2026; the Registrar acts by 27 Sep 2026 (15 days, s.45(1)).
"""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from registrar import clock
from societies.governance.models import AnnualReturn, GeneralMeeting, Proceedings
from societies.governance.sweepers import financial_years_open_next
from tests.gov_meetings.helpers import elect, start
from tests.societies.helpers import tiny_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TODAY = date(2026, 9, 12)
NOW = datetime(2026, 9, 12, 11, 30, tzinfo=ZoneInfo("Asia/Kolkata"))
ACK = re.compile(r"RET/SNT/2026/\d{6}")


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A browser in Assam: dates typed and shown day-first, Indian time.
    return {**browser_context_args, "locale": "en-IN", "timezone_id": "Asia/Kolkata"}


@pytest.fixture
def society(monkeypatch, secretary):
    """The secretary's society under supervision: promoter Board and first year at registration, the next year
    opened by the sweeper on 1 Apr 2026 as beat would, then the Board elected on 1 Jun 2026 (so the Board's
    term is not what the card complains about)."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)  # activity entries dated in the same story
    start(secretary.society)
    financial_years_open_next(today=date(2026, 4, 1))
    elect(secretary, result_on=date(2026, 6, 1), today=TODAY)
    return secretary.society


def _item(page, label: str):
    """One row of the compliance card, by its label."""
    return page.locator("li.compliance-item", has=page.locator(".ci-head strong", has_text=label))


def _status(page, label: str) -> str:
    classes = _item(page, label).get_attribute("class").split()
    return next(c.removeprefix("status-") for c in classes if c.startswith("status-"))


def _overall(page) -> str:
    classes = page.locator(".compliance-head .pill").get_attribute("class").split()
    return next(c.removeprefix("state-") for c in classes if c.startswith("state-"))


def _field(page, label: str):
    """The input labelled exactly `label` (Django adds a colon): "Men members..." must not find "Women members..."."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$"))


def _click(page, locator):
    with page.expect_navigation():
        locator.click()


def test_agm_proceedings_and_annual_return_turn_the_compliance_card_green(page, live_server, society, secretary,
                                                                          arcs_officer, log_in, shot):
    public_url = f"{live_server.url}/compliance/{society.public_token}/"

    # 1. Anyone sees the public card: the AGM is due in 18 days (amber); nothing filed yet.
    page.goto(public_url)
    assert page.locator("h1").inner_text() == society.name
    assert _status(page, "Last AGM") == "amber"
    assert "Not yet held for the year 2025–26. Last day 30 Sep 2026 (18 days left)." in \
        _item(page, "Last AGM").inner_text()
    assert _status(page, "General-meeting proceedings") != "green"
    assert _overall(page) == "amber"
    shot("supervision-01-public-card-before")

    # 2. The secretary opens the society's page and records the AGM.
    log_in(secretary.username)
    page.goto(f"{live_server.url}/society/{society.pk}/")
    assert page.locator("h1").inner_text() == society.name
    assert _status(page, "Last AGM") == "amber"
    shot("supervision-02-secretary-society")
    _click(page, page.locator("main a", has_text="General meetings and proceedings").first)
    shot("supervision-03-secretary-meetings-empty")
    _click(page, page.get_by_role("link", name="Record a general meeting"))
    # Only the field that fits the kind of meeting is shown (and sent).
    page.get_by_label("Kind of meeting").select_option("special")
    assert page.get_by_label("Financial year (AGM)").is_hidden()
    assert page.get_by_label("Requisition (special meeting)").is_visible()
    page.get_by_label("Kind of meeting").select_option("agm")
    assert page.get_by_label("Requisition (special meeting)").is_hidden()
    assert page.get_by_label("A body of delegates").is_visible() and not page.get_by_label("A body of delegates").is_checked()
    page.get_by_label("Financial year (AGM)").select_option(label="2025–26 (AGM due by 30 Sep 2026)")
    page.get_by_label("Date of the meeting").fill("05-09-2026")
    page.get_by_label("Members eligible to vote").fill("250")
    page.get_by_label("Members present").fill("40")
    page.get_by_label("Accounts and annual report ready on").fill("20-08-2026")
    page.get_by_label("Resolutions passed").fill("Accounts for 2025-26 adopted; dividend of 5% declared.")
    shot("supervision-04-secretary-agm-form")
    _click(page, page.get_by_role("button", name="Record the meeting"))
    main = page.locator("main").inner_text()
    assert "AGM of 05 Sep 2026 recorded as held. The annual return for 2025–26 is due by 05 Oct 2026 (s.129)." \
        in main
    agm = GeneralMeeting.objects.get(society=society)
    assert (agm.kind, agm.held_on, agm.quorum_required, agm.quorum_met) == ("agm", date(2026, 9, 5), 25, True)
    shot("supervision-05-secretary-agm-recorded")

    # 3. The secretary files the AGM's proceedings (received today, 12 Sep 2026).
    _click(page, page.get_by_role("link", name="File proceedings"))
    page.get_by_label("Proceedings (PDF)").set_input_files(
        files=[{"name": "agm-proceedings.pdf", "mimeType": "application/pdf", "buffer": tiny_pdf()}])
    page.get_by_label("Summary of the proceedings").fill(
        "40 of 250 members present (quorum 25). Accounts 2025-26 adopted unanimously; 5% dividend declared.")
    shot("supervision-06-secretary-proceedings-form")
    _click(page, page.get_by_role("button", name="File", exact=True))
    proceedings = Proceedings.objects.get(society=society)
    assert (proceedings.state, proceedings.received_on, proceedings.approval_last_day) == (
        "filed", date(2026, 9, 12), date(2026, 9, 27))
    assert page.url == f"{live_server.url}/society/{society.pk}/proceedings/{proceedings.pk}/"
    assert proceedings.acknowledgement_number == "PRC/SNT/2026/000001"
    assert "Received on 12 Sep 2026 (acknowledgement PRC/SNT/2026/000001)." in page.locator("main").inner_text()
    shot("supervision-07-secretary-proceedings-filed")

    # 4. The secretary files the annual return for 2025-26.
    page.goto(f"{live_server.url}/society/{society.pk}/returns/")
    shot("supervision-08-secretary-returns-list")
    _click(page, page.get_by_role("link", name="Start the return"))
    assert page.get_by_label("Date of the AGM").input_value() == "05-09-2026"  # the AGM just recorded, dd-mm-yyyy
    for label, value in [
        ("Women members at the start of the year", "110"), ("Men members at the start of the year", "130"),
        ("Women members at the end of the year", "115"), ("Men members at the end of the year", "135"),
        ("General", "180"), ("Scheduled Caste", "20"), ("Scheduled Tribe", "35"), ("Other Backward Class", "15"),
        ("Paid-up share capital (₹)", "250000"), ("Deposits (₹)", "1200000"), ("Borrowings (₹)", "300000"),
        ("Loans outstanding (₹)", "950000"), ("Turnover (₹)", "4800000"), ("Profit (+) or loss (−) (₹)", "35000"),
        ("Reserves (₹)", "75000"),
    ]:
        _field(page, label).fill(value)
    # The audit's class and date come from the last audit report issued on the portal (issue 18 point 3), shown
    # and never typed: this society has none yet, so the return says "Not yet audited" and leaves the date empty.
    assert page.get_by_label("Audit class").is_disabled() and page.get_by_label("Date of the last audit").is_disabled()
    assert page.get_by_label("Audit class").input_value() == "none"
    assert page.get_by_label("Date of the last audit").input_value() == ""
    pdf = tiny_pdf()
    page.get_by_label("Audited accounts (PDF)").set_input_files(
        files=[{"name": "audited-accounts.pdf", "mimeType": "application/pdf", "buffer": pdf}])
    page.get_by_label("Annual report (PDF)").set_input_files(
        files=[{"name": "annual-report.pdf", "mimeType": "application/pdf", "buffer": pdf}])
    shot("supervision-09-secretary-return-form")
    _click(page, page.get_by_role("button", name="File the return"))
    filed = AnnualReturn.objects.get(society=society, state="filed")
    assert ACK.fullmatch(filed.acknowledgement_number)
    assert (filed.filed_on, filed.agm_held_on, filed.members_end_total) == (TODAY, date(2026, 9, 5), 250)
    assert (filed.audit_class, filed.last_audit_on) == ("none", None)
    assert f"Annual return filed. Your acknowledgement number is {filed.acknowledgement_number}." in \
        page.locator("main").inner_text()
    assert filed.acknowledgement_number in page.locator("main").inner_text()
    shot("supervision-10-secretary-return-acknowledged")

    # Before the ARCS acts: the AGM and the return are in order; the proceedings await the Registrar (amber).
    page.goto(f"{live_server.url}/society/{society.pk}/")
    assert _status(page, "Last AGM") == "green"
    assert _status(page, "Annual return 2025–26") == "green"
    assert _status(page, "General-meeting proceedings") == "amber"
    shot("supervision-11-secretary-card-awaiting")
    page.context.clear_cookies()

    # 5. The ARCS of Sonitpur approves the proceedings from the office list.
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/proceedings/")
    assert society.name in page.locator("table").inner_text()
    shot("supervision-12-office-proceedings-list")
    _click(page, page.locator("table").get_by_role("link", name=society.name))
    assert page.url == f"{live_server.url}/office/proceedings/{proceedings.pk}/"
    shot("supervision-13-office-proceedings-detail")
    _click(page, page.get_by_role("button", name="Approve"))
    proceedings = Proceedings.objects.get(pk=proceedings.pk)  # a protected FSMField cannot refresh_from_db
    assert (proceedings.state, proceedings.decided_on, proceedings.decided_by) == ("approved", TODAY, arcs_officer)
    shot("supervision-14-office-proceedings-approved")

    # 6. The office page of the society: every item of the card is green now.
    page.goto(f"{live_server.url}/office/societies/{society.pk}/")
    for label in ("Last AGM", "Annual return 2025–26", "General-meeting proceedings"):
        assert _status(page, label) == "green", label
    assert "Approved on 12 Sep 2026." in _item(page, "General-meeting proceedings").inner_text()
    shot("supervision-15-office-society-green")
    page.context.clear_cookies()

    # 7. The public card says the same to anyone.
    page.goto(public_url)
    assert _status(page, "Last AGM") == "green"
    assert "Held on 05 Sep 2026 for the year 2025–26, within the last day 30 Sep 2026." in \
        _item(page, "Last AGM").inner_text()
    assert _status(page, "Annual return 2025–26") == "green"
    assert _status(page, "General-meeting proceedings") == "green"
    assert _overall(page) == "green"
    shot("supervision-16-public-card-after")
