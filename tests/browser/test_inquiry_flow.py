"""Inquiry in a real browser (issue 19): a creditor applies online, the ARCS orders the inquiry, records its
completion and communicates the report, and the secretary places it before a special general meeting. Screenshots
(en, and the case and the meeting form in as at 390 px) in out/screens/inquiry/."""

from pathlib import Path

import pytest

from audit.inquiry.models import InquiryCase, InquiryState
from registrar import clock
from societies.governance.models import AgendaItem

pytestmark = [pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "inquiry"


def test_inquiry_flow_application_order_report_general_meeting(page, live_server, log_in, arcs_officer, citizen,
                                                               secretary):
    SCREENS.mkdir(parents=True, exist_ok=True)
    base, today = live_server.url, clock.today()
    society = secretary.society
    page.set_viewport_size({"width": 1280, "height": 900})

    def shot(name):
        page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)

    def as_user(user, language="en"):
        page.context.clear_cookies()
        page.context.add_cookies([{"name": "django_language", "value": language, "url": base}])
        log_in(user.username)

    def submit(action):
        page.locator(f"#action-{action} button[type=submit]").click()
        page.wait_for_load_state()

    # the creditor applies online
    as_user(citizen)
    page.goto(f"{base}/inquiry/apply/")
    page.fill("input[name=society]", society.registration_number)
    page.select_option("select[name=applicant_kind]", "creditor")
    page.fill("input[name=applicant_name]", "Tezpur Traders")
    page.fill("textarea[name=grounds]", "Milk payments withheld from members for three months (bye-law 21).")
    shot("apply-en")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    case = InquiryCase.objects.get(society=society)
    assert page.url.endswith(f"/inquiry/applications/{case.pk}/")
    shot("application-en")

    # the ARCS orders it, records its completion and communicates the report
    as_user(arcs_officer)
    page.goto(f"{base}/office/inquiries/{case.pk}/")
    page.fill("textarea[name=order-subject]", "Payments to members for milk, 2026")
    page.select_option("select[name=order-officer]", str(arcs_officer.pk))
    shot("case-received-en")
    submit("order")
    assert InquiryCase.objects.get(pk=case.pk).state == InquiryState.ORDERED
    page.fill("textarea[name=complete-findings]", "Payments withheld for 92 days; the Board to pay with interest.")
    page.fill("input[name=complete-completed_on]", f"{today:%d-%m-%Y}")
    submit("complete")
    submit("communicate")
    assert InquiryCase.objects.get(pk=case.pk).state == InquiryState.COMMUNICATED
    shot("case-communicated-en")
    page.set_viewport_size({"width": 390, "height": 844})
    as_user(arcs_officer, "as")
    page.goto(f"{base}/office/inquiries/{case.pk}/")
    shot("case-communicated-as-390")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    # the secretary places it before a special general meeting
    as_user(secretary, "as")
    page.goto(f"{base}/society/{society.pk}/meetings/new/")
    shot("meeting-form-as-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    as_user(secretary)
    page.goto(f"{base}/society/{society.pk}/meetings/new/")
    page.select_option("select[name=kind]", "special")
    page.fill("input[name=held_on]", f"{today:%d-%m-%Y}")
    if page.locator("input[name=members_eligible]").count():
        page.fill("input[name=members_eligible]", "120")
    page.fill("input[name=members_present]", "60")
    page.fill("textarea[name=agenda]", "Confirmation of the last proceedings")
    page.check(f"input[name=reports][value='inquiry:{case.pk}']")
    shot("meeting-form-en")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    case = InquiryCase.objects.get(pk=case.pk)
    assert case.state == InquiryState.PLACED
    assert AgendaItem.objects.filter(meeting=case.placed_at, report_id=case.pk).exists()
    page.goto(f"{base}/societies/{society.pk}/inquiry-reports/")
    shot("society-reports-en")
