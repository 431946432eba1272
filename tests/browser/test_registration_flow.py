"""The whole registration story in a browser: submit, scrutiny, a query and its answer, registration,
then the public status page and the certificate verification page."""

import re

import pytest

from registrar import clock
from societies.models import Certificate, RegistrationApplication
from tests.societies.helpers import make_draft

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ACK = re.compile(r"RCS/SNT/\d{4}/\d{6}")


def _log_out(page):
    with page.expect_navigation():
        page.click("nav.mainnav button:has-text('Log out')")


def test_application_from_submission_to_verified_certificate(page, live_server, citizen, arcs_officer, sonitpur,
                                                             log_in, shot):
    draft = make_draft(citizen, sonitpur)

    # 1. The applicant opens the draft and submits it.
    log_in(citizen.username)
    page.goto(f"{live_server.url}/apply/{draft.pk}/edit/")
    assert page.locator("h1").inner_text() == "Edit draft application"
    shot("reg-01-applicant-draft")
    # The confirmation step: the review of what will be submitted, then the declaration (issue 25 point 2).
    with page.expect_navigation():
        page.click("a:has-text('Review and submit')")
    assert page.url == f"{live_server.url}/apply/{draft.pk}/review/"
    page.check("input[name='declared']")
    shot("reg-01b-applicant-review")
    with page.expect_navigation():
        page.click("form[action$='/submit/'] button[type=submit]")
    assert page.url == f"{live_server.url}/apply/{draft.pk}/"
    ack = ACK.search(page.locator("main").inner_text()).group(0)
    application = RegistrationApplication.objects.get(pk=draft.pk)
    assert application.acknowledgement_number == ack
    facts = page.locator("dl.facts").first.inner_text()
    assert ack in facts
    assert "Last day for a decision" in facts
    assert f"{application.decision_due_on:%d %b %Y}" in facts
    shot("reg-02-applicant-submitted")
    _log_out(page)

    # 2. The ARCS opens the work queue and the application, starts scrutiny and sends a query.
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/applications/")
    assert ack in page.locator("table").inner_text()
    shot("reg-03-office-workqueue")
    with page.expect_navigation():
        page.click(f"table a:has-text('{ack}')")
    assert page.url == f"{live_server.url}/office/applications/{draft.pk}/"
    shot("reg-04-office-detail")
    with page.expect_navigation():
        page.click("button:has-text('Start scrutiny')")
    assert f"Scrutiny of {ack} started on" in page.locator("main").inner_text()
    assert "Under scrutiny" in page.locator("dl.facts").first.inner_text()
    shot("reg-05-office-scrutiny")
    page.fill("input[name='q-0-subject']", "Bye-laws")
    page.select_option("select[name='q-0-reason']", "missing")
    page.fill("textarea[name='q-0-note']", "Please attach the bye-laws signed by all promoters.")
    with page.expect_navigation():
        page.click("button:has-text('Send query')")
    assert f"Query 1 on {ack} sent on" in page.locator("main").inner_text()
    assert "Awaiting answer" in page.locator("main").inner_text()
    memo = RegistrationApplication.objects.get(pk=draft.pk).queries.get()
    assert [item.subject for item in memo.items.all()] == ["Bye-laws"]
    shot("reg-06-office-query-sent")
    _log_out(page)

    # 3. The applicant answers the query.
    log_in(citizen.username)
    page.goto(f"{live_server.url}/apply/{draft.pk}/")
    shot("reg-07-applicant-query")
    with page.expect_navigation():
        page.click("a:has-text('Answer this query')")
    page.fill("textarea[name^='item_']", "Signed bye-laws are now attached to the application.")
    shot("reg-08-applicant-answer-form")
    with page.expect_navigation():
        page.click("button:has-text('Send answers')")
    assert "Your answers were sent." in page.locator("main").inner_text()
    assert "Signed bye-laws are now attached" in page.locator("main").inner_text()
    shot("reg-09-applicant-answered")
    _log_out(page)

    # 4. The ARCS registers the society with today's dispatch date.
    log_in(arcs_officer.username)
    page.goto(f"{live_server.url}/office/applications/{draft.pk}/")
    page.fill("input[name='dispatched_on']", clock.today().isoformat())
    shot("reg-10-office-before-register")
    with page.expect_navigation():
        page.click("button:has-text('Register the society')")
    assert "Register this society?" in page.locator("main").inner_text()  # the confirm step, without JavaScript
    shot("reg-10b-office-confirm-register")
    with page.expect_navigation():
        page.click(".confirm-actions button:has-text('Register the society')")
    assert "certificate dated" in page.locator("main").inner_text()
    application = RegistrationApplication.objects.select_related("society").get(pk=draft.pk)
    assert application.state == "registered"
    registration_number = application.society.registration_number
    assert registration_number.startswith("SNT/REG/")
    assert registration_number in page.locator("dl.facts").first.inner_text()
    shot("reg-11-office-registered")
    _log_out(page)

    # 5. Anyone can check the status by the acknowledgement number.
    page.goto(f"{live_server.url}/status/?number={ack}")
    status = page.locator("main section.card").inner_text()
    assert "Registered" in status
    assert registration_number in status
    assert "if no decision is sent" not in status  # decided: no hypothetical deemed date any more
    shot("reg-12-public-status")

    # 6. The certificate verification page says it is genuine.
    token = Certificate.objects.get(society=application.society).token
    page.goto(f"{live_server.url}/verify/{token}/")
    assert page.locator("h1").inner_text() == "Certificate of registration under section 11"
    verified = page.locator("main section.card").inner_text()
    assert "Genuine" in verified
    assert registration_number in verified
    shot("reg-13-public-verify")
