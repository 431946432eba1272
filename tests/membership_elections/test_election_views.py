"""The election pages answer a refused action with the service's message and 400, never a 500."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from membership.elections import services
from registrar import clock

from .helpers import announce, society_with_register


def test_election_pages_show_refusals_as_messages(client, arcs_officer, sonitpur, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 6, 5))
    society, _secretary, _members = society_with_register(sonitpur)
    election = announce(society, arcs_officer)
    client.force_login(arcs_officer)
    general = election.seat_groups.get(kind="general")
    response = client.post(reverse("office_election_nominate", args=[election.pk]),
                           {"member_number": 99, "group": general.pk})
    assert response.status_code == 400
    assert "There is no member number 99 on the register." in response.content.decode()
    response = client.post(reverse("office_election_declare", args=[election.pk]))
    assert response.status_code == 400
    assert "The result can be declared once the counts are recorded" in response.content.decode()
    response = client.get(reverse("office_election_detail", args=[election.pk]))
    assert response.status_code == 200 and "Enter a nomination" in response.content.decode()


def test_election_announce_needs_a_final_voter_list(arcs_officer, sonitpur):
    society, _secretary, _members = society_with_register(sonitpur, lists=False)
    with pytest.raises(ValidationError) as exc:
        announce(society, arcs_officer)
    assert exc.value.messages == [str(services.NO_ROLL)]
