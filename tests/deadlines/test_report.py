"""The deadlines board on the reports frame: its counts are figures that link to the board filtered."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from registrar import reports
from tests.deadlines.helpers import make_open_application, received_for_last_day
from tests.reports_support import assert_figures_match_lists

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 1)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)


def _due_in(citizen, district, days, name=""):
    return make_open_application(citizen, district, received_on=received_for_last_day(TODAY + timedelta(days=days)),
                                 name=name)


def test_board_filters_due_within_7_days(client, citizen, sonitpur, arcs_officer):
    _due_in(citizen, sonitpur, 7, name="Seven Days Co-operative Society Limited")
    _due_in(citizen, sonitpur, 8, name="Eight Days Co-operative Society Limited")
    _due_in(citizen, sonitpur, -1, name="Overdue Co-operative Society Limited")
    client.force_login(arcs_officer)
    page = client.get(reverse("deadlines_board"), {"state": "due", "within": "7"}).content.decode()
    assert "Seven Days" in page and "Eight Days" not in page and "Overdue Co-operative" not in page
    assert '<option value="7" selected>' in page
    ignored = client.get(reverse("deadlines_board"), {"within": "12"}).content.decode()
    assert "Eight Days" in ignored  # only the offered periods filter; anything else is ignored


def test_board_declared_rule_without_rows_shows_none(client, citizen, sonitpur, arcs_officer):
    _due_in(citizen, sonitpur, 5, name="Due Soon Co-operative Society Limited")
    client.force_login(arcs_officer)
    response = client.get(reverse("deadlines_board"), {"rule": "annual_returns_30d"})
    # The report links every declared rule; before, a rule with no row was ignored and the board showed all.
    assert response.context["count"] == 0 and "Due Soon" not in response.content.decode()
    assert '<option value="annual_returns_30d" selected>' in response.content.decode()


def test_deadlines_report_figures_match_the_board(client, citizen, sonitpur, kamrup, arcs_officer, registrar):
    for days in (-10, -1, 0, 6, 7, 8, 29, 30, 31):
        _due_in(citizen, sonitpur, days)
    _due_in(citizen, kamrup, 3)
    report = reports.get("deadlines")
    values = {f.key: v for f, v in report.compute(arcs_officer, TODAY, {})}
    assert (values["overdue"], values["due_7"], values["due_30"]) == (2, 3, 6)
    assert values["rule:registration_deemed_60d"] == 8 and values["rule:annual_returns_30d"] == 0
    assert_figures_match_lists(report, arcs_officer, TODAY)
    assert_figures_match_lists(report, registrar, TODAY)


def test_board_links_to_its_report(client, arcs_officer):
    client.force_login(arcs_officer)
    assert reverse("report_detail", args=["deadlines"]) in client.get(reverse("deadlines_board")).content.decode()
