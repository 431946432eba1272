"""The deadlines board: jurisdiction, filters, CSV and query counts."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse

from registrar.deadlines import deadlines_for_officer
from societies.models import AppState
from tests.deadlines.helpers import make_open_application, received_for_last_day

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 1)
SONITPUR_NAME = "Jamuguri Tea Growers Co-operative Society Limited"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)


def _due_in(citizen, district, days, **extra):
    return make_open_application(citizen, district, received_on=received_for_last_day(TODAY + timedelta(days=days)),
                                 **extra)


def test_deadlines_for_officer_includes_overdue_and_horizon_only(citizen, sonitpur, arcs_officer):
    soon = _due_in(citizen, sonitpur, 5)
    overdue = _due_in(citizen, sonitpur, -3)
    _due_in(citizen, sonitpur, 31)  # beyond the 30-day horizon
    _due_in(citizen, sonitpur, 2, state=AppState.REFUSED)  # decided: no clock
    found = deadlines_for_officer(arcs_officer, TODAY)
    assert [d.last_day for d in found] == [overdue.decision_due_on, soon.decision_due_on]
    first = found[0]
    assert (first.rule_id, first.section) == ("registration_deemed_60d", "11 proviso")
    assert first.consequence == "society deemed to be registered under the Act"
    assert first.district_name == "Sonitpur"
    assert first.url == reverse("office_application_detail", args=[overdue.pk])


def test_board_shows_sonitpur_application_only_to_sonitpur_officer(
        client, citizen, sonitpur, arcs_officer, other_district_officer):
    _due_in(citizen, sonitpur, 5, name=SONITPUR_NAME)
    client.force_login(arcs_officer)
    page = client.get(reverse("deadlines_board")).content.decode()
    assert SONITPUR_NAME in page
    assert "registration_deemed_60d" in page and "11 proviso" in page
    assert 'title="registration_deemed_60d: “the society shall be deemed to have been registered' in page
    assert "5 days left" in page
    client.force_login(other_district_officer)
    assert SONITPUR_NAME not in client.get(reverse("deadlines_board")).content.decode()


def test_board_registrar_sees_every_district(client, citizen, sonitpur, kamrup, registrar):
    _due_in(citizen, sonitpur, 5, name=SONITPUR_NAME)
    _due_in(citizen, kamrup, 6, name="Kamrup Weavers Co-operative Society Limited")
    client.force_login(registrar)
    page = client.get(reverse("deadlines_board")).content.decode()
    assert SONITPUR_NAME in page and "Kamrup Weavers" in page


def test_board_filters_by_state(client, citizen, sonitpur, arcs_officer):
    _due_in(citizen, sonitpur, 5, name="Due Soon Co-operative Society Limited")
    _due_in(citizen, sonitpur, -2, name="Overdue Co-operative Society Limited")
    client.force_login(arcs_officer)
    overdue = client.get(reverse("deadlines_board"), {"state": "overdue"}).content.decode()
    assert "Overdue Co-operative" in overdue and "Due Soon" not in overdue and "2 days overdue" in overdue
    due = client.get(reverse("deadlines_board"), {"state": "due"}).content.decode()
    assert "Due Soon" in due and "Overdue Co-operative" not in due
    unknown_rule = client.get(reverse("deadlines_board"), {"rule": "no_such_rule"}).content.decode()
    assert "Due Soon" in unknown_rule  # an unknown rule is ignored, not an error


def test_board_csv_download(client, citizen, sonitpur, kamrup, arcs_officer):
    app = _due_in(citizen, sonitpur, 5, name=SONITPUR_NAME)
    _due_in(citizen, sonitpur, 9, name="=HYPERLINK(\"http://evil\") Co-operative Society Limited")
    _due_in(citizen, kamrup, 5, name="Kamrup Weavers Co-operative Society Limited")
    client.force_login(arcs_officer)
    response = client.get(reverse("deadlines_board"), {"format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="deadlines-2026-03-01.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["rule_id", "section", "last_day", "days_left", "state", "consequence", "subject",
                       "district", "url", "period"]
    assert len(rows) == 3
    assert rows[1][:5] == ["registration_deemed_60d", "11 proviso", "2026-03-06", "5", "due"]
    assert rows[1][6] == f"{app.acknowledgement_number} · {SONITPUR_NAME}"
    assert rows[1][8] == f"http://testserver/office/applications/{app.pk}/"
    assert rows[1][9] == "statute"  # the Act fixes the 60 days (an officer's order or a service target otherwise)
    assert rows[2][6].startswith("SNT/")  # the formula-looking name is not the first character of the cell
    assert "Kamrup" not in response.content.decode()


def test_board_csv_sorted_latest_first(client, citizen, sonitpur, arcs_officer):
    _due_in(citizen, sonitpur, 5)
    _due_in(citizen, sonitpur, -1)
    client.force_login(arcs_officer)
    rows = list(csv.reader(io.StringIO(
        client.get(reverse("deadlines_board"), {"format": "csv", "sort": "-last_day"}).content.decode())))
    assert [r[2] for r in rows[1:]] == ["2026-03-06", "2026-02-28"]


def test_board_nav_entry(client, arcs_officer):
    client.force_login(arcs_officer)
    page = client.get(reverse("office_home")).content.decode()
    assert reverse("deadlines_board") in page


@pytest.mark.parametrize("size", [2, 40])
def test_board_query_count_does_not_grow(client, citizen, sonitpur, arcs_officer, size,
                                         django_assert_max_num_queries):
    for i in range(size):
        _due_in(citizen, sonitpur, i % 30)
    client.force_login(arcs_officer)
    from registrar.clocks import declared

    # session, user, officer, districts, nav, and one query per declared clock whatever the number of rows
    with django_assert_max_num_queries(5 + len(declared())):
        response = client.get(reverse("deadlines_board"))
    assert response.content.decode().count("days left") + response.content.decode().count("day left") >= size



def test_board_in_assamese_puts_a_space_between_dhara_and_the_section(client, citizen, sonitpur, arcs_officer):
    import re

    _due_in(citizen, sonitpur, 5, name=SONITPUR_NAME)
    client.force_login(arcs_officer)
    client.cookies["django_language"] = "as"
    page = client.get(reverse("deadlines_board")).content.decode()
    assert re.search(r">ধাৰা [0-9০-৯]+ proviso</abbr>", page), re.findall(r"ধাৰা.{0,14}", page)
