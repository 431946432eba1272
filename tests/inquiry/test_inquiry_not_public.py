"""Nothing about a pending inquiry is public: a canary string planted in every free-text field of a case (grounds,
applicant, subject, findings, delay reasons) is absent from every public page (the triad's public cases), the
society's public card, the public status search, the verification page of every order of the case, and the open
API (society, its orders, the change feed)."""

from datetime import date

import pytest
from django.db import transaction
from django.urls import reverse

from audit.inquiry.services import inquiry as services
from orders.services import orders_for
from tests.test_permission_triad import CASES

from .helpers import CANARY, apply_online

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending_case(secretary, citizen, arcs_officer):
    case = apply_online(citizen, secretary.society, grounds=f"{CANARY} loans to relatives", name=f"{CANARY} Traders",
                        applicant_address=f"{CANARY} Road, Tezpur")
    services.inquiry_order(case_id=case.pk, actor=arcs_officer, subject=f"{CANARY} subject",
                           officer_id=arcs_officer.pk, today=date(2026, 3, 12))
    return services.inquiry_record_delay(case_id=case.pk, actor=arcs_officer, reasons=f"{CANARY} delay",
                                         expected_on=date(2026, 5, 30), today=date(2026, 4, 20))


def _public_urls(personas, society, case):
    urls = []
    for case_ in CASES.values():
        if case_.audience == "public":
            try:
                # Each builder expects a fresh database; one that collides with another's data (two bye-law
                # versions on one society's day) is left out here: its page is about that module's record.
                with transaction.atomic():
                    kwargs = case_.build(personas)[0] if case_.build else {}
            except Exception:  # another module's builder refused the shared data
                continue
            urls.append(reverse(case_.name, kwargs=kwargs) + (f"?{case_.query}" if case_.query else ""))
    urls += [reverse("public_compliance", kwargs={"token": society.public_token}),
             reverse("public_status") + f"?number={society.registration_number}"]
    urls += [reverse("verify_order", kwargs={"token": order.token}) for order in orders_for(case)]
    number = society.registration_number
    urls += [reverse("api_society_detail", kwargs={"number": number}),
             reverse("api_society_orders", kwargs={"number": number}), reverse("api_changes")]
    return urls


def test_inquiry_pending_case_is_absent_from_every_public_page(pending_case, client, secretary, citizen,
                                                               other_citizen, arcs_officer,
                                                               other_district_officer, registrar):
    personas = {"arcs_officer": arcs_officer, "other_district_officer": other_district_officer,
                "citizen": citizen, "other_citizen": other_citizen, "secretary": secretary, "registrar": registrar}
    society = secretary.society
    seen = 0
    for url in _public_urls(personas, society, pending_case):
        client.logout()
        response = client.get(url)
        assert response.status_code in (200, 404), url   # 404: a page about something else the case is not
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert CANARY.encode() not in body, url
        assert pending_case.reference.encode() not in body, url
        seen += response.status_code == 200
    assert seen >= 15
    # The canary is really in the case: the officer's own page shows it.
    client.force_login(arcs_officer)
    assert CANARY in client.get(reverse("office_inquiry_case", args=[pending_case.pk])).content.decode()
