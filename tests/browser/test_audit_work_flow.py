"""The audit work in a real browser (issue 18): the office allots (the allotment service), the auditor records the
work and files the report with two objections, the society answers one, the officer directs its rectification,
the society rectifies with its evidence, the auditor accepts. Screenshots (en, and the main pages in as, at 390 px)
in out/screens/audit/."""

from datetime import timedelta
from pathlib import Path

import pytest

from audit.models import Audit, Objection, ObjectionState
from registrar import clock

pytestmark = [pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "audit"


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    """Four personas log in: a fast hasher (nothing here tests password storage)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_audit_work_flow_report_answer_direct_rectify_accept(page, live_server, log_in, arcs_officer, auditor,
                                                             secretary, tmp_path):
    from tests.audit.allotment_support import allot, opened
    from tests.audit.work_support import FY, pdf_upload

    SCREENS.mkdir(parents=True, exist_ok=True)
    today = clock.today()
    audit = allot(arcs_officer, opened(secretary.society, fy_end=FY, today=today), auditor=auditor, today=today)
    base = live_server.url
    page.set_viewport_size({"width": 1280, "height": 900})

    def shot(name):
        page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)

    def as_user(user, language="en"):
        page.context.clear_cookies()
        page.context.add_cookies([{"name": "django_language", "value": language, "url": base}])
        log_in(user.username)

    def submit(form_selector):
        page.locator(form_selector).locator("button[type=submit]").click()
        page.wait_for_load_state()

    # the auditor: start, complete, file the report with two objections
    as_user(auditor)
    page.goto(f"{base}/audits/{audit.pk}/work/")
    submit("form:has(input[value=start])")
    submit("form:has(input[value=complete])")
    page.click("a[href$='/report/']")
    page.fill("textarea[name=finding_a]", "Loans to non-members (s.66).")
    for name, value in [("share_capital", "250000"), ("deposits", "1200000"), ("borrowings", "300000"),
                        ("loans_outstanding", "900000"), ("working_capital", "1800000"), ("turnover", "6400000"),
                        ("profit_or_loss", "-12000"), ("reserves", "80000"), ("marks", "68")]:
        page.fill(f"input[name={name}]", value)
    page.fill("textarea[name=opinion]", "True and fair, subject to the objections.")
    page.select_option("select[name=item-0-severity]", "objection")
    page.fill("textarea[name=item-0-text]", "Cash book not balanced for March 2026.")
    page.fill("input[name=item-0-amount]", "18500")
    page.fill("input[name=item-0-clause]", "s.80(1), bye-law 42")
    page.select_option("select[name=item-1-severity]", "suspected_fraud")
    page.fill("textarea[name=item-1-text]", "Loan to a non-member without Board approval.")
    page.fill("input[name=item-1-amount]", "150000")
    page.fill("input[name=item-1-clause]", "s.66, bye-law 30")
    shot("report-form-en")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert Audit.objects.get(pk=audit.pk).status == "reported"
    shot("auditor-reported-en")
    first, second = Objection.objects.filter(report__audit=audit).order_by("number")

    # the society answers item 1
    as_user(secretary)
    page.goto(f"{base}/society/audits/{audit.pk}/")
    page.fill("#explain-1 textarea[name=text]", "Balanced on 2 April; the bank reconciliation is attached.")
    submit("#explain-1")
    assert Objection.objects.get(pk=first.pk).state == ObjectionState.EXPLAINED
    shot("society-explained-en")

    # the officer directs its rectification (item 2 is not answered and its chance to explain runs on)
    as_user(arcs_officer)
    page.goto(f"{base}/office/audits/{audit.pk}/work/")
    assert page.locator(f"input[name=items][value='{second.pk}']").count() == 0   # not answered yet
    page.fill("input[name=rectify_by]", f"{today + timedelta(days=30):%d-%m-%Y}")
    page.fill("textarea[name=text]", "Balance the cash book and certify it.")
    submit(f"form[action$='/office/audits/{audit.pk}/direct/']")
    assert Objection.objects.get(pk=first.pk).state == ObjectionState.DIRECTED
    shot("office-directed-en")

    # the society rectifies with its evidence
    evidence = tmp_path / "reconciliation.pdf"
    evidence.write_bytes(pdf_upload().read())
    as_user(secretary)
    page.goto(f"{base}/society/audits/{audit.pk}/")
    page.fill("#rectify-1 textarea[name=text]", "Cash book balanced and certified by the Board.")
    page.set_input_files("#rectify-1 input[name=evidence]", str(evidence))
    submit("#rectify-1")
    assert Objection.objects.get(pk=first.pk).state == ObjectionState.RECTIFIED

    # the auditor accepts
    as_user(auditor)
    page.goto(f"{base}/audits/{audit.pk}/work/")
    submit(f"form[action$='/items/{first.pk}/close/']")
    assert Objection.objects.get(pk=first.pk).state == ObjectionState.ACCEPTED
    shot("auditor-accepted-en")

    # the main pages in Assamese at phone width
    page.set_viewport_size({"width": 390, "height": 844})
    as_user(secretary, "as")
    page.goto(f"{base}/society/audits/{audit.pk}/")
    shot("society-390-as")
    assert page.evaluate("document.documentElement.scrollWidth") <= 392
    as_user(arcs_officer, "as")
    page.goto(f"{base}/office/audits/{audit.pk}/work/")
    shot("office-390-as")
