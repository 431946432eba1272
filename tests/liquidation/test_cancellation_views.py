"""The cancellation's pages: the secretary files the resolution (and sees the three-fourths guard's message), the
office list at a fixed number of queries, the show-cause form's refusal without an inquiry."""

from datetime import timedelta

import pytest
from django.urls import reverse

from liquidation.models import WindingUp
from registrar import clock
from tests.liquidation.cancellation_helpers import published

pytestmark = pytest.mark.django_db


def _resolution(votes):
    return {"meeting_on": "10-05-2026", "members_present": "40", "votes_for": str(votes),
            "agenda_circulated": "on", "resolution_text": "Resolved that the society be dissolved."}


def test_cancellation_secretary_page_shows_the_three_fourths_guard_then_files(client, secretary):
    client.force_login(secretary)
    url = reverse("society_winding_up", args=[secretary.society.pk])
    refused = client.post(url, _resolution(29))
    assert refused.status_code == 200
    assert "29 of 40 is less" in refused.content.decode() and not WindingUp.objects.exists()
    filed = client.post(url, _resolution(30), follow=True)
    assert "The resolution is filed." in filed.content.decode()
    assert WindingUp.objects.get().state == "resolution_filed"


def test_cancellation_show_cause_form_refuses_without_an_inquiry(client, secretary, arcs_officer):
    client.force_login(arcs_officer)
    response = client.post(reverse("office_liquidation_show_cause"), {
        "society": secretary.society.registration_number, "ground": "ceased", "grounds": "No business.",
        "reply_by": f"{clock.today() + timedelta(days=20):%d-%m-%Y}"})
    assert response.status_code == 200 and "held first (s.94(2))" in response.content.decode()


def test_cancellation_office_list_queries_do_not_grow(client, secretary, arcs_officer,
                                                      django_assert_max_num_queries):
    published(secretary, arcs_officer)
    client.force_login(arcs_officer)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("office_liquidation_list")).content.decode()
    assert secretary.society.name in page and "appeal window until 01 Aug 2026" in page


def test_cancellation_pages_render_in_assamese(client, secretary, arcs_officer):
    case = published(secretary, arcs_officer)
    client.force_login(arcs_officer)
    client.cookies["django_language"] = "as"
    page = client.get(reverse("office_liquidation_case", args=[case.pk])).content.decode()
    assert "সদস্যৰ আপীলৰ সময় (ধাৰা ৯৪(৫))" in page and "জাননীৰ পঞ্জীয়নভুক্ত ডাক (ধাৰা ৯৪(৩))" in page
    notices = client.get(reverse("liquidation_notices")).content.decode()
    assert "পঞ্জীয়ন বাতিলৰ জাননীসমূহ" in notices
