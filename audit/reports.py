"""The audit dashboard on the reports frame (registrar.reports; issue 18 point 7): for an audit year, in the
officer's jurisdiction (statewide for the Directorate) or one district, the audits due, open, allotted, in
progress, completed, reports late, overdue past six months, and the reported audits by class.

Two pieces of code per figure, on purpose: `audit_aggregate` counts every figure in ONE query (conditional
counts over the year's audits); each figure's rows are audit.selectors.audit_list_for_officer, the list page's
own function (audit.views.office.audit_list), so a figure and its list cannot drift apart silently.
"""

from datetime import date
from functools import partial

from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _

from registrar.reports import Figure, Report, register

from . import rules, selectors
from .models import AuditStatus
from .models.audit import NOT_COMPLETE

LABELS = {
    "due": _("Due for audit"), "open": _("Not allotted"), "allotted": _("Allotted"),
    "in_progress": _("In progress"), "completed": _("Completed"), "reports_late": _("Reports late"),
    "overdue": _("Overdue past six months"),
}
TONES = {"completed": "good", "reports_late": "warn", "overdue": "bad", "open": "warn"}
CLASS_LABEL = _("Class %(class)s")


def classes() -> tuple[str, ...]:
    """The department's classes (the bands the audit work configures), A-D by default."""
    try:
        from .models import AuditClassBand
    except ImportError:  # the audit work's bands have not landed in this checkout
        return selectors.DEFAULT_CLASSES
    found = tuple(AuditClassBand.objects.order_by("label").values_list("label", flat=True).distinct())
    return found or selectors.DEFAULT_CLASSES


def audit_params(get, today: date) -> dict:
    """?year=2025 (the audit year: accounts of years ending 1 Apr 2025 - 31 Mar 2026) and ?district=<id>."""
    params = {"year": selectors.default_year(today)}
    try:
        year = int(get.get("year", ""))
        if 2007 <= year <= today.year:
            params["year"] = year
    except ValueError:
        pass
    try:
        params["district"] = int(get.get("district", "")) or None
    except ValueError:
        params["district"] = None
    return params


def _year(params, today: date) -> int:
    """The params' audit year; the default year when the frame computes the report without params."""
    return params.get("year") or selectors.default_year(today)


def _rows(user, today, params, *, name: str):
    return selectors.audit_list_for_officer(user, today, year=_year(params, today), filter=name,
                                            district_id=params.get("district"))


def audit_figures(today: date, params) -> list[Figure]:
    year = _year(params, today)
    group = f"{year}-{(year + 1) % 100:02d}"
    query = {"year": year, **({"district": params["district"]} if params.get("district") else {})}
    figures = [Figure(name, LABELS[name], partial(_rows, name=name), "audit_office_list",
                      {**query, "filter": name}, tone=TONES.get(name, "neutral"), group=group)
               for name in selectors.FILTERS]
    figures += [Figure(f"class_{c}", CLASS_LABEL % {"class": c}, partial(_rows, name=f"class_{c}"),
                       "audit_office_list", {**query, "filter": f"class_{c}"}, group=_("Reported, by class"))
                for c in classes()]
    return figures


def aggregate_conditions(today: date) -> dict[str, Q]:
    """The figures' conditions as the aggregate counts them (written apart from selectors.filter_q)."""
    done = (AuditStatus.COMPLETED, AuditStatus.REPORTED)
    conditions = {
        "due": Q(pk__isnull=False),
        "open": Q(status="open"),
        "allotted": Q(status="allotted"),
        "in_progress": Q(status="in_progress"),
        "completed": Q(status__in=done),
        "reports_late": (Q(status="completed") & Q(report_due_on__lt=today))
        | (Q(status="reported") & Q(reported_on__gt=F("report_due_on"))),
        "overdue": Q(status__in=NOT_COMPLETE) & Q(due_on__lt=today),
    }
    for c in classes():
        conditions[f"class_{c}"] = Q(status="reported", report__audit_class=c)
    return conditions


def year_audits(user, year: int, district_id=None):
    from .permissions import office_audits

    start, end = rules.audit_year_bounds(year)
    audits = office_audits(user).filter(fy_end__gte=start, fy_end__lte=end)
    return audits.filter(society__district_id=district_id) if district_id else audits


def audit_aggregate(user, today: date, params) -> dict[str, int]:
    audits = year_audits(user, _year(params, today), params.get("district"))
    return audits.aggregate(**{key: Count("pk", filter=q) for key, q in aggregate_conditions(today).items()})


def per_district(user, today: date, year: int) -> list[dict]:
    """The same figures per district (one grouped query), for the dashboard's table; the share audited is
    completed / due."""
    rows = (year_audits(user, year).order_by().values("society__district_id", "society__district__name")
            .annotate(**{key: Count("pk", filter=q) for key, q in aggregate_conditions(today).items()})
            .order_by("society__district__name"))
    out = []
    for row in rows:
        row["share"] = round(100 * row["completed"] / row["due"]) if row["due"] else 0
        out.append(row)
    return out


AUDIT_DASHBOARD = register(Report(
    slug="audit", title=_("Statutory audit of accounts"), group="audit",
    description=_("The audits of one audit year (accounts of the years ending 1 April to 31 March) in your "
                  "jurisdiction: due, allotted, in progress, completed, reports late (s.84: 14 days), overdue "
                  "past six months from the year end (s.81(5)), and the reported audits by class. Each figure "
                  "opens the list of audits it counts."),
    figures=audit_figures, aggregate=audit_aggregate, params=audit_params, chart_label=_("audits"),
))
