"""The public bye-laws of a society (no login), under its public token like the compliance card: the bye-laws in
force today, clause by clause under the Schedule B headings, every earlier version with the date it took effect,
and a consolidated PDF as in force on any date."""

from django.shortcuts import get_object_or_404, render

from registrar import clock
from societies.models import Society

from .. import documents, selectors
from ..schedule_b import Heading
from .common import parse_day, pdf_response


def _grouped(version):
    if version is None:
        return []
    clauses = list(version.clauses.all())
    return [(Heading(code).label, items) for code in Heading.values
            if (items := [c for c in clauses if c.heading == code])]


def public_bylaws(request, token):
    society = get_object_or_404(Society.objects.select_related("district"), public_token=token)
    today = clock.today()
    versions = list(selectors.versions_of(society))
    current = next((v for v in versions if v.effective_from <= today), None)
    return render(request, "bylaws/public/bylaws.html", {
        "society": society, "today": today, "current": current, "headings": _grouped(current),
        "versions": versions})


def public_bylaws_pdf(request, token):
    society = get_object_or_404(Society.objects.select_related("district"), public_token=token)
    on = parse_day(request.GET.get("on")) or clock.today()
    return pdf_response(documents.consolidated_pdf(society, on), documents.filename(society, f"{on:%Y-%m-%d}"))
