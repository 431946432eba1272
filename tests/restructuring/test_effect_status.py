"""The old society's status everywhere once a scheme took effect (issue 17 point 4): the status provider (fixed
queries for a list), the public register's page, search and change feed, the API detail, certificate
verification ("no longer valid") and the office list; the successor's page says what formed it."""

from datetime import date

import pytest
from django.urls import reverse

from openregister import feed
from registrar import clock
from registrar.models import ActivityEntry
from societies.choices import LegalStatus
from societies.models import Certificate, Society
from societies.restructuring import status_notes
from societies.status import statuses

from .effect_helpers import effective_amalgamation, effective_division

pytestmark = pytest.mark.django_db
TODAY = date(2026, 6, 20)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def test_status_note_divided_names_and_links_the_successors(sonitpur, arcs_officer, registrar):
    _scheme, old, (a, b) = effective_division(sonitpur, arcs_officer, registrar)
    old = Society.objects.get(pk=old.pk)
    status = statuses([old], TODAY)[old.pk]
    assert old.legal_status == LegalStatus.DIVIDED
    assert status.text == f"Divided into {a.name} and {b.name} on 10 Jun 2026"
    assert [link.url for link in status.notes[0].links] == [
        reverse("public_register_society", args=[a.registration_number]),
        reverse("public_register_society", args=[b.registration_number])]


def test_status_note_amalgamated_costs_the_same_queries_for_one_or_two_societies(
        sonitpur, arcs_officer, registrar, django_assert_num_queries):
    _scheme, olds, new = effective_amalgamation(sonitpur, arcs_officer, registrar)
    olds = list(Society.objects.filter(pk__in=[s.pk for s in olds]).order_by("pk"))
    assert {s.legal_status for s in olds} == {LegalStatus.AMALGAMATED}
    with django_assert_num_queries(2):
        one = status_notes.explain_amalgamated(olds[:1], TODAY)
    with django_assert_num_queries(2):
        both = status_notes.explain_amalgamated(olds, TODAY)
    assert str(one[olds[0].pk].text) == f"Amalgamated into {new.name} on 10 Jun 2026"
    assert set(both) == {s.pk for s in olds}


def test_divided_society_public_page_search_api_and_feed(client, sonitpur, arcs_officer, registrar):
    _scheme, old, (a, b) = effective_division(sonitpur, arcs_officer, registrar)
    page = client.get(reverse("public_register_society", args=[old.registration_number])).content.decode()
    assert "Divided into" in page and reverse("public_register_society", args=[a.registration_number]) in page
    assert "Division, amalgamation or merger" in page
    successor = client.get(reverse("public_register_society", args=[b.registration_number])).content.decode()
    assert f"Formed by the division of {old.name} on 10 Jun 2026." in successor
    found = client.get(reverse("public_register"), {"q": "Jamugurihat"}).content.decode()
    assert "Divided into" in found
    detail = client.get(reverse("api_society_detail", args=[old.registration_number])).json()
    assert detail["society"]["legal_status"] == "divided"
    assert detail["sections"]["restructuring"][0]["societies"] == [
        {"registration_number": a.registration_number, "name": a.name},
        {"registration_number": b.registration_number, "name": b.name}]
    entries = ActivityEntry.objects.filter(action__in=feed.public_actions(), action__startswith="restructuring.")
    restructured = [feed.event(e) for e in entries]
    assert [(e["event"], e["registration_number"], e["legal_status"]) for e in restructured] == [
        ("restructured", old.registration_number, "divided")]
    assert restructured[0]["successors"] == [a.registration_number, b.registration_number]


def test_divided_society_certificate_no_longer_valid_and_office_list(client, sonitpur, arcs_officer, registrar):
    _scheme, old, _ = effective_division(sonitpur, arcs_officer, registrar)
    certificate = Certificate.objects.create(society=old, issued_on=old.registered_on)
    verified = client.get(reverse("verify_certificate", args=[certificate.token])).content.decode()
    assert "No longer valid" in verified and "Divided into" in verified
    client.force_login(arcs_officer)
    listed = client.get(reverse("office_societies"), {"q": "Jamugurihat"}).content.decode()
    assert "Divided into" in listed
