"""Office reports (issue 13 point 6): figures computed by an aggregate query, each beside the list it summarises.

A report is declared once and registered (`register`, in the owning app's AppConfig.ready); the report pages
(/office/reports/, /office/reports/<slug>/) render every declared report the officer may see, with the figures as
links to their lists, a bar chart of them (static/vendor/uplot, ADR 0034) and a CSV.

Two pieces of code per figure, on purpose:
- the report's `aggregate(user, today, params)` counts every figure of the report at once (one query where the
  figures come from one table), returning {figure key: number};
- each figure's `rows(user, today, params)` returns the list that figure summarises, written apart from the
  aggregate: normally the very selector the list page uses, so the figure and the page cannot drift apart.

tests/reports_support.assert_figures_match_lists checks, for every figure, that the aggregate equals the length
of its rows AND that the list page at the figure's URL shows that many rows. Jurisdiction: both the aggregate and
the rows filter with registrar.selectors.in_jurisdiction, so an ARCS's figures are their districts' figures.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.urls import reverse

TONES = ("neutral", "good", "warn", "bad")


@dataclass(frozen=True)
class Figure:
    key: str  # unique within the report; the aggregate's dict key and the CSV's first column
    label: object  # a (lazy) translated string
    rows: Callable  # (user, today, params) -> queryset or list: the list this figure summarises
    url_name: str  # the list page
    query: Mapping[str, object] = field(default_factory=dict)  # its filters, in the query string
    tone: str = "neutral"
    group: object = ""  # a heading the figure is shown under (a year, "per rule"); "" for none
    short: object = ""  # the chart's label for the bar when the label is long (a rule id); the label otherwise

    def __post_init__(self):
        if self.tone not in TONES:
            raise ValueError(f"figure tone must be one of {TONES}, not {self.tone!r}")

    @property
    def url(self) -> str:
        base = reverse(self.url_name)
        return f"{base}?{urlencode(self.query)}" if self.query else base

    def count_rows(self, user, today: date, params: Mapping) -> int:
        rows = self.rows(user, today, params)
        return rows.count() if isinstance(rows, QuerySet) else len(list(rows))


def _no_params(get: Mapping, today: date) -> dict:
    return {}


@dataclass(frozen=True)
class Report:
    slug: str
    title: object
    group: str  # one of registrar.dashboard.NAV_GROUPS: where the report sits on the index
    description: object
    figures: Callable  # (today, params) -> list[Figure] (a report's figures may depend on the date: its years)
    aggregate: Callable  # (user, today, params) -> {figure key: int}
    # (request.GET, today) -> params (validated filters of the report itself, e.g. a year); none by default.
    params: Callable = _no_params
    # Who may see it: any active officer (the figures are of their jurisdiction); `act` narrows it to the ranks
    # of one registrar.capabilities.Act.
    act: object = None
    chart_label: object = ""  # the y-axis of the chart ("societies", "financial years")

    def __post_init__(self):
        from registrar.dashboard import NAV_GROUPS

        if self.group not in NAV_GROUPS:
            raise ValueError(f"report group must be one of {NAV_GROUPS}, not {self.group!r}")

    def visible_to(self, user) -> bool:
        from registrar.capabilities import rank_may
        from registrar.selectors import officer_for

        if officer_for(user) is None:
            return False
        return self.act is None or rank_may(user, self.act)

    def compute(self, user, today: date, params: Mapping) -> list[tuple[Figure, int]]:
        """Every figure with its number, in declaration order. A figure the aggregate forgot is an error."""
        figures = self.figures(today, params)
        values = self.aggregate(user, today, params)
        missing = [f.key for f in figures if f.key not in values]
        if missing:
            raise KeyError(f"report {self.slug!r}: the aggregate has no value for {missing}")
        return [(f, int(values[f.key] or 0)) for f in figures]


_REPORTS: dict[str, Report] = {}


def register(report: Report) -> Report:
    """Declare a report (idempotent per slug: AppConfig.ready may run twice in tests)."""
    existing = _REPORTS.get(report.slug)
    if existing is not None and existing is not report and existing.title != report.title:
        raise ValueError(f"two reports declare the slug {report.slug!r}")
    _REPORTS[report.slug] = report
    return report


def declared() -> list[Report]:
    return list(_REPORTS.values())


def get(slug: str) -> Report | None:
    return _REPORTS.get(slug)


def counts_by(rows: Iterable[Mapping], key: str, value: str = "n") -> dict:
    """{row[key]: row[value]} for a grouped values().annotate() query."""
    return {row[key]: row[value] for row in rows}
