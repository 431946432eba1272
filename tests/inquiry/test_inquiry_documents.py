"""The PDFs of inquiry and inspection in English and Assamese, read back (pypdf)."""

import io
from datetime import date

import pytest
from django.urls import reverse
from pypdf import PdfReader

from audit.inquiry.documents import render_document

from .helpers import ordered_case

pytestmark = pytest.mark.django_db


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_inquiry_order_pdf_in_english_and_assamese(secretary, citizen, arcs_officer):
    case = ordered_case(citizen, arcs_officer, secretary.society)
    english = _text(render_document("inquiry_order", case, "en"))
    assert "Order of inquiry" in english and case.reference in english and "11 April 2026" in english
    assamese = render_document("inquiry_order", case, "as")
    fonts = [str(font.get_object()["/BaseFont"]) for font in
             PdfReader(io.BytesIO(assamese)).pages[0]["/Resources"]["/Font"].values()]
    assert any("Lohit" in name for name in fonts), fonts     # the Assamese script has its font, not empty boxes
    assert case.reference in _text(assamese)


def test_inquiry_document_view_serves_only_documents_the_case_has(client, secretary, citizen, arcs_officer):
    case = ordered_case(citizen, arcs_officer, secretary.society, ordered=date(2026, 3, 12))
    client.force_login(arcs_officer)
    url = reverse("office_inquiry_document", args=["inquiry", case.pk, "inquiry_order", "as"])
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert client.get(reverse("office_inquiry_document", args=["inquiry", case.pk, "rejection", "en"])
                      ).status_code == 404
