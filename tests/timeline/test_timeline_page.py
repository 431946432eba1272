"""The society's timeline page: officers with jurisdiction and the society's secretary; every rule one hover away."""

from datetime import date

import pytest
from django.urls import reverse

from registrar.rectification import effect_rectify
from tests.rectification.helpers import make_deemed

pytestmark = pytest.mark.django_db


@pytest.fixture
def today(monkeypatch):
    from registrar import clock

    monkeypatch.setattr(clock, "today", lambda: date(2026, 3, 20))
    return date(2026, 3, 20)


def _url(society):
    return reverse("society_timeline", args=[society.pk])


def test_timeline_page_for_sonitpur_arcs_and_registrar(client, secretary, arcs_officer, registrar, today):
    for user in (arcs_officer, registrar):
        client.force_login(user)
        response = client.get(_url(secretary.society))
        assert response.status_code == 200
        assert "Dhekiajuli Dairy Co-operative Society Limited" in response.content.decode()


def test_timeline_page_refused_to_others(client, secretary, other_district_officer, citizen, today):
    for user in (other_district_officer, citizen):
        client.force_login(user)
        assert client.get(_url(secretary.society)).status_code == 404
    client.logout()
    response = client.get(_url(secretary.society))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_timeline_page_links_each_date_to_its_rule(client, secretary, today):
    from societies.governance.services.supervision import supervision_start

    supervision_start(secretary.society)  # the promoter Board registration opens
    client.force_login(secretary)
    page = client.get(_url(secretary.society)).content.decode()
    # Registered 10 Apr 2025: the promoter Board's last day is 10 Apr 2026 (s.35(1), promoter_board_max_1y).
    # The title is the section and the Act's words (no rule id: issue 25 point 6); the id stays in data-rule.
    assert '<a class="law statutory-date" href="/law/promoter_board_max_1y/" title="s.35(1) proviso, 35(3): “' in page
    assert 'data-rule="promoter_board_max_1y">10 Apr 2026</a>' in page
    assert "Last day of the promoter Board (s.35(1))" in page


def test_timeline_page_shows_the_effect_and_its_rectification(client, citizen, sonitpur, registrar, today):
    application, entry = make_deemed(citizen, sonitpur)
    effect_rectify(entry_seq=entry.seq, actor=registrar, real_date=date(2026, 3, 12), reasons="Posted 12 Mar.",
                   today=today, outcome="certificate")
    client.force_login(citizen)  # the applicant became the society's secretary on registration
    page = client.get(_url(application.society)).content.decode()
    assert "Society deemed registered" in page  # the original entry, still in the log
    assert "Set aside by order RCS/RECT/2026/0001" in page
    assert "Automatic effect set aside by rectification order — RCS/RECT/2026/0001" in page
    assert "Deemed registered (proviso to s.11) — set aside by rectification order RCS/RECT/2026/0001" in page
