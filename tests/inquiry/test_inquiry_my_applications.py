"""An applicant finds their applications for an inquiry again: the citizen home's link and card, and the list of
their own applications (never another's), with a fixed number of queries however many there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from .helpers import apply_online

pytestmark = pytest.mark.django_db


def test_citizen_home_links_to_apply_and_to_own_applications(client, citizen, secretary):
    client.force_login(citizen)
    home = client.get(reverse("citizen_home")).content.decode()
    assert reverse("inquiry_apply") in home
    assert reverse("inquiry_applications") not in home          # no card before the first application

    apply_online(citizen, secretary.society)
    home = client.get(reverse("citizen_home")).content.decode()
    assert reverse("inquiry_applications") in home
    assert "My applications for an inquiry" in home and "Awaiting the Registrar&#x27;s order: 1." in home


def test_list_shows_only_own_applications_with_links(client, citizen, other_citizen, secretary):
    mine = apply_online(citizen, secretary.society)
    theirs = apply_online(other_citizen, secretary.society, name="Rupa Gogoi")
    client.force_login(citizen)
    page = client.get(reverse("inquiry_applications")).content.decode()
    assert mine.reference in page and reverse("inquiry_application", args=[mine.pk]) in page
    assert theirs.reference not in page and "Rupa Gogoi" not in page
    detail = client.get(reverse("inquiry_application", args=[mine.pk])).content.decode()
    assert reverse("inquiry_applications") in detail             # and back again


def test_list_without_applications_says_so(client, other_citizen):
    client.force_login(other_citizen)
    page = client.get(reverse("inquiry_applications")).content.decode()
    assert "You have not applied for an inquiry." in page and reverse("inquiry_apply") in page


def test_list_queries_do_not_grow_with_applications(client, citizen, secretary):
    def count():
        client.force_login(citizen)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("inquiry_applications")).status_code == 200
        return len(ctx)

    apply_online(citizen, secretary.society)
    few = count()
    for _ in range(4):
        apply_online(citizen, secretary.society)
    assert count() == few
