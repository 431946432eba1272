"""Checks for office reports (registrar.reports): every figure equals its list, and its link shows that list.

`assert_figures_match_lists(report, user, today)` fails, naming each figure that disagrees, unless for every
figure of the report
1. the report's aggregate (the figure's number) equals the number of rows of the figure's list function, and
2. the list page at the figure's URL shows exactly that many rows (every page of a paginated list is read), and
3. the report page shows the number as a link to that URL.
Modules adding a report call it in their tests with real data (tests/reports/test_reports.py shows how).
"""

from unittest import mock

from django.test import Client
from django.urls import reverse
from django.utils.html import escape


def rows_shown(client: Client, url: str) -> int:
    """How many rows the list page at `url` shows: the sum over its pages of the rows on each page (a paginated
    list's `page` in the context), or the board's `count` of rows rendered."""
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    context = response.context
    page = context.get("page") if hasattr(context, "get") else None
    if page is not None and hasattr(page, "paginator"):
        total = len(page.object_list)
        joiner = "&" if "?" in url else "?"
        for number in range(2, page.paginator.num_pages + 1):
            later = client.get(f"{url}{joiner}page={number}")
            assert later.status_code == 200, f"{url} page {number} answered {later.status_code}"
            total += len(later.context["page"].object_list)
        return total
    if "count" in context:
        return int(context["count"])
    raise AssertionError(f"{url}: the list page says neither its page nor its count of rows")


def figure_problems(report, user, today, params=None) -> list[str]:
    params = params or {}
    client = Client()
    client.force_login(user)
    problems = []
    # The list pages and the report page take today from registrar.clock: the same day as the aggregate.
    with mock.patch("registrar.clock.today", return_value=today):
        computed = report.compute(user, today, params)
        assert computed, f"report {report.slug!r} has no figures"
        for figure, value in computed:
            listed = figure.count_rows(user, today, params)
            shown = rows_shown(client, figure.url)
            if not value == listed == shown:
                problems.append(f"{report.slug} · {figure.key} ({figure.label}): the aggregate says {value}, its "
                                f"list has {listed} rows, {figure.url} shows {shown}")
        page = client.get(reverse("report_detail", args=[report.slug]))
        assert page.status_code == 200, f"the report page answered {page.status_code}"
        html = page.content.decode()
        for figure, value in computed:
            link = f'<a href="{escape(figure.url)}" data-figure="{escape(figure.key)}"><span class="n">{value}</span>'
            if link not in html:
                problems.append(f"{report.slug} · {figure.key}: the report page does not show {value} linked to "
                                f"{figure.url}")
    return problems


def assert_figures_match_lists(report, user, today, params=None) -> None:
    problems = figure_problems(report, user, today, params)
    assert not problems, "figures that do not match their lists:\n" + "\n".join(problems)
