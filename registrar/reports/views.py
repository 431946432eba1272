"""Office reports (registrar.reports): the index of declared reports and one report's figures, chart and CSV."""

import csv
from itertools import groupby

from django.http import Http404, HttpResponse
from django.shortcuts import render

from registrar import clock, dashboard, reports
from registrar.access import officer_required
from registrar.dashboard import NAV_GROUPS

CSV_HEADER = ["report", "group", "figure", "label", "value", "url"]


def _visible(user) -> list:
    return [r for r in reports.declared() if r.visible_to(user)]


def _group_labels() -> dict:
    """The navigation's names of the office's functions (registrar.dashboard), so a report sits under the same
    heading as the menu it is reached from."""
    labels = getattr(dashboard, "nav_group_labels", None)
    return labels() if labels is not None else {}


@officer_required
def report_index(request):
    found = sorted(_visible(request.user), key=lambda r: (NAV_GROUPS.index(r.group), str(r.title)))
    labels = _group_labels()
    groups = [{"label": labels.get(key, key.capitalize()), "reports": list(items)}
              for key, items in groupby(found, key=lambda r: r.group)]
    return render(request, "registrar/office/reports/index.html", {"groups": groups})


@officer_required
def report_detail(request, slug):
    report = reports.get(slug)
    if report is None or not report.visible_to(request.user):
        raise Http404("No such report.")
    today = clock.today()
    params = report.params(request.GET, today)
    figures = report.compute(request.user, today, params)

    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="report-{report.slug}-{today:%Y-%m-%d}.csv"'
        writer = csv.writer(response)
        writer.writerow(CSV_HEADER)
        for figure, value in figures:
            writer.writerow([report.slug, str(figure.group), figure.key, str(figure.label), value,
                             request.build_absolute_uri(figure.url)])
        return response

    sections = [{"label": label, "figures": [{"figure": f, "value": v} for f, v in items]}
                for label, items in groupby(figures, key=lambda fv: str(fv[0].group))]
    chart = {
        "title": str(report.title), "y": str(report.chart_label),
        "labels": [str(f.short) if f.short else f"{f.group} · {f.label}" if f.group else str(f.label)
                   for f, _v in figures],
        "values": [v for _f, v in figures], "tones": [f.tone for f, _v in figures],
    }
    return render(request, "registrar/office/reports/detail.html", {
        "report": report, "today": today, "sections": sections, "chart": chart,
        "csv_query": "format=csv",
    })
