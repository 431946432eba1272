"""One status everywhere (societies.status): a module declares how it explains a status once; the public register,
its batch look-up and extract, the API, certificate verification and the office list all show that sentence, and
a page of societies costs one call per status present, not one per society."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from societies import status as status_module
from societies.choices import LegalStatus
from societies.status import StatusLink, StatusNote, status_note, statuses
from tests.gov_card.helpers import make_society, set_status
from tests.openregister.helpers import district

pytestmark = pytest.mark.django_db


@pytest.fixture
def declared(monkeypatch):
    """A provider for 'in liquidation' that records each call, registered only for the test."""
    monkeypatch.setattr(status_module, "_PROVIDERS", {})
    calls = []

    @status_note(legal=LegalStatus.IN_LIQUIDATION)
    def _liquidation(societies, today):
        calls.append(sorted(s.pk for s in societies))
        return {s.pk: StatusNote(f"In liquidation; claims until {today:%d-%m-%Y}",
                                 links=(StatusLink("the board", "/liquidation/board/"),), until=today)
                for s in societies}

    return calls


def _societies(n):
    snt = district("SNT")
    registered = make_society(snt, name="Tezpur Fishery Co-operative Society Limited", supervised=False)
    liquidated = [set_status(make_society(snt, name=f"Nalbari Store {i} Co-operative Society Limited",
                                          supervised=False), legal="in_liquidation", governance="officer_in_charge")
                  for i in range(n)]
    return registered, liquidated


def test_status_line_asks_each_provider_once_with_only_its_societies(declared):
    registered, liquidated = _societies(3)
    found = statuses([registered, *liquidated], date(2027, 2, 14))
    assert declared == [sorted(s.pk for s in liquidated)]
    assert found[registered.pk].notes == [] and found[registered.pk].text == "Registered"
    assert found[liquidated[0].pk].text == "In liquidation; claims until 14-02-2027"


def test_status_line_declaration_takes_exactly_one_axis():
    with pytest.raises(TypeError):
        status_note(legal=LegalStatus.DISSOLVED, governance="superseded")
    with pytest.raises(TypeError):
        status_note()


def _register_page(client):
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("public_register"), {"legal_status": "in_liquidation"}).content.decode()
    return page, len(queries)


def test_status_line_register_page_queries_do_not_grow_with_the_page(client, declared):
    _societies(2)
    small, small_queries = _register_page(client)
    snt = district("SNT")
    for i in range(6):
        set_status(make_society(snt, name=f"Barpeta Store {i} Co-operative Society Limited", supervised=False),
                   legal="in_liquidation", governance="officer_in_charge")
    large, large_queries = _register_page(client)
    assert small.count("claims until") == 2 and large.count("claims until") == 8
    assert 'href="/liquidation/board/"' in large
    assert len(declared) == 2 and large_queries == small_queries  # one provider call per page, at both sizes


def test_status_line_reaches_the_api_the_extract_the_batch_and_the_society_page(client, declared):
    registered, (liquidated,) = _societies(1)
    api = client.get(reverse("api_society_list"), {"legal_status": "in_liquidation"}).json()
    row = api["results"][0]
    assert row["status_note"].startswith("In liquidation; claims until") and row["status_until"]
    detail = client.get(reverse("api_society_detail", args=[liquidated.registration_number])).json()
    assert detail["society"]["status_note"] == row["status_note"]
    assert client.get(reverse("api_society_detail", args=[registered.registration_number])).json()[
        "society"]["status_note"] == ""
    extract = b"".join(client.get(reverse("public_register_extract"), {"legal_status": "in_liquidation"})
                       .streaming_content).decode()
    assert "In liquidation; claims until" in extract
    batch = client.post(reverse("public_register_batch"), {"numbers": liquidated.registration_number}).content
    assert b"claims until" in batch
    page = client.get(reverse("public_register_society", args=[liquidated.registration_number])).content
    assert b"claims until" in page
