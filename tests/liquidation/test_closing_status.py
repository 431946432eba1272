"""One status everywhere for a society in liquidation and a dissolved one (societies.status): the same sentence in
the public register, on the public card and on certificate verification; a dissolved society's certificate
verifies as "no longer valid"; and supervision's Board clocks leave a society in liquidation alone while they
still dissolve a registered society's Board for a missed AGM."""

from datetime import date

import pytest
from django.urls import reverse

from orders.kinds import CERTIFICATE
from orders.services import order_issue
from registrar import sweeps
from societies.governance.models import Board
from societies.models import Society
from societies.status import statuses
from tests.gov_card.helpers import elect_board, make_society

from .closing_helpers import dissolved, in_liquidation

pytestmark = pytest.mark.django_db
ORDER_ON = date(2026, 6, 1)


def _certificate(society):
    return order_issue(kind=CERTIFICATE.code, subject=f"Registration of {society.name}", made_on=society.registered_on,
                       society=society, number=society.registration_number)


def _pages(client, society, certificate):
    return {"register": client.get(reverse("public_register_society", args=[society.registration_number])),
            "card": client.get(reverse("public_compliance", args=[society.public_token])),
            "verify": client.get(reverse("verify_order", args=[certificate.token]))}


def test_status_in_liquidation_same_on_register_card_and_verification(client, arcs_officer, sonitpur):
    case = in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=ORDER_ON)
    society = Society.objects.get(pk=case.society_id)
    certificate = _certificate(society)
    note = statuses([society], date(2026, 12, 1))[society.pk].notes[0]
    text = str(note.text)
    assert text.startswith(f"In liquidation since {case.takes_effect_on:%d %b %Y}; liquidator Arcs, ")
    # Two months from the Gazette of 8 Jun 2026: Sat 8 Aug is a second Saturday, a claim is a filing -> Mon 10 Aug.
    assert "claims until 10 Aug 2026" in text
    assert note.links[0].url == reverse("liquidation_board_entry", args=[case.pk])
    for name, response in _pages(client, society, certificate).items():
        assert response.status_code == 200, name
        assert text in response.content.decode(), f"{name} shows another status"
    assert "No longer valid" not in _pages(client, society, certificate)["verify"].content.decode()


def test_status_dissolved_certificate_no_longer_valid_everywhere(client, arcs_officer, sonitpur):
    case = dissolved(sonitpur, arcs_officer, arcs_officer, order_on=ORDER_ON, dissolve_on=date(2027, 3, 15))
    society = Society.objects.get(pk=case.society_id)
    certificate = _certificate(society)
    text = f"Dissolved on 15 Mar 2027 (certificate {case.closing.certificate.number})"
    assert str(statuses([society], date(2027, 3, 16))[society.pk].notes[0].text) == text
    pages = _pages(client, society, certificate)
    for name, response in pages.items():
        assert response.status_code == 200 and text in response.content.decode(), name
    assert "No longer valid" in pages["verify"].content.decode()
    # The certificate of dissolution itself is a genuine order in force.
    dissolution = client.get(reverse("verify_order", args=[case.closing.certificate.token])).content.decode()
    assert "Certificate of dissolution" in dissolution


def test_status_notes_fixed_queries_at_two_sizes(arcs_officer, sonitpur, django_assert_max_num_queries):
    few = [in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=ORDER_ON).society_id]
    more = few + [in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=ORDER_ON).society_id
                  for _ in range(3)]
    for ids in (few, more):
        societies = list(Society.objects.filter(pk__in=ids))
        with django_assert_max_num_queries(3):  # the cases with their joins, the holidays, the outages
            found = statuses(societies, date(2026, 12, 1))
        assert all(found[pk].notes for pk in ids)


def test_no_agm_sweep_against_a_society_in_liquidation(arcs_officer, sonitpur):
    kept = make_society(sonitpur, registered_on=date(2024, 4, 10))
    control = make_society(sonitpur, registered_on=date(2024, 4, 10))
    for society in (kept, control):
        elect_board(society, elected_on=date(2024, 6, 1))
    in_liquidation(sonitpur, arcs_officer, arcs_officer, order_on=date(2025, 6, 2), soc=kept)
    # The year ended 31 Mar 2025: its AGM was due by 30 Sep 2025; neither society held one.
    sweeps.run_all(today=date(2025, 10, 15), only="boards_dissolve_for_missed_agm")
    assert Board.objects.get(society=kept, ended_on__isnull=True)            # the liquidator's society: untouched
    assert Board.objects.get(society=control, kind=Board.Kind.ELECTED).end_reason == Board.EndReason.DISSOLVED_NO_AGM
