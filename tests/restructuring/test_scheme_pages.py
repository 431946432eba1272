"""The scheme's pages: the secretary records a division, prepares, serves and records an option, adds and
uploads creditors; the PDFs read back (English and Assamese); the office's pages in a fixed number of queries."""

import subprocess
from datetime import date
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader

from registrar import clock
from societies.restructuring.models import OptionState, Recipient, Scheme, SchemeState
from tests.membership.helpers import make_member

from .helpers_scheme import file_division, prepare_and_serve, society_with_members

pytestmark = pytest.mark.django_db
TODAY = date(2026, 1, 10)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages).split())


def test_scheme_secretary_pages_record_serve_opt_and_list_creditors(client, secretary, today):
    society = secretary.society
    for number in (1, 2):
        make_member(society, number, shares=1)
    client.force_login(secretary)
    new = reverse("society_scheme_new", args=[society.pk])
    form = {"kind": "division", "resolution_on": "02-01-2026", "members_present": "30", "votes_for": "19",
            "scheme_text": "Two villages.", "new_name_1": "Borgaon Dairy Co-operative Society Limited",
            "new_members_1": "1", "new_name_2": "Sootea Dairy Co-operative Society Limited", "new_members_2": "2"}
    refused = client.post(new, form)
    assert refused.status_code == 400 and "was not carried" in refused.content.decode()
    done = client.post(new, {**form, "votes_for": "20"})
    scheme = Scheme.objects.get()
    detail = reverse("society_scheme_detail", args=[society.pk, scheme.pk])
    assert done.status_code == 302 and done["Location"] == detail
    assert client.post(detail, {"action": "prepare"}).status_code == 302
    one, two = scheme.notices.order_by("member__number")
    served = client.post(detail, {"action": "serve", "notice": [one.pk, two.pk], "served_on": "05-01-2026",
                                  "method": "hand"})
    assert served.status_code == 302
    assert client.post(detail, {"action": "option", "notice": one.pk, "option": "withdrawing",
                                "on": "09-01-2026"}).status_code == 302
    assert scheme.notices.get(pk=one.pk).option == OptionState.WITHDRAWING
    page = client.get(detail).content.decode()
    assert "04 Feb 2026" in page and "Opted to withdraw" in page and Scheme.objects.get().state == SchemeState.NOTICES
    creditors = reverse("society_scheme_creditors", args=[society.pk, scheme.pk])
    assert client.post(creditors, {"action": "add", "name": "Tezpur Central Bank", "amount": "5000"}).status_code == 302
    hostile = SimpleUploadedFile("c.csv", b"name,address,email,amount\n=HYPERLINK(1),x,,1\n", "text/csv")
    bad = client.post(creditors, {"action": "upload", "file": hostile})
    assert bad.status_code == 400 and "Row 2" in bad.content.decode() and "formula" in bad.content.decode()
    assert list(scheme.notices.filter(recipient=Recipient.CREDITOR).values_list("name", flat=True)) == [
        "Tezpur Central Bank"]
    assert client.get(creditors, HTTP_ACCEPT_LANGUAGE="as").status_code == 200
    options = client.get(reverse("society_scheme_pdf", args=[society.pk, scheme.pk, "options"]))
    assert options["Content-Type"] == "application/pdf"
    assert "Options Exercised on a Scheme of Division" in _text(options.content)


def test_scheme_notice_pdf_reads_back_in_english_and_assamese(secretary, sonitpur):
    society = society_with_members(sonitpur, secretary, size=2)
    scheme = file_division(secretary, society, size=2)
    rows = prepare_and_serve(secretary, scheme, society, {0: date(2026, 1, 5), 1: date(2026, 1, 6)})
    from societies.restructuring import documents

    party = scheme.parties.get(society=society)
    data = documents.notices_pdf(scheme, party, scheme.notices.filter(pk=rows[0].pk).select_related("member"))
    text = _text(data)
    assert "Notice of a Scheme of Division" in text and rows[0].name in text
    assert "04 February 2026" in text and "deemed to have assented" in text
    assert len(PdfReader(BytesIO(documents.notices_pdf(scheme, party, rows))).pages) >= 2
    # The Assamese lines are real text in the bundled Lohit font (pdftotext reads them back, though it drops the
    # vowel signs written before a consonant, so only words without one are compared).
    shown = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    assert "জাননী" in shown and "প্ৰাপক" in shown


def test_office_scheme_pages_in_a_fixed_number_of_queries(client, secretary, arcs_officer, sonitpur,
                                                          django_assert_max_num_queries):
    for size in (2, 6):
        society = society_with_members(sonitpur, secretary, size=size)
        scheme = file_division(secretary, society, size=size)
        prepare_and_serve(secretary, scheme, society)
    client.force_login(arcs_officer)
    with django_assert_max_num_queries(12):
        listing = client.get(reverse("office_schemes"))
    assert listing.status_code == 200 and "04 Feb 2026" in listing.content.decode()
    with django_assert_max_num_queries(30):
        detail = client.get(reverse("office_scheme_detail", args=[scheme.pk]))
    assert detail.status_code == 200 and "Bulk 6" in detail.content.decode()
