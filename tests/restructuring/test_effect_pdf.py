"""The Registrar's approval order as a PDF (issue 17 point 5): English with Assamese, its number and QR
verification, read back as text; the office page serves it."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from societies.restructuring.effect_documents import approval_pdf
from societies.restructuring.models import Scheme
from societies.restructuring.services import effect

from .effect_helpers import AFTER, division

pytestmark = pytest.mark.django_db


def test_approval_order_pdf_reads_back_with_number_assamese_and_verification(client, sonitpur, arcs_officer,
                                                                              registrar, tmp_path):
    scheme, old, *_ = division(sonitpur, arcs_officer)
    effect.scheme_approve(scheme_id=scheme.pk, actor=registrar, today=AFTER)
    scheme = Scheme.objects.select_related("approval_order", "society").get(pk=scheme.pk)
    pdf = approval_pdf(scheme)
    (tmp_path / "approval.pdf").write_bytes(pdf)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    order = scheme.approval_order
    assert order.number in text and order.number.startswith("RSA/SNT/2026/")
    assert "Order approving the scheme of division" in text
    assert old.name in text and "Borgang Dairy" in text
    assert "সদস্য আৰু" in text                            # the Assamese beside the English
    assert reverse("verify_order", args=[order.token]) in "".join(text.split())
    client.force_login(arcs_officer)
    response = client.get(reverse("office_scheme_approval_pdf", args=[scheme.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
