"""The allotment in a real browser (issue 18 points 2 and 7): the ARCS opens the dashboard, follows a figure to
the list and an audit, allots it to the departmental auditor (the letter is an order), the auditor finds it in
their list. Screenshots (en, and as at 390 px) in out/screens/audit/."""

from pathlib import Path

import pytest

from audit.models import Audit, AuditStatus
from registrar import clock

pytestmark = [pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "audit"


def test_audit_allotment_flow_dashboard_list_allot_auditor(page, live_server, log_in, arcs_officer, auditor):
    from tests.audit.allotment_support import opened, society

    SCREENS.mkdir(parents=True, exist_ok=True)
    today = clock.today()
    fy_end = today.replace(year=today.year if today.month > 3 else today.year - 1, month=3, day=31)
    audit = opened(society(), fy_end=fy_end, today=today)
    year = fy_end.year - 1
    base = live_server.url

    def shot(name):
        page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)

    def as_user(user, language="en"):
        page.context.clear_cookies()
        page.context.add_cookies([{"name": "django_language", "value": language, "url": base}])
        log_in(user.username)

    page.set_viewport_size({"width": 1280, "height": 900})
    as_user(arcs_officer)
    page.goto(f"{base}/office/audits/dashboard/?year={year}")
    shot("allotment-dashboard-en")
    page.click("td a[href*='filter=open']")
    page.wait_for_load_state()
    page.click(f"a[href='/office/audits/{audit.pk}/']")
    page.wait_for_load_state()
    page.select_option("select[name=officer]", str(auditor.officer.pk))
    page.locator(f"form[action='/office/audits/{audit.pk}/allot/'] button[type=submit]").click()
    page.wait_for_load_state()
    allotted = Audit.objects.get(pk=audit.pk)
    assert allotted.status == AuditStatus.ALLOTTED and allotted.allotment_order_id
    assert allotted.allotment_order.number in page.content()
    shot("allotment-allotted-en")
    response = page.request.get(f"{base}/office/audits/{audit.pk}/allotment.pdf")
    assert response.status == 200 and response.body()[:4] == b"%PDF"

    page.set_viewport_size({"width": 390, "height": 844})
    as_user(arcs_officer, "as")
    page.goto(f"{base}/office/audits/{audit.pk}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot("allotment-detail-as-390")
    page.goto(f"{base}/office/audits/dashboard/?year={year}")
    shot("allotment-dashboard-as-390")

    as_user(auditor)
    page.goto(f"{base}/audits/")
    assert allotted.society.name in page.content()
    shot("allotment-auditor-list-390")
