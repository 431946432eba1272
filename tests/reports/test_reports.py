"""Office reports (registrar.reports): figures equal their lists, links, CSV, jurisdiction, query counts.

Real data: the compliance-list spread (tests/gov_card/helpers.build_spread, every compliance state, financial
years filed, due and overdue, Boards with meetings due) and open registration applications, at two sizes.
"""

import csv
import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from registrar import reports
from tests.deadlines.helpers import make_open_application, received_for_last_day
from tests.gov_card.helpers import SPREAD_TODAY, build_spread
from tests.reports_support import assert_figures_match_lists, figure_problems

pytestmark = pytest.mark.django_db

TODAY = SPREAD_TODAY  # 1 Jul 2026


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr("registrar.clock.today", lambda: TODAY)


def _world(citizen, sonitpur, kamrup, officer, copies: int):
    """`copies` societies per compliance scenario in Sonitpur, one set in Kamrup, and applications due, soon
    and overdue in both districts."""
    build_spread(sonitpur, officer, copies=copies)
    build_spread(kamrup, officer, copies=1)
    for i, days in enumerate((-4, 0, 3, 7, 8, 20, 30, 31) * copies):
        make_open_application(citizen, sonitpur, received_on=received_for_last_day(TODAY + timedelta(days=days)),
                              name=f"Borgaon {i} Co-operative Society Limited")
    make_open_application(citizen, kamrup, received_on=received_for_last_day(TODAY + timedelta(days=2)))


def _values(report, user, params=None):
    return {f.key: v for f, v in report.compute(user, TODAY, params or {})}


def test_reports_declared_for_deadlines_returns_and_compliance():
    assert {"deadlines", "annual-returns", "compliance"} <= {r.slug for r in reports.declared()}


@pytest.mark.parametrize("copies", [1, 3])
def test_reports_every_figure_equals_its_list(copies, citizen, sonitpur, kamrup, arcs_officer, registrar):
    _world(citizen, sonitpur, kamrup, arcs_officer, copies)
    for report in reports.declared():
        assert_figures_match_lists(report, arcs_officer, TODAY)
        assert_figures_match_lists(report, registrar, TODAY)


def test_reports_figures_are_real_counts(citizen, sonitpur, kamrup, arcs_officer):
    _world(citizen, sonitpur, kamrup, arcs_officer, 1)
    states = _values(reports.get("compliance"), arcs_officer)
    # build_spread: 4 green, 6 amber, 10 red and 1 grey scenarios (tests/gov_card/helpers.py)
    assert states == {"green": 4, "amber": 6, "red": 10, "grey": 1}
    deadlines = _values(reports.get("deadlines"), arcs_officer)
    assert deadlines["rule:registration_deemed_60d"] == 7  # -4, 0, 3, 7, 8, 20, 30 (31 is beyond the board)
    assert deadlines["overdue"] >= 1 and deadlines["due_7"] >= 3


def test_reports_figures_are_of_the_officers_jurisdiction(citizen, sonitpur, kamrup, arcs_officer,
                                                         other_district_officer, registrar):
    _world(citizen, sonitpur, kamrup, arcs_officer, 2)
    report = reports.get("compliance")
    sonitpur_n = sum(_values(report, arcs_officer).values())
    kamrup_n = sum(_values(report, other_district_officer).values())
    assert (sonitpur_n, kamrup_n) == (2 * 21, 21)
    assert sum(_values(report, registrar).values()) == 3 * 21


def test_reports_helper_fails_on_a_wrong_aggregate(citizen, sonitpur, kamrup, arcs_officer):
    _world(citizen, sonitpur, kamrup, arcs_officer, 1)
    right = reports.get("compliance")

    def off_by_one(user, today, params):
        values = right.aggregate(user, today, params)
        return {**values, "red": values["red"] + 1}

    problems = figure_problems(replace(right, aggregate=off_by_one), arcs_officer, TODAY)
    assert problems[0] == ("compliance · red (Action needed): the aggregate says 11, its list has 10 rows, "
                           "/office/societies/?state=red shows 10")
    with pytest.raises(AssertionError, match="figures that do not match their lists"):
        assert_figures_match_lists(replace(right, aggregate=off_by_one), arcs_officer, TODAY)


def test_reports_helper_fails_on_a_link_to_another_list(citizen, sonitpur, kamrup, arcs_officer):
    _world(citizen, sonitpur, kamrup, arcs_officer, 1)
    right = reports.get("compliance")

    def amber_links_to_red(today, params):
        return [replace(f, query={"state": "red"}) if f.key == "amber" else f for f in right.figures(today, params)]

    problems = figure_problems(replace(right, figures=amber_links_to_red), arcs_officer, TODAY)
    assert problems[0] == ("compliance · amber (Needs attention): the aggregate says 6, its list has 6 rows, "
                           "/office/societies/?state=red shows 10")


def test_report_detail_shows_figures_as_links_chart_data_and_table(client, citizen, sonitpur, kamrup, arcs_officer):
    _world(citizen, sonitpur, kamrup, arcs_officer, 1)
    client.force_login(arcs_officer)
    html = client.get(reverse("report_detail", args=["annual-returns"])).content.decode()
    # The spread's first years (ended 31 Mar 2025) were filed in time; one scenario left one unfiled.
    assert '<a href="/office/returns/?year=2025&amp;status=filed" data-figure="2025-filed"><span class="n">20</span>' \
        in html
    assert '<a href="/office/returns/?year=2025&amp;status=overdue" data-figure="2025-overdue"><span class="n">1</span>' \
        in html
    assert '<script id="report-chart-data" type="application/json">' in html
    assert "vendor/uplot/uPlot.iife.min.js" in html and "js/report-chart.js" in html
    assert '<td class="num">20</td>' in html  # the table: the figures without JavaScript


def test_report_detail_csv(client, citizen, sonitpur, kamrup, arcs_officer):
    _world(citizen, sonitpur, kamrup, arcs_officer, 1)
    client.force_login(arcs_officer)
    response = client.get(reverse("report_detail", args=["compliance"]), {"format": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="report-compliance-2026-07-01.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["report", "group", "figure", "label", "value", "url"],
        ["compliance", "", "green", "In order", "4", "http://testserver/office/societies/?state=green"],
        ["compliance", "", "amber", "Needs attention", "6", "http://testserver/office/societies/?state=amber"],
        ["compliance", "", "red", "Action needed", "10", "http://testserver/office/societies/?state=red"],
        ["compliance", "", "grey", "Not under supervision", "1", "http://testserver/office/societies/?state=grey"],
    ]


def test_report_detail_unknown_slug_is_404(client, arcs_officer):
    client.force_login(arcs_officer)
    assert client.get(reverse("report_detail", args=["no-such-report"])).status_code == 404


def test_report_index_lists_every_declared_report(client, arcs_officer):
    client.force_login(arcs_officer)
    html = client.get(reverse("report_index")).content.decode()
    for report in reports.declared():
        assert reverse("report_detail", args=[report.slug]) in html and str(report.title) in html


def test_report_index_in_the_office_navigation(client, arcs_officer):
    client.force_login(arcs_officer)
    assert reverse("report_index") in client.get(reverse("office_home")).content.decode()


def test_report_detail_in_assamese(client, arcs_officer):
    client.force_login(arcs_officer)
    client.cookies["django_language"] = "as"
    html = client.get(reverse("report_detail", args=["compliance"])).content.decode()
    assert "অনুপালনৰ অৱস্থা অনুসৰি সমিতি" in html and "তালিকা খোলক" in html and "Open the list" not in html
    index = client.get(reverse("report_index")).content.decode()
    assert "<h1>প্ৰতিবেদন</h1>" in index and "বছৰ অনুসৰি বাৰ্ষিক বিৱৰণী" in index


@pytest.mark.parametrize("slug", ["deadlines", "annual-returns", "compliance"])
def test_report_detail_query_count_constant_in_rows(slug, client, citizen, sonitpur, kamrup, arcs_officer):
    client.force_login(arcs_officer)
    url = reverse("report_detail", args=[slug])
    client.get(url)  # the session and the officer's districts are read the same way each time
    counts = []
    for copies in (1, 3):
        _world(citizen, sonitpur, kamrup, arcs_officer, copies)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_report_figure_tone_and_group_are_checked():
    with pytest.raises(ValueError, match="tone"):
        reports.Figure("x", "X", lambda u, t, p: [], "report_index", tone="purple")
    with pytest.raises(ValueError, match="group"):
        replace(reports.get("compliance"), group="nowhere")


def test_report_compute_refuses_a_figure_without_value(arcs_officer):
    broken = replace(reports.get("compliance"), aggregate=lambda user, today, params: {"green": 1})
    with pytest.raises(KeyError, match="amber"):
        broken.compute(arcs_officer, date(2026, 7, 1), {})
