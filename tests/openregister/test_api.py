"""The public API (issue 24 point 2): filters and cursor pages, detail, orders, districts, the rules' due dates
(the same answer as `manage.py statute due`), the schema (drf-spectacular's own validator) with every endpoint,
the rate limit with Retry-After and the RateLimit headers, and registered clients' keys."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema

from openregister.office import api_client_issue, api_client_revoke

from .helpers import societies_for_search

pytestmark = pytest.mark.django_db


@pytest.fixture
def societies():
    return societies_for_search()


def test_api_society_list_filters_and_pages_by_cursor(client, societies):
    first = client.get(reverse("api_society_list"), {"page_size": 2}).json()
    assert len(first["results"]) == 2 and first["next"]
    second = client.get(first["next"]).json()
    third = client.get(second["next"]).json()
    numbers = [s["registration_number"] for page in (first, second, third) for s in page["results"]]
    assert sorted(numbers) == sorted(s.registration_number for s in societies.values())  # none lost or repeated
    dissolved = client.get(reverse("api_society_list"), {"legal_status": "dissolved"}).json()["results"]
    assert [s["name"] for s in dissolved] == [societies["dissolved"].name]


def test_api_refuses_a_bad_filter_with_its_reason(client, societies):
    response = client.get(reverse("api_society_list"), {"district": "ZZZ"})
    assert response.status_code == 400 and "district" in response.json()


def test_api_society_detail_and_orders_by_registration_number(client, societies):
    society = societies["tezpur"]
    detail = client.get(reverse("api_society_detail", args=[society.registration_number])).json()
    assert detail["society"]["name_as"] == society.name_as
    assert detail["society"]["public_page"].endswith(
        reverse("public_register_society", args=[society.registration_number]))
    assert client.get(reverse("api_society_orders", args=[society.registration_number])).json() == []
    assert client.get(reverse("api_society_detail", args=["NO/SUCH/9"])).status_code == 404


def test_api_rule_due_answers_as_the_statute_command(client, db):
    out = StringIO()
    call_command("statute", "due", "registration_deemed_60d", "--trigger", "2026-12-31", stdout=out)
    api = client.get(reverse("api_rule_due", args=["registration_deemed_60d"]), {"trigger": "2026-12-31"}).json()
    assert api == json.loads(out.getvalue())
    assert client.get(reverse("api_rule_due", args=["no_such_rule"]), {"trigger": "2026-12-31"}).status_code == 404
    bad = client.get(reverse("api_rule_due", args=["registration_deemed_60d"]), {"trigger": "2026-02-30"})
    assert bad.status_code == 400 and "existing date" in bad.json()["detail"]


def test_api_schema_validates_and_names_every_endpoint(db):
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)  # drf-spectacular's own check against the OpenAPI 3 specification
    for name in ("api_society_list", "api_district_list", "api_rule_list", "api_changes"):
        assert reverse(name) in schema["paths"], name
    assert "/api/v1/societies/{number}/" in schema["paths"]
    assert "/api/v1/rules/{rule_id}/due/" in schema["paths"]


def test_api_docs_lead_back_to_the_portal(db):
    """The docs pages are drf-spectacular's; the schema's description carries the way back, and every link in it
    is a page of the portal."""
    import re

    from django.urls import resolve

    description = SchemaGenerator().get_schema(request=None, public=True)["info"]["description"]
    links = re.findall(r"\]\((/[^)]*)\)", description)
    assert reverse("public_register") in links and reverse("open_data") in links, links
    for link in links:
        resolve(link)   # raises Resolver404 for a link to nowhere


def test_api_throttle_answers_429_with_retry_after_and_ratelimit_headers(client, settings, db):
    settings.API_ANONYMOUS_LIMIT = 2
    url = reverse("api_district_list")
    first = client.get(url)
    assert first["RateLimit-Limit"] == "2" and first["RateLimit-Remaining"] == "1"
    client.get(url)
    refused = client.get(url)
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 300 and refused["RateLimit-Remaining"] == "0"


def test_api_registered_client_gets_its_own_limit_and_a_revoked_key_is_refused(client, settings, registrar):
    settings.API_ANONYMOUS_LIMIT = 1
    api_client, key = api_client_issue(actor=registrar, name="State Bank", contact_email="api@bank.example",
                                       purpose="KYC of society accounts", requests_per_window=5)
    headers = {"HTTP_AUTHORIZATION": f"Api-Key {key}"}
    url = reverse("api_district_list")
    for _ in range(3):
        assert client.get(url, **headers).status_code == 200
    assert client.get(url, **headers)["RateLimit-Limit"] == "5"
    api_client_revoke(actor=registrar, client_id=api_client.pk, reason="Contract ended")
    refused = client.get(url, **headers)
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
    assert client.get(url, HTTP_AUTHORIZATION="Api-Key sr_wrong").status_code == 401


def test_api_client_issue_and_revoke_are_in_the_activity_log(registrar):
    from registrar.models import ActivityEntry

    api_client, key = api_client_issue(actor=registrar, name="NABARD", contact_email="ncd@nabard.example",
                                       purpose="Monthly comparison", requests_per_window=6000)
    api_client_revoke(actor=registrar, client_id=api_client.pk, reason="Replaced")
    actions = list(ActivityEntry.objects.filter(action__startswith="openregister.").values_list("action", flat=True))
    assert actions == ["openregister.api_client_issued", "openregister.api_client_revoked"]
    assert key not in json.dumps(list(ActivityEntry.objects.values_list("data", flat=True)))
