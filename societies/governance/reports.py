"""Supervision's office reports (registrar.reports): annual returns by year, and societies by compliance state.

Each figure's rows are the list page's own list function (views/returns_office.return_year_list,
views/society.society_list); the aggregates are separate queries, one per report.
"""

from datetime import date
from functools import partial

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from registrar.reports import Figure, Report, counts_by, register
from registrar.selectors import in_jurisdiction
from societies.models import Society

from . import compliance, compliance_list
from .models import FinancialYear
from .services import returns as returns_services

YEARS = 3  # the latest ended financial years shown, newest first
RETURN_TONES = {returns_services.FILED: "good", returns_services.DUE: "warn", returns_services.OVERDUE: "bad"}
STATE_TONES = {compliance.GREEN: "good", compliance.AMBER: "warn", compliance.RED: "bad", compliance.GREY: "neutral"}


# ---- annual returns by year (s.129) --------------------------------------------------------------------------

def _return_years(today: date) -> list[int]:
    from .views.returns_office import default_year

    latest = default_year(today)
    return [latest - i for i in range(YEARS)]


def _return_rows(user, today: date, params, *, year: int, status: str):
    from .views.returns_office import return_year_list

    return return_year_list(user, year, status, today)


def return_figures(today: date, params) -> list[Figure]:
    return [
        Figure(f"{year}-{status}", returns_services.STATUS_LABELS[status],
               partial(_return_rows, year=year, status=status), "office_returns",
               {"year": year, "status": status}, tone=RETURN_TONES[status], group=year)
        for year in _return_years(today)
        for status in (returns_services.FILED, returns_services.DUE, returns_services.OVERDUE)
    ]


def return_aggregate(user, today: date, params) -> dict[str, int]:
    years = _return_years(today)
    unfiled = Q(returns_filed_on__isnull=True)
    conditions = {returns_services.FILED: Q(returns_filed_on__isnull=False),
                  returns_services.DUE: unfiled & Q(returns_last_day__gte=today),
                  returns_services.OVERDUE: unfiled & Q(returns_last_day__lt=today)}
    qs = in_jurisdiction(FinancialYear.objects.filter(ends_on__year__in=years), user, "society__district")
    return qs.aggregate(**{f"{year}-{status}": Count("pk", filter=Q(ends_on__year=year) & condition)
                           for year in years for status, condition in conditions.items()})


ANNUAL_RETURNS = register(Report(
    slug="annual-returns", title=_("Annual returns by year"), group="societies",
    description=_("Financial years of the societies in your jurisdiction, by the year they end in: returns filed, "
                  "due and overdue under section 129(1). Each figure opens the annual returns list filtered."),
    figures=return_figures, aggregate=return_aggregate, chart_label=_("financial years"),
))


# ---- societies by compliance state ------------------------------------------------------------------------------

def _state_rows(user, today: date, params, *, state: str):
    from .views.society import society_list

    return society_list(user, today, state=state)


def state_figures(today: date, params) -> list[Figure]:
    return [Figure(state, compliance.STATE_LABELS[state], partial(_state_rows, state=state), "office_societies",
                   {"state": state}, tone=STATE_TONES[state])
            for state in (*compliance.STATES, compliance.GREY)]


def state_aggregate(user, today: date, params) -> dict[str, int]:
    """One grouped query: the one status per society (compliance_list.compliance_states), counted per state."""
    societies = in_jurisdiction(Society.objects.all(), user)
    found = counts_by(compliance_list.compliance_states(societies, today).order_by()
                      .values("compliance_state").annotate(n=Count("pk")), "compliance_state")
    return {state: found.get(state, 0) for state in (*compliance.STATES, compliance.GREY)}


COMPLIANCE = register(Report(
    slug="compliance", title=_("Societies by compliance state"), group="societies",
    description=_("Every registered society in your jurisdiction by its compliance state today (the state shown "
                  "in the societies list and on each society's card). Each figure opens the list filtered."),
    figures=state_figures, aggregate=state_aggregate, chart_label=_("societies"),
))
