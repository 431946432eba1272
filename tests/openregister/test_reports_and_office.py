"""The registration report (issue 24 point 5): figures equal their lists and the figure's page; the office's
API-client pages (only the Directorate issues and revokes)."""

from datetime import date

import pytest
from django.urls import reverse

from openregister.models import ApiClient
from openregister.reports import REGISTRATIONS
from societies.registration.models import RegistrationApplication
from tests.reports_support import assert_figures_match_lists
from tests.societies.helpers import make_submitted

from .helpers import district

pytestmark = pytest.mark.django_db
TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)


def _application(citizen, code, name, **decided):
    application = make_submitted(citizen, district(code), received_on=date(2026, 10, 5), name=name)
    if decided:
        RegistrationApplication.objects.filter(pk=application.pk).update(**decided)
    return application


def test_registration_report_figures_equal_their_lists(citizen, arcs_officer, registrar):
    _application(citizen, "SNT", "Borgaon One Co-operative Society Limited")
    _application(citizen, "SNT", "Borgaon Two Co-operative Society Limited", state="deemed_registered",
                 deemed_on=date(2026, 11, 25))
    _application(citizen, "SNT", "Borgaon Three Co-operative Society Limited", state="registered",
                 decided_on=date(2026, 11, 20))
    _application(citizen, "SNT", "Borgaon Four Co-operative Society Limited", state="refused",
                 decided_on=date(2026, 11, 21))
    values = {f.key: v for f, v in REGISTRATIONS.compute(arcs_officer, TODAY, {})}
    assert values["pending"] == 1 and values["2026-10:received"] == 4
    assert values["2026-11:registered"] == 1 and values["2026-11:refused"] == 1
    assert values["2026-11:deemed_registered"] == 1
    assert (values["SNT:decided_12m"], values["SNT:deemed_12m"]) == (3, 1)  # a third deemed in Sonitpur
    assert_figures_match_lists(REGISTRATIONS, arcs_officer, TODAY)
    assert_figures_match_lists(REGISTRATIONS, registrar, TODAY)


def test_registration_report_list_refuses_a_bad_month(client, arcs_officer):
    client.force_login(arcs_officer)
    url = reverse("office_registration_report_list")
    assert client.get(url, {"outcome": "registered", "month": "2026-13"}).status_code == 404


def test_api_clients_issued_by_the_directorate_and_refused_to_an_arcs(client, registrar, arcs_officer):
    client.force_login(arcs_officer)
    data = {"name": "Assam Co-operative Apex Bank", "contact_email": "it@apex.example", "purpose": "KYC",
            "requests_per_window": 6000}
    assert client.post(reverse("office_api_clients"), data).status_code == 403
    client.force_login(registrar)
    page = client.post(reverse("office_api_clients"), data).content.decode()
    issued = ApiClient.objects.get()
    assert "shown only now" in page and issued.key_prefix in page
    client.post(reverse("office_api_client_revoke", args=[issued.pk]), {"reason": "Bank merged"})
    issued.refresh_from_db()
    assert issued.revoked_reason == "Bank merged" and not issued.active
