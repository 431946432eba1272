"""Public verification of any order by its token (/verify/<token>/): genuine, in force, set aside, stayed."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from orders import services
from orders.kinds import GOVERNMENT, LIQUIDATOR, OFFICE, RECEIPT, SOCIETY, declared_kinds
from orders.views.verify import NO_SUCH_ORDER
from registrar.models import ActivityTally

from .helpers import make_order, make_society

TODAY = date(2026, 12, 1)
SUBJECT = "Subject Words Only The Office Sees"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)


def _issue(kind, society, officer):
    return make_order(kind=kind.code, subject=SUBJECT, society=society, officer=officer, made_on=date(2026, 11, 2),
                      received_on=date(2026, 11, 4) if kind.appeal_trigger == RECEIPT else None)


def _verify(client, order):
    response = client.get(reverse("verify_order", args=[order.token]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("kind", declared_kinds(), ids=lambda k: k.code)
def test_verify_every_declared_kind_is_genuine_with_its_facts(client, arcs_officer, kind):
    society = make_society(n=5, name="Borgaon Weavers Co-operative Society Limited")
    order = _issue(kind, society, arcs_officer)
    page = _verify(client, order)
    assert "Genuine" in page and order.number in page and escape(str(kind.label)) in page
    assert "02 Nov 2026" in page and "Borgaon Weavers Co-operative Society Limited" in page
    if kind.code in ("registration.certificate", "registration.deemed_certificate"):
        assert "<h1>Certificate of registration under section 11</h1>" in page
    else:
        assert {OFFICE: "Order of this office: verified", SOCIETY: "not an order of this office",
                LIQUIDATOR: "not an order of this office", GOVERNMENT: "not an order of this office"}[kind.issuer] in page
    if kind.issuer == OFFICE:
        assert "Assistant Registrar (ARCS)" in page and "Sonitpur" in page
    # Nothing personal or internal beyond what the order publishes: no officer's name, no subject text.
    assert arcs_officer.get_full_name() not in page and arcs_officer.username not in page and SUBJECT not in page


def test_verify_set_aside_order_names_the_order_and_the_date(client):
    order = make_order(kind="registration.refusal", subject="Refusal")
    review = make_order(kind="registrar.rectification", subject="Rectification", district_code=None,
                        made_on=date(2026, 11, 20))
    services.order_set_aside(order, by=review, on=date(2026, 11, 21))
    page = _verify(client, order)
    assert "Set aside" in page and f"It was set aside by order {review.number} on 21 Nov 2026" in page
    assert "In force" not in page


def test_verify_stayed_order_says_since_when(client, arcs_officer):
    order = make_order(subject="Flag order")
    services.stay_grant(order_id=order.pk, actor=arcs_officer, granted_on=date(2026, 11, 10),
                        pending="Appeal 4/2026 before the State Government", reasons="Prima facie case", today=TODAY)
    page = _verify(client, order)
    assert "Stayed" in page and "It is stayed since 10 Nov 2026" in page and "In force" not in page
    assert "Prima facie case" not in page and "Appeal 4/2026" not in page
    services.stay_vacate(order_id=order.pk, actor=arcs_officer, vacated_on=date(2026, 11, 30), today=TODAY)
    page = _verify(client, order)
    assert "In force" in page and "It is stayed" not in page


def test_verify_certificate_order_says_valid_or_no_longer_valid(client, arcs_officer):
    from societies.choices import LegalStatus
    from societies.models import Society

    society = make_society(n=6)
    order = make_order(kind="registration.certificate", subject="Certificate", society=society,
                       number=society.registration_number, officer=arcs_officer)
    page = _verify(client, order)
    assert "Genuine and valid" in page and "Certificate under section 11" in page
    assert "<h1>Certificate of registration under section 11</h1>" in page  # plainly, as the certificate says
    Society.objects.filter(pk=society.pk).update(legal_status=LegalStatus.DISSOLVED)
    page = _verify(client, order)
    assert "No longer valid" in page and "Genuine and valid" not in page


def test_verify_counts_each_verification_outside_the_chain(client):
    order = make_order()
    _verify(client, order)
    _verify(client, order)
    assert ActivityTally.objects.get(action="orders.verified").count == 2


def test_verify_a_certificate_not_yet_in_the_register_still_verifies(client, citizen, sonitpur):
    from orders.models import Order
    from societies.registration.sweepers import applications_deem_registered
    from tests.societies.helpers import make_submitted, reload

    application = make_submitted(citizen, sonitpur)
    applications_deem_registered(today=date(2026, 3, 17))
    certificate = reload(application).society.certificate
    Order.objects.filter(token=certificate.token).delete()  # as before the register (or its migration) existed
    response = client.get(reverse("verify_certificate", args=[certificate.token]))
    assert response.status_code == 200 and "proviso to section 11" in response.content.decode()


@pytest.mark.parametrize("language", ["en", "as"])
def test_verify_unknown_token_is_a_404_saying_no_order_has_this_code(client, language):
    client.cookies["django_language"] = language
    response = client.get(reverse("verify_order", args=["no-such-token-at-all"]))
    assert response.status_code == 404
    with translation.override(language):
        assert str(NO_SUCH_ORDER) in response.content.decode().replace("&#x27;", "'")
        title = translation.gettext("No order with this code")
    assert title in response.content.decode()
    if language == "as":
        assert title != "No order with this code"
