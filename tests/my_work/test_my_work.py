"""My work (issue 13 point 7): ordering across clocks, paging, the statewide horizon, assigned vs jurisdiction,
other districts, and a query count that does not grow with the rows."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from registrar.clocks.work import PAGE_SIZE, my_work
from registrar.models import Rank
from tests.conftest import make_officer
from tests.my_work.helpers import application_due, appointment_due

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 2)


def _in(days):
    return TODAY + timedelta(days=days)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)


def test_my_work_orders_every_clock_soonest_last_day_first(citizen, sonitpur, arcs_officer):
    application_due(citizen, sonitpur, _in(10))
    application_due(citizen, sonitpur, _in(-3))
    appointment_due(sonitpur, arcs_officer, _in(1))
    application_due(citizen, sonitpur, _in(5))
    work = my_work(arcs_officer, TODAY)
    assert [item.days_left for item in work.items] == [-3, 1, 5, 10]
    assert [item.rule_id for item in work.items] == ["registration_deemed_60d", "registrar_officer_constitutes_board_90d",
                                                     "registration_deemed_60d", "registration_deemed_60d"]
    assert (work.total, work.overdue) == (4, 1)
    assert work.horizon is None  # a district officer sees all of the district's open cases, paged


def test_my_work_pages_fifty_at_a_time_in_order(citizen, sonitpur, arcs_officer):
    for days in range(PAGE_SIZE + 5):
        application_due(citizen, sonitpur, _in(days - 20))
    first = my_work(arcs_officer, TODAY, page=1)
    second = my_work(arcs_officer, TODAY, page=2)
    assert len(first.items) == PAGE_SIZE and len(second.items) == 5
    assert [i.days_left for i in first.items + second.items] == list(range(-20, PAGE_SIZE - 15))
    assert first.page.paginator.num_pages == 2
    assert len(my_work(arcs_officer, TODAY, page="99").items) == 5  # past the end: the last page, never an error


def test_my_work_horizon_for_a_statewide_officer(citizen, sonitpur, registrar):
    for days in (-40, 5, 20, 60):
        application_due(citizen, sonitpur, _in(days), assigned_officer=registrar)
    assert [i.days_left for i in my_work(registrar, TODAY).items] == [-40, 5, 20]          # default 30 days
    assert [i.days_left for i in my_work(registrar, TODAY, horizon=7).items] == [-40, 5]   # overdue always shown
    assert [i.days_left for i in my_work(registrar, TODAY, horizon=90).items] == [-40, 5, 20, 60]
    assert my_work(registrar, TODAY, horizon=1000).horizon == 30  # only the offered choices


def test_my_work_assigned_cases_and_the_jurisdiction(citizen, sonitpur, arcs_officer):
    inspector = make_officer("inspector.sonitpur", Rank.INSPECTOR, ["SNT"])
    application_due(citizen, sonitpur, _in(3), name="Assigned Weavers Co-operative Society Ltd",
                    assigned_officer=inspector)
    application_due(citizen, sonitpur, _in(4), name="Unassigned Fishery Co-operative Society Ltd")
    [item] = my_work(inspector, TODAY).items  # below the ARCS: only what is assigned
    assert item.subject.endswith("Assigned Weavers Co-operative Society Ltd") and item.assigned
    arcs_items = my_work(arcs_officer, TODAY).items  # the ARCS: everything in the district
    assert [i.assigned for i in arcs_items] == [False, False]
    assert len(arcs_items) == 2


def test_my_work_another_districts_officer_does_not_see_it(citizen, sonitpur, other_district_officer):
    kamrup_inspector = make_officer("inspector.kamrup", Rank.INSPECTOR, ["KMR"])
    application_due(citizen, sonitpur, _in(3), assigned_officer=kamrup_inspector)
    appointment_due(sonitpur, other_district_officer, _in(-100))
    assert my_work(other_district_officer, TODAY).items == []
    assert my_work(kamrup_inspector, TODAY).items == []  # assigned, but outside the inspector's districts


def test_my_work_page_shows_days_left_rule_section_and_link(client, citizen, sonitpur, arcs_officer):
    application = application_due(citizen, sonitpur, _in(-2), name="Jamuguri Tea Growers Co-operative Society Ltd")
    client.force_login(arcs_officer)
    page = client.get(reverse("my_work")).content.decode()
    assert "Jamuguri Tea Growers Co-operative Society Ltd" in page
    assert "2 days overdue" in page and "registration_deemed_60d" in page and "11 proviso" in page
    assert reverse("office_application_detail", args=[application.pk]) in page


def test_office_home_links_my_work(client, arcs_officer):
    client.force_login(arcs_officer)
    assert f'href="{reverse("my_work")}"' in client.get(reverse("office_home")).content.decode()


def _queries(client, user, url):
    client.force_login(user)
    client.get(url)  # warm the session and caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("officer", ["arcs_officer", "registrar"])
def test_my_work_query_count_does_not_grow_with_rows(client, citizen, sonitpur, officer, request):
    user = request.getfixturevalue(officer)
    counts = []
    url = reverse("my_work") + "?horizon=90"
    for size in (5, 40):
        for n in range(size - (counts and 5 or 0)):
            application_due(citizen, sonitpur, _in(n % 50 - 10), assigned_officer=user)
            appointment_due(sonitpur, user, _in(-200 - n))
        counts.append(_queries(client, user, url))
    assert counts[0] == counts[1]
