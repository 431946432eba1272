"""Browser: the secretary files an annual return (errors, then a correction); the ARCS sees the list. Screenshots
under out/screenshots/returns-*.png."""
from datetime import date

import pytest

from societies.governance.services import returns as services

from .helpers import file_return, hold_agm, make_society, open_year, pdfs

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_annual_return_browser_secretary_files_and_arcs_sees(page, live_server, shot, secretary, arcs_officer, sonitpur, monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: date(2026, 10, 25))
    year = hold_agm(open_year(secretary.society))
    for n in range(1, 8):
        _s, fy = make_society(sonitpur, n)
        if n % 3 == 0:
            hold_agm(fy)
        if n % 3 == 1:
            hold_agm(fy, date(2026, 10, 10))
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", "secretary")
    page.fill("input[name=password]", "pw-for-tests-2026")
    page.click("main button[type=submit]")
    page.goto(f"{live_server.url}/society/{secretary.society.pk}/returns/")
    assert page.locator("text=Overdue").count() == 1
    shot("returns-01-secretary-list")
    page.goto(f"{live_server.url}/society/{secretary.society.pk}/returns/{year.pk}/")
    shot("returns-02-edit-empty")
    page.fill("input[name=members_end_women]", "42")
    page.fill("input[name=members_end_general]", "40")
    page.fill("input[name=reserves]", "-5")
    page.click("button[value=file]")
    assert page.locator("text=must add up to the members at the end of the year by gender (42)").count() == 1
    assert page.locator("text=Enter zero or more. Only the profit or loss may be negative.").count() == 1
    shot("returns-03-edit-errors")
    file_return(secretary, year, today=date(2026, 10, 25))
    services.return_start_correction(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                                     reason="Deposits omitted")
    services.return_file(society=secretary.society, financial_year_id=year.pk, actor=secretary,
                         today=date(2026, 10, 25), data={"deposits": 1300000}, files=pdfs())
    page.goto(f"{live_server.url}/society/{secretary.society.pk}/returns/{year.pk}/v2/")
    assert page.locator("text=Acknowledgement number: RET/SNT/2026/000002").count() == 1
    assert page.locator("text=Corrects v1: Deposits omitted").count() == 1
    shot("returns-04-acknowledgement-v2")
    page.goto(f"{live_server.url}/society/{secretary.society.pk}/returns/{year.pk}/correct/")
    shot("returns-05-correct")
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", "arcs.sonitpur")
    page.fill("input[name=password]", "pw-for-tests-2026")
    page.click("main button[type=submit]")
    page.goto(f"{live_server.url}/office/returns/?year=2026")
    assert page.locator("a.btn, button", has_text="overdue societies in this list").count() == 1
    shot("returns-06-office-list")
    page.goto(f"{live_server.url}/office/returns/{year.pk}/")
    shot("returns-07-office-detail")
