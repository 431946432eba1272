"""The voter-list pages and printouts: the secretary affixes and decides from the page, the member objects from
their home page, the lists print in English and Assamese (read back from the PDF)."""

from datetime import date
from io import BytesIO
from unittest import mock

import pytest
from django.urls import reverse
from pypdf import PdfReader

from membership.models import VoterObjection
from membership.voters import services

from .helpers import YEAR_END, register_of

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(response.content)).pages).split())


def test_voter_list_pages_from_affixing_to_objection_decision_and_pdfs(client, secretary, citizen):
    society = secretary.society
    members = register_of(society)
    members[0].person.user = citizen
    members[0].person.save()
    client.force_login(secretary)
    with mock.patch("registrar.clock.today", return_value=date(2026, 4, 12)):
        page = client.post(reverse("society_voter_lists", args=[society.pk]), {"action": "affix_provisional"},
                           follow=True)
    assert "Members may object until 22 Apr 2026" in page.content.decode()
    voter_list = society.voter_lists.get(year_ended_on=YEAR_END)
    new_member = voter_list.entries.get(number=8)

    client.force_login(citizen)
    home = client.get(reverse("my_membership", args=[members[0].pk]))
    assert reverse("my_voter_lists", args=[members[0].pk]) in home.content.decode()
    with mock.patch("registrar.clock.today", return_value=date(2026, 4, 22)):
        client.post(reverse("my_voter_lists", args=[members[0].pk]),
                    {"entry": new_member.pk, "grounds": "Admitted in March 2025, see the minutes."})
    objection = VoterObjection.objects.get()

    client.force_login(secretary)
    with mock.patch("registrar.clock.today", return_value=date(2026, 4, 23)):
        client.post(reverse("society_voter_lists", args=[society.pk]),
                    {"action": "decide", "objection": objection.pk, "decision": "uphold",
                     "reasons": "Minutes of 20 March 2025 admit the member."})
        client.post(reverse("society_voter_lists", args=[society.pk]), {"action": "affix_final",
                                                                         "list": voter_list.pk})
    voter_list = type(voter_list).objects.get(pk=voter_list.pk)  # refresh_from_db refuses protected FSM fields
    assert voter_list.final_affixed_on == date(2026, 4, 23)

    final_en = _text(client.get(reverse("society_voter_list_pdf", args=[society.pk, voter_list.pk, "final"])))
    assert "Final voter lists" in final_en and "Members with a vote (9)" in final_en
    assert "employee: no vote in Board elections or on bye-laws" in final_en
    provisional = _text(client.get(reverse("society_voter_list_pdf", args=[society.pk, voter_list.pk,
                                                                           "provisional"])))
    assert "Members with a vote (8)" in provisional and "Objections to the Board until 22 April 2026" in provisional
    client.force_login(citizen)
    decision = _text(client.get(reverse("voter_objection_pdf", args=[objection.pk]) + "?lang=en"))
    assert "Upheld" in decision and "Minutes of 20 March 2025" in decision
    assamese = client.get(reverse("my_voter_list_pdf", args=[members[0].pk, voter_list.pk, "final"]) + "?lang=as")
    assert "তালিকা" in _text(assamese) and "ধাৰা" in _text(assamese)


def test_voter_list_secretary_sees_refusal_message_not_an_error(client, secretary):
    society = secretary.society
    client.force_login(secretary)
    with mock.patch("registrar.clock.today", return_value=date(2026, 4, 12)):
        page = client.post(reverse("society_voter_lists", args=[society.pk]), {"action": "affix_provisional"},
                           follow=True)
    assert page.status_code == 200
    assert str(services.NO_MEMBERS) in page.content.decode()
