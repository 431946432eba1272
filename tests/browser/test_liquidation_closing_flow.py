"""From the society's resolution to the certificate of dissolution, in a real browser (issue 21): the secretary
files the general meeting's resolution; the ARCS orders the cancellation naming himself liquidator and records
the Gazette's publication; the two months run out and the sweeper puts the society in liquidation; the liquidator
files the final report; the ARCS issues the certificate of dissolution; the public board and the certificate's
verification show the dissolved society. English and Assamese, 1280 and 390 px. The clock is patched (the live
server runs in this process). Screenshots under out/screens/liquidation/."""

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from guardian.shortcuts import assign_perm

from liquidation.models import WindingUp
from registrar import clock, sweeps
from tests.conftest import make_user
from tests.liquidation.closing_helpers import society

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "liquidation"
pytestmark = pytest.mark.django_db(transaction=True)


def _session_cookie(user, url):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": url}


def test_liquidation_flow_resolution_to_certificate_of_dissolution(page, live_server, arcs_officer, sonitpur,
                                                                   monkeypatch):
    SCREENS.mkdir(parents=True, exist_ok=True)
    day = {"today": date(2026, 6, 1)}
    monkeypatch.setattr(clock, "today", lambda: day["today"])
    monkeypatch.setattr(clock, "now", lambda: datetime.combine(day["today"], time(11), ZoneInfo("Asia/Kolkata")))
    soc = society(sonitpur, name="Bihaguri Handloom Co-operative Society Limited")
    secretary = make_user("secretary.bihaguri", first_name="Junali", last_name="Saikia")
    assign_perm("societies.act_as_secretary", secretary, soc)
    url = live_server.url

    def shot(name):
        page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)

    def as_user(user, language="en"):
        page.context.clear_cookies()
        cookies = [{"name": "django_language", "value": language, "url": url}]
        page.context.add_cookies(cookies + ([_session_cookie(user, url)] if user else []))

    def submit(section):
        page.locator(f"{section} button[type=submit]").click()
        page.wait_for_load_state()

    page.set_viewport_size({"width": 1280, "height": 900})
    # The secretary files the general meeting's resolution (s.94(1)).
    as_user(secretary)
    page.goto(f"{url}/society/{soc.pk}/winding-up/")
    page.fill("input[name=meeting_on]", "25-05-2026")
    page.fill("input[name=members_present]", "40")
    page.fill("input[name=votes_for]", "34")
    page.check("input[name=agenda_circulated]")
    page.fill("textarea[name=resolution_text]", "Resolved that the society be dissolved.")
    submit("main form")
    case = WindingUp.objects.get(society=soc)
    # The ARCS orders the cancellation, naming himself liquidator, and records the Gazette's printing.
    as_user(arcs_officer)
    page.goto(f"{url}/office/liquidation/{case.pk}/")
    page.fill("textarea[name=order-grounds]", "The members resolved to dissolve the society (s.94(1)).")
    page.select_option("select[name=order-liquidator]", str(arcs_officer.pk))
    submit("#action-order")
    day["today"] = date(2026, 6, 8)
    page.goto(f"{url}/office/liquidation/{case.pk}/")
    page.fill("input[name=gazette-gazette_number]", "Assam Gazette Extraordinary No. 412")
    page.fill("input[name=gazette-published_on]", "08-06-2026")
    submit("#action-gazette")
    page.goto(f"{url}/liquidation/board/")
    assert "Bihaguri Handloom" in page.inner_text("main") and "Open until" in page.inner_text("main")
    shot("01-board-appeal-window-open-en")
    # No appeal in the two months: the sweeper puts the society in liquidation on the legal day.
    order = WindingUp.objects.select_related("cancellation_order").get(pk=case.pk).cancellation_order
    sweeps.run_all(today=order.takes_effect_after + timedelta(days=1), only="cancellations_take_effect")
    assert WindingUp.objects.get(pk=case.pk).state == "in_liquidation"
    # Two years on, the liquidator files the final report.
    day["today"] = date(2028, 6, 5)
    page.goto(f"{url}/liquidation/{case.pk}/closing/")
    page.fill("#action-report textarea[name=summary]", "Every asset realised and every claim paid.")
    for name, value in (("assets_realised", "150000"), ("liabilities_paid", "150000"), ("surplus_amount", "0")):
        page.fill(f"#action-report input[name={name}]", value)
    submit("#action-report")
    assert "Final report filed" in page.inner_text("main")
    # The ARCS approves, directs the records' custody and issues the certificate of dissolution.
    page.goto(f"{url}/office/liquidation/{case.pk}/closing/")
    page.fill("#action-dissolve textarea[name=records_custody]", "Sonitpur district office record room")
    submit("#action-dissolve")
    main = page.inner_text("main")
    assert "Certificate of dissolution DSC/SNT/2028/" in main and "Dissolved: certificate issued" in main
    shot("02-certificate-issued-en")
    case = WindingUp.objects.select_related("closing__certificate").get(pk=case.pk)
    pdf = page.request.get(f"{url}/office/liquidation/{case.pk}/closing/certificate.pdf")
    assert pdf.ok and pdf.body().startswith(b"%PDF")
    # Public: the board and the certificate's verification, in Assamese, on a phone.
    as_user(None, "as")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{url}/liquidation/board/?show=dissolved")
    assert case.closing.certificate.number in page.inner_text("main")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot("03-board-dissolved-as-390")
    page.goto(f"{url}/verify/{case.closing.certificate.token}/")
    shot("04-certificate-verified-as-390")
    as_user(None, "en")
    page.goto(f"{url}/liquidation/board/{case.pk}/")
    assert "Dissolved on\n05 Jun 2028" in page.inner_text("main")
    shot("05-board-entry-en-390")
