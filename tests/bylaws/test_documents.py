"""The PDFs of amendments read back: the certified copy (with its verification link) and the consolidated copy."""

from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from societies.bylaws import documents
from societies.bylaws.services import amendment_direct_reconsideration

from .helpers import file_amendment, fresh, record_version, register

pytestmark = pytest.mark.django_db


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages).split())


def test_amendment_certified_copy_and_consolidated_bylaws_pdf(secretary, arcs_officer):
    society = secretary.society
    record_version(arcs_officer, society)
    amendment = file_amendment(secretary, society)
    amendment_direct_reconsideration(actor=arcs_officer, amendment_id=amendment.pk, today=date(2026, 7, 5),
                                     directions="Clause 5: state the age.", reconsider_by=date(2026, 7, 20))
    register(arcs_officer, amendment, date(2026, 7, 25))
    amendment = fresh(amendment)
    certified = _text(documents.amendment_pdf(amendment, "certified-copy"))
    assert "Certified Copy of the Amendment of Bye-laws" in certified and "conclusive evidence" in certified
    order = documents.document_order(amendment, "certified-copy")
    assert f"/verify/{order.token}/" in certified.replace(" ", "") and "25 July 2026" in certified
    direction = _text(documents.amendment_pdf(amendment, "direction"))
    assert "Clause 5: state the age." in direction and "20 July 2026" in direction
    consolidated = _text(documents.consolidated_pdf(society, date(2026, 7, 25)))
    assert "eighteen years or more" in consolidated
    assert "eighteen years or more" not in _text(documents.consolidated_pdf(society, date(2026, 7, 24)))
    assert documents.amendment_pdf(amendment, "refusal") is None
