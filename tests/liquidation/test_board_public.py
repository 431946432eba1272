"""The public liquidation board: no login, plain HTML (no script needed), English and Assamese, paginated, a fixed
number of queries at two sizes, and nothing personal about a claimant or a member (canary values)."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from liquidation.services.claims import ClaimInput, claim_enter
from liquidation.views import public_board

from .closing_helpers import dissolved, in_liquidation, ordered

pytestmark = pytest.mark.django_db
CANARY_NAME = "Canaryclaimant Zebulon Hazarika"
CANARY_ADDRESS = "House 77, Canary Lane, Jorhat 785001"
CANARY_MEMBER = "Canarymember Quilla Bora"
TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)


def _claim(case, liquidator, name=CANARY_NAME):
    claim_enter(actor=liquidator, winding_up_id=case.pk, source="filed", today=date(2026, 7, 1),
                data=ClaimInput(claimant_name=name, amount=Decimal("98765.43"), claimant_address=CANARY_ADDRESS,
                                particulars=f"Deposit of {CANARY_MEMBER}", received_on=date(2026, 7, 1)))


def test_board_shows_window_liquidator_and_closing_without_personal_data(client, arcs_officer, sonitpur):
    window = ordered(sonitpur, arcs_officer, arcs_officer, order_on=date(2026, 11, 2),
                     published_on=date(2026, 11, 9), name="Kalabari Window Weavers Co-operative Society Limited")
    live = in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=date(2026, 5, 4))
    _claim(live, arcs_officer)
    gone = dissolved(sonitpur, arcs_officer, arcs_officer, order_on=date(2026, 1, 5), dissolve_on=date(2026, 11, 30))
    page = client.get(reverse("liquidation_board")).content.decode()
    assert window.society.name in page and live.society.name in page and gone.society.name not in page
    assert "AG-77/2026" in page and "Office of the Assistant Registrar" in page   # Gazette, liquidator's office
    # The members' appeal: two months from 9 Nov 2026 end on Sat 9 Jan 2027, a second Saturday -> Mon 11 Jan.
    assert "Open until 11 Jan 2027" in page
    everything = client.get(reverse("liquidation_board"), {"show": "all"}).content.decode()
    assert gone.closing.certificate.number in everything and "Dissolved on" in everything
    entry = client.get(reverse("liquidation_board_entry", args=[live.pk])).content.decode()
    for text in (page, everything, entry):
        assert "<script" not in text.split("</main>")[0].split("<main")[-1]     # the board itself needs no script
        for canary in (CANARY_NAME, CANARY_ADDRESS, CANARY_MEMBER, "98,765", "98765"):
            assert canary not in text
    assamese = client.get(reverse("liquidation_board"), HTTP_ACCEPT_LANGUAGE="as").content.decode()
    assert window.society.name in assamese and '<html lang="as"' in assamese


def test_board_fixed_queries_at_two_sizes(client, arcs_officer, sonitpur, django_assert_max_num_queries,
                                          monkeypatch):
    monkeypatch.setattr(public_board, "PER_PAGE", 3)
    in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=date(2026, 5, 4))
    with django_assert_max_num_queries(12) as small:
        assert client.get(reverse("liquidation_board")).status_code == 200
    for _ in range(3):
        _claim(in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=date(2026, 5, 4)), arcs_officer,
               name="Another Claimant")
    with django_assert_max_num_queries(12) as full:
        response = client.get(reverse("liquidation_board"))
    assert len(full.captured_queries) == len(small.captured_queries)
    assert response.context["page"].paginator.num_pages == 2
    assert client.get(reverse("liquidation_board"), {"page": 2}).status_code == 200


def test_board_closing_notice_also_on_the_cancellation_notice_page(client, arcs_officer, sonitpur):
    from liquidation.services import closing as services

    gone = dissolved(sonitpur, arcs_officer, arcs_officer, order_on=date(2026, 1, 5), dissolve_on=date(2026, 11, 2))
    services.closing_record_notice(winding_up_id=gone.pk, actor=arcs_officer, today=date(2026, 11, 20),
                                   published_on=date(2026, 11, 20), gazette_number="Assam Gazette No. 611")
    for url in (reverse("liquidation_notice", args=[gone.pk]), reverse("liquidation_board_entry", args=[gone.pk])):
        text = client.get(url).content.decode()
        assert "Assam Gazette No. 611 · 20 Nov 2026" in text and gone.closing.certificate.number in text
