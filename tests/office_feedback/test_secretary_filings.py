"""Issue 25 point 8: the annual return's draft saves with totals that do not agree yet (checked on filing, with
the errors listed then); PDFs chosen on a page that came back with errors are kept with the draft; the meetings
list shows the Registrar's decision date, not the receipt date; no page cites internal documents."""

import re
from datetime import date
from pathlib import Path

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from societies.governance.models import AnnualReturn
from societies.governance.services import returns as services
from societies.governance.services.proceedings import proceedings_approve, proceedings_file
from societies.governance.views import returns as views
from tests.gov_meetings.helpers import pdf_upload, record_agm, start
from tests.gov_returns.helpers import hold_agm, open_year, pdfs, post_data

pytestmark = pytest.mark.django_db
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@pytest.fixture
def year(secretary, monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: date(2026, 10, 5))
    return hold_agm(open_year(secretary.society))


def _edit_url(year):
    return reverse("society_return_edit", args=[year.society_id, year.pk])


def test_return_draft_with_disagreeing_totals_is_saved_and_the_gap_listed(client, secretary, year):
    client.force_login(secretary)
    response = client.post(_edit_url(year), {"members_end_women": "42", "members_end_general": "40",
                                             "action": "save"})
    assert response.status_code == 302
    draft = AnnualReturn.objects.get(financial_year=year)
    assert (draft.state, draft.members_end_women, draft.members_end_general) == ("draft", 42, 40)
    gap = services.CATEGORY_SUM % {"categories": 40, "total": 42}
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        str(views.DRAFT_SAVED), str(views.TO_AGREE % {"message": gap})]
    filing = client.post(_edit_url(year), {"members_end_women": "42", "members_end_general": "40",
                                           "action": "file"})
    assert filing.status_code == 400
    assert str(gap) in filing.content.decode()  # checked on filing, and listed then
    assert AnnualReturn.objects.get(financial_year=year).state == "draft"


def test_return_chosen_pdf_is_kept_when_the_page_comes_back_with_errors(client, secretary, year):
    client.force_login(secretary)
    response = client.post(_edit_url(year), {**post_data(reserves=-5), **pdfs(), "action": "file"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter zero or more. Only the profit or loss may be negative." in page
    assert str(views.UPLOADS_KEPT % {"documents": "Audited accounts, annual report"}) in page
    draft = AnnualReturn.objects.get(financial_year=year)
    assert draft.state == "draft" and draft.audited_accounts and draft.annual_report
    assert draft.reserves == 0  # the refused figure is not saved, only the files
    filed = client.post(_edit_url(year), {**post_data(), "action": "file"})  # no file chosen again
    assert filed.status_code == 302
    assert AnnualReturn.objects.get(financial_year=year).state == "filed"


def test_return_refused_pdf_says_to_choose_it_again(client, secretary, year):
    client.force_login(secretary)
    not_a_pdf = SimpleUploadedFile("accounts.pdf", b"plain text", content_type="application/pdf")
    response = client.post(_edit_url(year), {**post_data(), "audited_accounts": not_a_pdf, "action": "save"})
    assert response.status_code == 400
    assert str(views.CHOOSE_AGAIN % {"document": services.UPLOAD_LABELS["audited_accounts"]}) in \
        response.content.decode().replace("&#x27;", "'")


def test_meetings_list_shows_the_approval_date_not_the_receipt_date(client, secretary, arcs_officer):
    start(secretary.society)
    meeting = record_agm(secretary, held_on=date(2026, 9, 20))
    proceedings = proceedings_file(meeting_id=meeting.pk, actor=secretary, today=date(2026, 9, 25),
                                   document=pdf_upload(), summary="Accounts adopted.")
    proceedings_approve(proceedings_id=proceedings.pk, actor=arcs_officer, today=date(2026, 10, 3))
    client.force_login(secretary)
    page = client.get(reverse("society_general_meetings", args=[secretary.society.pk])).content.decode()
    assert "(03 Oct 2026)" in page  # approved on
    assert "25 Sep 2026" not in page  # received on: not the date that matters once decided


INTERNAL = re.compile(r"lifecycles?\.md|statute lifecycle|§\s?\d|\bADR\b|rules\.yaml|rule engine", re.I)


def test_no_page_cites_internal_documents():
    found = []
    for path in TEMPLATES.rglob("*.html"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            # Template comments ({# #}) are for engineers, not shown to anyone.
            shown = re.sub(r"\{#.*?#\}", "", line)
            if INTERNAL.search(shown):
                found.append(f"{path.relative_to(TEMPLATES)}:{number}: {shown.strip()[:100]}")
    assert found == []
