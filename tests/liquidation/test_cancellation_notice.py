"""The Gazette notice: the PDFs read back (English and Assamese), the JSON-LD copy parses and carries the date of
publication, the public notices page shows published notices only and no personal data, and the office pages."""

import io
import json
from datetime import date

import pytest
from django.urls import reverse
from pypdf import PdfReader

from liquidation.documents_cancellation import render_document
from liquidation.models import WindingUp
from societies.models import Society
from societies.status import statuses
from tests.liquidation.cancellation_helpers import ordered, published

pytestmark = pytest.mark.django_db


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_cancellation_gazette_notice_pdf_reads_back_in_english_and_assamese(secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    english = _text(render_document("gazette", case, "en"))
    assert "cancellation of registration and appointment of the liquidator" in english
    assert case.cancellation_order.number in english and "01 June 2026" in english
    assert "Assam Gazette Extraordinary No. 412" in english
    assamese = render_document("gazette", case, "as")
    fonts = [str(font.get_object()["/BaseFont"]) for font in
             PdfReader(io.BytesIO(assamese)).pages[0]["/Resources"]["/Font"].values()]
    assert any("Lohit" in name for name in fonts), fonts
    assert case.cancellation_order.number in _text(assamese)


def test_cancellation_jsonld_parses_and_carries_the_publication_date(client, secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    response = client.get(reverse("liquidation_notice_jsonld", args=[case.pk]))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/ld+json")
    notice = json.loads(response.content)
    assert notice["@type"] == "Legislation" and notice["@context"][0] == "https://schema.org"
    assert notice["datePublished"] == "2026-06-01"
    assert notice["isPartOf"]["issueNumber"] == "Assam Gazette Extraordinary No. 412"
    assert notice["legislationIdentifier"] == case.cancellation_order.number
    assert notice["legislationLegalForce"] == "https://schema.org/NotInForce"
    assert [a["endTime"] for a in notice["potentialAction"]] == ["2026-08-01", "2026-08-01"]
    assert notice["sahakar:takesEffectOn"] == "2026-08-02"
    assert notice["about"]["identifier"] == case.society.registration_number


def test_cancellation_unpublished_notice_is_not_public(client, secretary, arcs_officer):
    case = ordered(secretary, arcs_officer)
    assert client.get(reverse("liquidation_notice_jsonld", args=[case.pk])).status_code == 404
    page = client.get(reverse("liquidation_notices")).content.decode()
    assert case.society.name not in page
    society = Society.objects.get(pk=case.society_id)
    assert statuses([society], date(2026, 5, 26))[society.pk].text == (
        "Cancellation ordered; awaiting publication in the Gazette")


def test_cancellation_notices_page_lists_the_published_notice(client, secretary, arcs_officer,
                                                               django_assert_max_num_queries):
    case = published(secretary, arcs_officer)
    with django_assert_max_num_queries(8):
        page = client.get(reverse("liquidation_notices")).content.decode()
    assert case.society.name in page and "Assam Gazette Extraordinary No. 412" in page
    assert secretary.get_full_name() not in page


def test_cancellation_office_case_page_records_the_publication(client, secretary, arcs_officer):
    case = ordered(secretary, arcs_officer)
    client.force_login(arcs_officer)
    url = reverse("office_liquidation_case", args=[case.pk])
    assert "Publication in the Official Gazette" in client.get(url).content.decode()
    response = client.post(url, {"action": "gazette", "gazette-gazette_number": "No. 9",
                                 "gazette-published_on": "30-05-2026"}, follow=True)
    assert response.status_code == 200
    assert WindingUp.objects.get(pk=case.pk).gazette_published_on == date(2026, 5, 30)
