"""The society pages: the ARCS's list (states, filters, query count), the office page, the secretary's page and
home, and the public card (office-bearers' names, no person's contact data)."""

from datetime import date
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from societies.governance.compliance import compliance_card
from societies.governance.compliance_list import compliance_states
from societies.models import Society

from .helpers import SPREAD_TODAY, build_spread, elect_board, make_society, raise_flag, set_status

pytestmark = pytest.mark.django_db

MAX_LIST_QUERIES = 10


@pytest.fixture
def today_is():
    def _set(day):
        patcher = mock.patch("registrar.clock.today", return_value=day)
        patcher.start()
        return patcher

    patchers = []
    yield lambda day: patchers.append(_set(day))
    for p in patchers:
        p.stop()


@pytest.fixture
def spread(sonitpur, arcs_officer):
    """21 scenarios x 3 = 63 Sonitpur societies covering every state, as of 1 Jul 2026."""
    return build_spread(sonitpur, arcs_officer, copies=3)


def _list_queries(client, url) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response


# ---- the list -------------------------------------------------------------------------------------------------

def test_society_list_states_agree_with_each_card(spread, sonitpur):
    annotated = {s.name: s.compliance_state
                 for s in compliance_states(Society.objects.filter(district=sonitpur), SPREAD_TODAY)}
    assert {name: annotated[name] for name in spread} == spread
    for society in Society.objects.filter(name__in=list(spread)[:21]):
        assert compliance_card(society, SPREAD_TODAY).overall == spread[society.name], society.name


def test_society_list_query_count_same_at_two_sizes(client, arcs_officer, sonitpur, today_is,
                                                    django_assert_max_num_queries):
    today_is(SPREAD_TODAY)
    url = reverse("office_societies")
    build_spread(sonitpur, arcs_officer, copies=3)  # 63 societies, every state
    client.force_login(arcs_officer)
    with django_assert_max_num_queries(MAX_LIST_QUERIES):
        small, response = _list_queries(client, url)
    assert len(response.context["page"].object_list) == 50
    states = {s.compliance_state for s in response.context["page"]}
    build_spread(sonitpur, arcs_officer, copies=3)  # 126
    # A fresh login: on a loaded machine building the data can take over a minute, and the idle-session
    # middleware then re-saves the session on the next request (3 statements that are not the list's).
    client.force_login(arcs_officer)
    with django_assert_max_num_queries(MAX_LIST_QUERIES):
        large, response = _list_queries(client, url)
    assert small == large
    assert states | {s.compliance_state for s in response.context["page"]} >= {"green", "amber", "red"}


def test_society_list_query_count_filtered_by_state(client, arcs_officer, sonitpur, today_is,
                                                    django_assert_max_num_queries):
    today_is(SPREAD_TODAY)
    build_spread(sonitpur, arcs_officer, copies=3)
    client.force_login(arcs_officer)  # after the build: see test_society_list_query_count_same_at_two_sizes
    with django_assert_max_num_queries(MAX_LIST_QUERIES):
        response = client.get(reverse("office_societies"), {"state": "red"})
    assert response.context["page"].paginator.count == 3 * 10
    assert {s.compliance_state for s in response.context["page"]} == {"red"}


def test_society_list_filters_by_state_governance_and_name(client, arcs_officer, spread, today_is):
    today_is(SPREAD_TODAY)
    client.force_login(arcs_officer)
    url = reverse("office_societies")
    amber = client.get(url, {"state": "amber"}).context["page"]
    assert sorted({s.name.split()[0] for s in amber}) == [
        "agm-soon", "meeting-soon", "officer-in-charge", "proceedings-awaiting", "return-soon", "term-soon"]
    officer = client.get(url, {"governance": "officer_in_charge"}).context["page"]
    assert sorted({s.name.split()[0] for s in officer}) == ["officer-in-charge", "officer-overrun"]
    named = client.get(url, {"q": "Flag-Open 001 co-operative society"}).context["page"]
    assert [s.name for s in named] == ["flag-open 001 Co-operative Society Limited"]
    grey = client.get(url, {"state": "grey"})
    assert grey.context["page"].paginator.count == 3
    assert "Clear filters" in grey.content.decode()


def test_society_list_bad_filter_values_are_ignored(client, arcs_officer, spread, today_is):
    today_is(SPREAD_TODAY)
    client.force_login(arcs_officer)
    response = client.get(reverse("office_societies"), {"state": "purple", "governance": "x", "district": "999"})
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 63


def test_society_list_district_filter_for_a_registrar(client, registrar, sonitpur, kamrup, today_is):
    today_is(date(2026, 7, 1))
    make_society(sonitpur, name="Sonitpur One Co-operative Society Limited")
    make_society(kamrup, name="Kamrup One Co-operative Society Limited")
    client.force_login(registrar)
    url = reverse("office_societies")
    everyone = client.get(url)
    assert everyone.context["page"].paginator.count == 2 and everyone.context["districts"]
    only = client.get(url, {"district": kamrup.pk}).context["page"]
    assert [s.name for s in only] == ["Kamrup One Co-operative Society Limited"]


def test_society_list_shows_key_facts(client, arcs_officer, sonitpur, today_is):
    today_is(date(2026, 10, 1))
    society = make_society(sonitpur, name="Borgaon Fishery Co-operative Society Limited")
    raise_flag(society, date(2026, 9, 1))
    client.force_login(arcs_officer)
    html = client.get(reverse("office_societies")).content.decode()
    assert "Borgaon Fishery" in html and "30 Sep 2026" in html and "missed" in html  # AGM for 2025-26
    assert "Action needed" in html


# ---- the office page and the secretary's pages ----------------------------------------------------------------

def test_office_society_page_shows_who_runs_it_card_and_timeline(client, arcs_officer, sonitpur, today_is):
    today_is(date(2026, 9, 25))
    society = make_society(sonitpur, name="Borgaon Fishery Co-operative Society Limited")
    elect_board(society, elected_on=date(2026, 4, 5), president="Anjali Das", vice_president="Bhaskar Saikia",
                next_meeting_due_on=date(2026, 12, 1))
    client.force_login(arcs_officer)
    response = client.get(reverse("office_society_detail", kwargs={"pk": society.pk}))
    html = response.content.decode()
    assert response.context["card"].overall == "amber"  # the AGM for 2025-26 is due by 30 Sep 2026
    assert "Anjali Das" in html and "Bhaskar Saikia" in html and "Chandan Kalita" in html
    assert "Not yet held for the year 2025–26. Last day 30 Sep 2026 (5 days left)." in html
    assert 'data-rule="agm_within_6_months"' in html
    assert reverse("public_compliance", kwargs={"token": society.public_token}) in html
    assert reverse("office_societies") in html


def test_secretary_page_shows_card_and_what_is_due_next(client, secretary, today_is):
    from societies.governance.services.supervision import supervision_start

    today_is(date(2025, 5, 1))
    supervision_start(secretary.society)
    client.force_login(secretary)
    response = client.get(reverse("society_detail", kwargs={"pk": secretary.society.pk}))
    assert [item.day for item in response.context["due_next"]] == [
        date(2025, 8, 8), date(2026, 4, 10), date(2026, 9, 30)]
    html = response.content.decode()
    assert "What is due next" in html and "Compliance card" in html
    assert reverse("secretary_home") in html
    # the duty first, then its day and its section linked to the rule, never the raw rule id
    assert "Next Board meeting — by " in html and ">08 Aug 2025</a>" in html
    assert '<a class="small law" href="/law/board_meeting_gap_max_120d/">s.43(1), 43(3), 43(4)</a>' in html
    assert "(board_meeting_gap_max_120d)" not in html
    assert "« My society</a>" in html and "My societies" not in html
    assert "<dt>Who runs it now</dt>" not in html


def test_office_society_page_lists_officers_first_then_directors_in_natural_order(client, arcs_officer, sonitpur,
                                                                                 today_is):
    today_is(date(2026, 9, 25))
    society = make_society(sonitpur, name="Borgaon Fishery Co-operative Society Limited")
    elect_board(society, elected_on=date(2026, 4, 5), president="Zubin Nath", vice_president="Yasmin Begum",
                directors=("Director 10", "Director 2", "director 1"))
    client.force_login(arcs_officer)
    html = client.get(reverse("office_society_detail", kwargs={"pk": society.pk})).content.decode()
    order = [html.index(f"<td>{name}") for name in ("Zubin Nath", "Yasmin Begum", "director 1", "Director 2",
                                                    "Director 10")]
    assert order == sorted(order)
    assert "The elected Board&#x27;s term ends on 05 Apr 2031." in html


def test_secretary_home_lists_society_with_due_next_and_link(client, secretary, today_is):
    from societies.governance.services.supervision import supervision_start

    today_is(date(2025, 5, 1))
    supervision_start(secretary.society)
    client.force_login(secretary)
    html = client.get(reverse("secretary_home")).content.decode()
    assert reverse("society_detail", kwargs={"pk": secretary.society.pk}) in html
    assert "08 Aug 2025" in html  # first Board meeting within 120 days of registration on 10 Apr 2025


# ---- the public card ------------------------------------------------------------------------------------------

def test_public_card_shows_office_bearers_but_no_personal_data(client, secretary, today_is):
    from societies.governance.services.supervision import supervision_start

    today_is(date(2026, 10, 1))
    society = secretary.society
    supervision_start(society)
    elect_board(society, elected_on=date(2026, 4, 5), president="Anjali Das", vice_president="Bhaskar Saikia",
                directors=("Chandan Kalita",))
    response = client.get(reverse("public_compliance", kwargs={"token": society.public_token}))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Anjali Das" in html and "Bhaskar Saikia" in html
    assert "Chandan Kalita" not in html  # a director who holds no office
    assert secretary.email not in html and "Nilima" not in html  # the secretary is a person, not an office-bearer
    assert society.address not in html
    assert "Not held for the year 2025–26 by the last day 30 Sep 2026." in html
    assert "s.39, 40(4)(a)" in html and reverse("statute_rule", kwargs={"rule_id": "agm_within_6_months"}) in html


def test_public_card_unknown_token_is_404(client):
    assert client.get(reverse("public_compliance", kwargs={"token": "no-such-token"})).status_code == 404


def test_public_card_of_dissolved_society_says_so(client, sonitpur, today_is):
    today_is(date(2026, 10, 1))
    society = set_status(make_society(sonitpur), legal="dissolved")
    html = client.get(reverse("public_compliance", kwargs={"token": society.public_token})).content.decode()
    assert "no longer under supervision" in html


def test_public_status_links_to_the_compliance_card(client, secretary):
    society = secretary.society
    html = client.get(reverse("public_status"), {"number": society.registration_number}).content.decode()
    assert reverse("public_compliance", kwargs={"token": society.public_token}) in html
