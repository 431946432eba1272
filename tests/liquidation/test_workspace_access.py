"""Who is the liquidator: an invited outside party scoped to one winding up (parties case kind "winding_up") works
in that workspace only; the named officer too; the claims notice PDF reads back (English and Assamese)."""

from io import BytesIO

import pytest

from .workspace_helpers import liquidator_officer, winding_up

pytestmark = pytest.mark.django_db


def test_invited_outside_liquidator_works_in_that_liquidation_only(client, arcs_officer):
    from tests.parties.helpers import accept_new, invite

    case = winding_up(arcs_officer, None)
    other = winding_up(arcs_officer, liquidator_officer())
    invitation = invite(arcs_officer, case, email="ca.liquidator@example.in", kind="winding_up", role="liquidator")
    party = accept_new(invitation).user
    client.force_login(party)
    assert client.get(f"/liquidation/{case.pk}/claims/").status_code == 200
    assert client.get(f"/liquidation/{other.pk}/claims/").status_code == 404
    assert case.society.name in client.get("/liquidation/mine/").content.decode()


def test_claims_notice_pdf_reads_back_in_english_and_assamese(client, arcs_officer):
    from pypdf import PdfReader

    liquidator = liquidator_officer()
    case = winding_up(arcs_officer, liquidator)
    client.force_login(liquidator)
    response = client.get(f"/liquidation/{case.pk}/claims/notice.pdf")
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(response.content)).pages)
    assert response["Content-Type"] == "application/pdf"
    assert "Notice to the creditors" in text and "11 May 2026" in text and "ASM/2026/114" in text
    assert "দাবী" in text


def test_office_case_page_shows_the_liquidators_registers_and_the_registrars_orders(client, arcs_officer):
    from django.urls import reverse

    case = winding_up(arcs_officer, liquidator_officer())
    client.force_login(arcs_officer)
    body = client.get(reverse("office_liquidation_case", args=[case.pk])).content.decode()
    assert "The liquidator&#x27;s registers" in body or "The liquidator's registers" in body
    assert reverse("office_liquidation_registrar", args=[case.pk]) in body
    page = client.get(reverse("office_liquidation_registrar", args=[case.pk]))
    assert page.status_code == 200 and "Leave to sue (ss.99, 101)" in page.content.decode()
