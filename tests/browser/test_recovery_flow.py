"""Bakijai in a real browser: a claimant bank's user files a requisition; the ARCS (holding the Registrar's
delegation) fixes and records the hearing, grants the certificate and records its service; 30 days pass (the
clock's sweep, run late), the certificate is in default; the office receives a part payment with its receipt.
Screenshots in out/screens/recovery/ (English, and the same pages in Assamese, at 1280 and 390 px)."""

from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import pytest

from recovery.clocks import DEMAND_CERTIFICATE
from recovery.models import Requisition
from registrar.clocks.derive import expiry_sweep

pytestmark = [pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "recovery"
DAY = date(2026, 3, 2)


def test_recovery_flow_requisition_hearing_certificate_default_part_payment(
        page, live_server, log_in, arcs_officer, registrar, sonitpur):
    from tests.parties.helpers import accept_new, invite
    from tests.recovery.helpers import bank, delegate

    SCREENS.mkdir(parents=True, exist_ok=True)
    current = [DAY]
    patcher = mock.patch("registrar.clock.today", side_effect=lambda: current[0])
    patcher.start()
    try:
        claimant = bank(arcs_officer, sonitpur)
        delegate(registrar, arcs_officer, sonitpur)
        bank_user = accept_new(invite(arcs_officer, claimant, email="recovery@apexbank.in", kind="bakijai_claimant",
                                      role="claimant_bank", today=DAY), today=DAY).user

        def shot(name, language="en"):
            page.screenshot(path=str(SCREENS / f"{name}-{language}.png"), full_page=True)

        page.set_viewport_size({"width": 390, "height": 844})
        log_in(bank_user.username, "Tezpur-Ledger-2026")
        page.goto(f"{live_server.url}/recovery/claimants/{claimant.pk}/file/")
        for name, value in (("debtor_name", "Bipul Saikia"), ("debtor_address", "Village Borsola, Dhekiajuli"),
                            ("lender", "Assam Co-operative Apex Bank"), ("loan_account", "APX/KCC/2201"),
                            ("principal", "100000"), ("interest_rate", "12"), ("interest_from", "01-01-2025"),
                            ("interest_to", "28-02-2026"), ("costs", "500")):
            page.fill(f"[name={name}]", value)
        shot("bank-file-390")
        page.click("main button[type=submit]")
        page.wait_for_load_state()
        requisition = Requisition.objects.get()
        assert requisition.number in page.content()
        shot("bank-requisition-390")

        page.context.clear_cookies()
        page.set_viewport_size({"width": 1280, "height": 900})
        log_in(arcs_officer.username)
        case_url = f"{live_server.url}/office/recovery/{requisition.pk}/"
        page.goto(case_url)
        page.fill("[name=fix_hearing-hearing_on]", "02-03-2026")
        page.fill("[name=fix_hearing-place]", "Office of the ARCS, Tezpur")
        page.click("#act-fix_hearing button[type=submit]")
        page.wait_for_load_state()
        hearing = requisition.hearings.get()
        page.select_option("[name=record_hearing-appearance]", "in_person")
        page.fill("[name=record_hearing-statements]", "The debtor admits the loan; asks for time.")
        page.click(f"#act-record_hearing-{hearing.pk} button[type=submit]")
        page.wait_for_load_state()
        page.click("#act-decide summary")
        page.check("[name=decide-decision][value=grant]")
        page.fill("[name=decide-reasons]", "The loan and the default are admitted; the balance is proved.")
        shot("office-decide")
        page.click("#act-decide button[type=submit]")
        page.wait_for_load_state()
        assert "CDC/SNT/2026/" in page.content()
        page.fill("[name=serve-served_on]", "02-03-2026")
        page.fill("[name=serve-reference]", "RP EA 1934 5521 8IN")
        page.click("#act-serve button[type=submit]")
        page.wait_for_load_state()
        assert "01 Apr 2026" in page.inner_text("#pay-by")

        current[0] = DAY + timedelta(days=45)   # the sweep runs late: default is dated 2 April all the same
        expiry_sweep(DEMAND_CERTIFICATE, today=current[0])
        page.goto(case_url)
        assert "In default" in page.inner_text("#case-state")
        page.fill("[name=pay-amount]", "25000")
        page.fill("[name=pay-paid_on]", f"{current[0]:%d-%m-%Y}")
        page.click("#act-pay button[type=submit]")
        page.wait_for_load_state()
        assert "RCP/SNT/2026/" in page.inner_text("ul.receipts")
        shot("office-case-default-part-paid")

        page.context.add_cookies([{"name": "django_language", "value": "as", "url": live_server.url}])
        page.goto(case_url)
        shot("office-case-default-part-paid", "as")
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(f"{live_server.url}/office/recovery/dcb/")
        shot("office-dcb-390", "as")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        patcher.stop()
