"""NUL and other control characters in a request (issue 10 § 2): a 4xx or a not-found page, never a 500.

PostgreSQL refuses NUL in text ("A string literal cannot contain NUL (0x00) characters"), so a NUL that reaches
a query is a 500 there and not on SQLite: these tests run on PostgreSQL (`make test`, or DATABASE_URL=postgres).
"""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from societies.models import RegistrationApplication

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def test_hardening_nul_in_request_is_4xx(client, citizen, arcs_officer, sonitpur):
    # A query string reaching a lookup (the public status page searches by the number typed).
    assert client.get("/status/", {"number": "SNT\x00REG"}).status_code == 400
    assert client.get("/status/?number=%00").status_code == 400
    assert client.get("/status/?number=AB%01CD").status_code == 400
    assert client.get("/status/?%00=1").status_code == 400
    # A path segment that reaches a lookup (<str:token> in the URL): the page is simply not found.
    assert client.get("/verify/abc%00def/").status_code == 404
    assert client.get("/society/invitation/abc%00def/").status_code == 404
    assert client.get("/verify/abc%1Bdef/").status_code == 404
    # An officer's search box.
    client.force_login(arcs_officer)
    assert client.get(reverse("office_societies"), {"q": "dairy\x00"}).status_code == 400
    # A form field, urlencoded and multipart.
    client.force_login(citizen)
    form = {"proposed_name": "Borgaon\x00 Fishery Co-operative Society Limited", "society_type": "fishery",
            "district": sonitpur.pk, "address": "Borgaon", "area_of_operation": "Borgaon GP",
            "authorised_share_capital": "100000", "fy_end_month": 3, "fy_end_day": 31,
            "chief_promoter_name": "Hemanta Nath"}
    assert client.post(reverse("application_new"), form).status_code == 400
    assert client.post(reverse("application_new"), urlencode(form),
                       content_type="application/x-www-form-urlencoded").status_code == 400
    assert not RegistrationApplication.objects.exists()


def test_hardening_control_characters_in_form_fields_are_stripped(client, citizen, sonitpur):
    """A stray control character pasted into a text box (a form feed, a bell) is dropped, not stored; tabs and
    line breaks in an address stay."""
    client.force_login(citizen)
    form = {"proposed_name": "Borgaon Fishery\x07 Co-operative Society Limited", "society_type": "fishery",
            "district": sonitpur.pk, "address": "Borgaon\r\nSonitpur\x0c", "area_of_operation": "Borgaon\x1b GP",
            "authorised_share_capital": "100000", "fy_end_month": 3, "fy_end_day": 31,
            "chief_promoter_name": "Hemanta\x7f Nath\x85"}
    response = client.post(reverse("application_new"), form)
    assert response.status_code == 302
    application = RegistrationApplication.objects.get()
    assert application.proposed_name == "Borgaon Fishery Co-operative Society Limited"
    assert application.address == "Borgaon\r\nSonitpur"
    assert application.area_of_operation == "Borgaon GP"
    assert application.chief_promoter_name == "Hemanta Nath"
