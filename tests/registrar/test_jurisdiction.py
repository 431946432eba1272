"""Rank decides what an officer may do; jurisdiction decides what they may see (issue 3 § 3)."""

from datetime import date

import pytest
from django.urls import reverse

from registrar.access import get_for_officer
from registrar.selectors import in_jurisdiction, jurisdiction_district_ids
from societies.models import Society

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_societies(sonitpur, kamrup):
    a = Society.objects.create(registration_number="SNT/1", name="Tezpur Fishery Co-operative Society Limited",
                               society_type="fishery", district=sonitpur, address="Tezpur", registered_on=date(2026, 1, 5))
    b = Society.objects.create(registration_number="KMR/1", name="Rangia Weavers Co-operative Society Limited",
                               society_type="handloom_weavers", district=kamrup, address="Rangia",
                               registered_on=date(2026, 1, 6))
    return a, b


def test_arcs_of_sonitpur_sees_only_sonitpur(arcs_officer, two_societies):
    visible = in_jurisdiction(Society.objects.all(), arcs_officer)
    assert list(visible) == [two_societies[0]]


def test_arcs_of_sonitpur_cannot_fetch_a_kamrup_record(arcs_officer, two_societies):
    from django.http import Http404

    with pytest.raises(Http404):
        get_for_officer(Society.objects.all(), arcs_officer, pk=two_societies[1].pk)


def test_directorate_rank_sees_the_whole_state(registrar, two_societies):
    assert jurisdiction_district_ids(registrar) is None
    assert in_jurisdiction(Society.objects.all(), registrar).count() == 2


def test_a_citizen_sees_nothing_through_the_office_selector(citizen, two_societies):
    assert in_jurisdiction(Society.objects.all(), citizen).count() == 0


def test_office_home_counts_only_the_officers_district(client, arcs_officer, two_societies):
    client.force_login(arcs_officer)
    response = client.get(reverse("office_home"))
    assert response.status_code == 200
    assert response.context["society_counts"]["total"] == 1


def test_inactive_officer_is_not_an_officer(arcs_officer, client):
    arcs_officer.officer.is_active = False
    arcs_officer.officer.save()
    client.force_login(arcs_officer)
    assert client.get(reverse("office_home")).status_code == 403
