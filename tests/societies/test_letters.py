"""The query memo, hearing notice and refusal order PDFs: text read back, Lohit embedded, A4, who may download."""

import io
import re
import subprocess
from datetime import date

import pytest
from django.urls import reverse
from pypdf import PdfReader

from societies.registration import services
from societies.registration.documents import hearing_notice_pdf, query_memo_pdf, refusal_order_pdf

from .helpers import make_submitted, reload

pytestmark = pytest.mark.django_db

# Received 15 Jan 2026: day 60 is 16 Mar 2026.
GROUNDS = "s.6(3): a fishery society with the same area of operation (Borgaon GP) is already registered."
REASONS = "s.6(3): a fishery society with the same area of operation is already registered at Borgaon."


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4
    assert reader.pages[0].mediabox.height == pytest.approx(841.9, abs=1)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def embedded_fonts(data: bytes, tmp_path) -> str:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def queried(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    memo = services.application_send_query(application_id=application.pk, actor=arcs_officer, today=date(2026, 1, 20),
                                           items=[{"subject": "Proposed bye-laws", "reason": "incomplete",
                                                   "note": "Four copies signed by all promoters."},
                                                  {"subject": "Fee receipt", "reason": "missing"}])
    return reload(application), memo


@pytest.fixture
def heard(queried, arcs_officer):
    application, _memo = queried
    services.application_schedule_hearing(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 2),
                                          hearing_on=date(2026, 2, 16), hearing_time=None, place="",
                                          grounds=GROUNDS)
    return reload(application)


@pytest.fixture
def refused(heard, arcs_officer):
    services.application_refuse(application_id=heard.pk, actor=arcs_officer, today=date(2026, 2, 20),
                                reasons=REASONS, dispatched_on=date(2026, 2, 18))
    return reload(heard)


def test_query_memo_pdf_lists_numbered_items_with_reasons_in_words(queried, tmp_path):
    application, memo = queried
    data = query_memo_pdf(memo)
    text = pdf_text(data)
    assert "Query Memo No. 1" in text
    assert "RCS/SNT/2026/000001" in text
    assert "Borgaon Fishery Co-operative Society Limited" in text
    assert "Memo sent on" in text and "20 January 2026" in text
    assert "1 Proposed bye-laws Incomplete Four copies signed by all promoters." in text
    assert "2 Fee receipt Missing —" in text
    assert "[INCOMPLETE]" not in text and "[MISSING]" not in text  # words, not the stored codes
    assert "before 16 March 2026, the last day for the Registrar's decision (day 60)" in text
    assert "Queries do not pause the 60-day clock." in text
    assert "Arcs" in text and "Assistant Registrar (ARCS)" in text
    assert "Lohit-Assamese" in embedded_fonts(data, tmp_path)


def test_hearing_notice_pdf_gives_date_place_grounds_and_warning(heard, tmp_path):
    data = hearing_notice_pdf(heard)
    text = pdf_text(data)
    assert "Notice of Hearing" in text
    assert "Monday, 16 February 2026" in text
    assert "Notice issued on 02 February 2026" in text
    assert GROUNDS in text
    assert "Office of the Assistant Registrar of Co-operative Societies of the district" in text
    assert "16 March 2026 (day 60)" in text
    assert "registration may be refused without further notice" in text
    assert "Lohit-Assamese" in embedded_fonts(data, tmp_path)


def test_hearing_notice_pdf_shows_the_time_and_place_entered(queried, arcs_officer):
    from datetime import time

    application, _memo = queried
    services.application_schedule_hearing(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 2),
                                          hearing_on=date(2026, 2, 16), hearing_time=time(11, 30),
                                          place="ARCS office, Tezpur", grounds=GROUNDS)
    text = pdf_text(hearing_notice_pdf(reload(application)))
    assert re.search(r"Time \S+ 11:30 Place \S+ ARCS office, Tezpur Last day", text), text


def test_refusal_order_pdf_gives_reasons_and_dispatch_date(refused, tmp_path):
    data = refusal_order_pdf(refused)
    text = pdf_text(data)
    assert "Order Refusing Registration" in text
    assert REASONS in text, text
    assert "Order dispatched on" in text and "18 February 2026 (registered post)" in text
    assert "Hearing held on" in text and "16 February 2026" in text
    assert "Lohit-Assamese" in embedded_fonts(data, tmp_path)


@pytest.mark.parametrize("name", ["application_query_memo_pdf", "application_hearing_notice_pdf",
                                  "application_refusal_order_pdf"])
def test_letter_downloads_for_applicant_and_officers_in_jurisdiction_only(
        name, client, refused, citizen, other_citizen, arcs_officer, other_district_officer, registrar):
    kwargs = {"pk": refused.pk}
    if name == "application_query_memo_pdf":
        kwargs["memo_pk"] = refused.queries.get().pk
    url = reverse(name, kwargs=kwargs)
    assert "/accounts/login/" in client.get(url)["Location"]
    for user, status in ((citizen, 200), (arcs_officer, 200), (registrar, 200), (other_citizen, 404),
                         (other_district_officer, 404)):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == status, user.username
        if status == 200:
            assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF-")


def test_hearing_notice_is_404_before_a_hearing(client, queried, citizen):
    application, _memo = queried
    client.force_login(citizen)
    assert client.get(reverse("application_hearing_notice_pdf", args=[application.pk])).status_code == 404
    assert client.get(reverse("application_refusal_order_pdf", args=[application.pk])).status_code == 404


def test_query_memo_of_another_application_is_404(client, queried, citizen, sonitpur):
    _application, memo = queried
    other = make_submitted(citizen, sonitpur, name="Second Dairy Co-operative Society Limited")
    client.force_login(citizen)
    assert client.get(reverse("application_query_memo_pdf", args=[other.pk, memo.pk])).status_code == 404


def test_detail_pages_link_the_letters(client, refused, citizen, arcs_officer):
    memo = refused.queries.get()
    for user, page in ((citizen, "application_detail"), (arcs_officer, "office_application_detail")):
        client.force_login(user)
        html = client.get(reverse(page, args=[refused.pk])).content.decode()
        assert reverse("application_query_memo_pdf", args=[refused.pk, memo.pk]) in html
        assert reverse("application_hearing_notice_pdf", args=[refused.pk]) in html
        assert reverse("application_refusal_order_pdf", args=[refused.pk]) in html
