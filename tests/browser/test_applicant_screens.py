"""The applicant's pages in a real browser (issue 25 point 2), English and Assamese at 1280 and 390 px: the new
application (ten promoter rows), a draft with gaps and a refused upload in its own place, the review with the
list of gaps, the review with the declaration, a submitted application with its letters, the answer with a
corrected document, the citizen's home by state and the society's page with the registration papers. Each page
is loaded once per language and width; nothing is wider than the screen. Screenshots in out/screens/applicant/."""

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens" / "applicant"
PAGE_WIDER = "() => document.documentElement.scrollWidth - window.innerWidth"


def _records(citizen, sonitpur, arcs_officer):
    from societies.models import Promoter, RegistrationApplication
    from societies.registration import services
    from societies.registration.sweepers import applications_deem_registered
    from tests.societies.helpers import make_draft, make_submitted, reload

    gaps = RegistrationApplication.objects.create(applicant=citizen, proposed_name="Dhekiajuli Tea Growers",
                                                  district=sonitpur)
    Promoter.objects.create(application=gaps, name="Mina Das", age=41)
    complete = make_draft(citizen, sonitpur, name="Rangapara Weavers Co-operative Society Limited")
    submitted = make_submitted(citizen, sonitpur, received_on=date(2026, 11, 2),
                               name="Tezpur Dairy Co-operative Society Limited")
    memo = services.application_send_query(
        application_id=submitted.pk, actor=arcs_officer, today=date(2026, 11, 3), items=[
            {"subject": "Bye-laws, clause 7 (area of operation)", "reason": "incomplete", "document_kind": "bye_laws",
             "note": "The clause names no gaon panchayat."},
            {"subject": "Chief promoter's address", "reason": "inconsistent"}])
    registered = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15),
                                name="Borgaon Fishery Co-operative Society Limited")
    applications_deem_registered(today=date(2026, 3, 17))
    registered = reload(registered)
    return {
        "new": "/apply/new/",
        "draft-gaps": f"/apply/{gaps.pk}/edit/",
        "review-gaps": f"/apply/{gaps.pk}/review/",
        "review-declaration": f"/apply/{complete.pk}/review/",
        "submitted": f"/apply/{submitted.pk}/",
        "answer": f"/apply/{submitted.pk}/queries/{memo.pk}/",
        "society": f"/society/{registered.society.pk}/",
        "registered": f"/apply/{registered.pk}/",
        "_complete_edit": f"/apply/{complete.pk}/edit/",
    }


@pytest.mark.parametrize("language", ["en", "as"])
def test_applicant_pages_screens(page, live_server, citizen, sonitpur, arcs_officer, language):
    from django.urls import reverse

    SCREENS.mkdir(parents=True, exist_ok=True)
    urls = {**_records(citizen, sonitpur, arcs_officer), "home": reverse("citizen_home")}
    client = Client()
    client.force_login(citizen)
    page.context.add_cookies([
        {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
         "url": live_server.url},
        {"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}])
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for name, path in urls.items():
            if name.startswith("_"):
                continue
            response = page.goto(live_server.url + path)
            assert response.status == 200, (name, response.status)
            assert page.evaluate(PAGE_WIDER) <= 1, (name, width, language)
            page.screenshot(path=str(SCREENS / f"{name}-{language}-{width}.png"), full_page=True)
        # A refused upload, shown in its own place and naming the file.
        page.goto(live_server.url + urls["_complete_edit"])
        page.set_input_files("#file-viability", files=[{"name": "scheme.docx", "mimeType": "application/msword",
                                                        "buffer": b"PK\x03\x04 not a pdf"}])
        with page.expect_navigation():
            page.click("#doc-viability form.doc-upload button")
        assert "scheme.docx" in page.locator("#doc-viability .errorlist").inner_text()
        assert page.evaluate(PAGE_WIDER) <= 1
        page.screenshot(path=str(SCREENS / f"upload-refused-{language}-{width}.png"), full_page=True)
    assert not [e for e in errors if "Content Security Policy" in e], errors
