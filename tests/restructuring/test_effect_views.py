"""The office actions of the conditions before effect, through the pages: the checklist on the scheme page, a
payment recorded, a new society's application entered, the approval after its confirm step, the effect."""

import pytest
from django.urls import reverse

from registrar import clock
from societies.choices import LegalStatus
from societies.models import Society
from societies.restructuring.models import OptionState, Scheme, SchemeState

from .effect_helpers import AFTER, division, register

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: AFTER)


def test_effect_pages_pay_apply_approve_and_the_checklist_follows(client, sonitpur, arcs_officer, registrar):
    scheme, old, members, (a, b) = division(sonitpur, arcs_officer)
    detail = reverse("office_scheme_detail", args=[scheme.pk])
    client.force_login(arcs_officer)
    page = client.get(detail).content.decode()
    assert "Conditions before effect" in page and 'data-condition="claims" class="missing"' in page
    assert "Approve the scheme (order)" not in page                       # an ARCS does not approve

    for row in scheme.notices.filter(option=OptionState.WITHDRAWING):
        url = reverse("office_scheme_claim_met", args=[scheme.pk, row.pk])
        refused = client.post(url, {"paid_on": "11-06-2026", "reference": "V1"})
        assert "cannot be after today" in refused.content.decode()
        assert client.post(url, {"paid_on": "10-06-2026", "reference": f"V{row.pk}"}).status_code == 302
    for party in (a, b):
        response = client.post(reverse("office_scheme_successor_apply", args=[scheme.pk, party.pk]), {
            "received_on": "02-05-2026", "society_type": "dairy", "address": "Borgang", "area_of_operation": "Mouza",
            "authorised_share_capital": "50000", "chief_promoter_name": "Ranjit Bora", "applicant_name": "Ranjit"})
        assert response.status_code == 302
    page = client.get(detail).content.decode()
    assert 'data-condition="claims" class="present"' in page and "Enter its application" not in page

    client.force_login(registrar)
    approve = reverse("office_scheme_approve", args=[scheme.pk])
    confirm = client.post(approve, {"remarks": "Scheme as resolved."})
    assert confirm.status_code == 200 and "confirmed" in confirm.content.decode()
    assert Scheme.objects.get(pk=scheme.pk).approval_order_id is None
    assert client.post(approve, {"remarks": "Scheme as resolved.", "confirmed": "yes"}).status_code == 302
    scheme = Scheme.objects.get(pk=scheme.pk)
    assert scheme.state == SchemeState.APPROVED and scheme.approval_order.made_on == AFTER
    page = client.get(detail).content.decode()
    assert scheme.approval_order.number in page and 'data-condition="registrations" class="missing"' in page

    for party in (a, b):
        party.refresh_from_db()
        register(party.application, arcs_officer, on=AFTER)
    assert Society.objects.get(pk=old.pk).legal_status == LegalStatus.DIVIDED
    page = client.get(detail).content.decode()
    assert "The scheme took effect on 10 Jun 2026" in page


def test_effect_button_refuses_with_what_is_missing(client, sonitpur, arcs_officer, registrar):
    scheme, *_ = division(sonitpur, arcs_officer)
    client.force_login(registrar)
    response = client.post(reverse("office_scheme_take_effect", args=[scheme.pk]), follow=True)
    assert "cannot take effect yet" in response.content.decode()
    assert Scheme.objects.get(pk=scheme.pk).state == SchemeState.CONDITIONS
