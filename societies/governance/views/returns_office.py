"""The ARCS's annual returns under /office/returns/: filed, due and overdue by year; notices to defaulters."""

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.selectors import in_jurisdiction, officer_for

from .. import documents
from ..models import AnnualReturn, FinancialYear
from ..services import returns as services

PAGE_SIZE = 25
NOTHING_SELECTED = _("Select at least one society whose return is overdue, or choose \"all overdue in this list\".")
NONE_OVERDUE = _("None of the selected societies has an overdue return today; no notice was issued.")
STATUSES = (services.FILED, services.DUE, services.OVERDUE)


def default_year(today: date) -> int:
    """The latest ended financial year, by the year it ends in (31 March, lifecycles.md §15 item 17)."""
    return today.year if today > date(today.year, 3, 31) else today.year - 1


def _filters(request, today: date) -> tuple[int, str]:
    source = request.POST if request.method == "POST" else request.GET
    try:
        year = int(source.get("year") or default_year(today))
    except ValueError:
        year = default_year(today)
    if not 1900 < year < 2200:
        year = default_year(today)
    status = source.get("status") or ""
    return year, status if status in STATUSES else ""


def return_year_list(user, year: int, status: str, today: date):
    """Financial years ending in `year` of societies in the officer's jurisdiction; filtered by status (this
    page's list, and the rows of the annual returns report's figures: societies/governance/reports.py)."""
    qs = in_jurisdiction(FinancialYear.objects.filter(ends_on__year=year), user, "society__district")
    if status == services.FILED:
        qs = qs.filter(returns_filed_on__isnull=False)
    elif status == services.DUE:
        qs = qs.filter(returns_filed_on__isnull=True, returns_last_day__gte=today)
    elif status == services.OVERDUE:
        qs = qs.filter(returns_filed_on__isnull=True, returns_last_day__lt=today)
    return qs


@officer_required
def office_returns(request):
    today = clock.today()
    year, status = _filters(request, today)
    base = return_year_list(request.user, year, "", today)
    counts = base.aggregate(
        filed=Count("pk", filter=Q(returns_filed_on__isnull=False)),
        due=Count("pk", filter=Q(returns_filed_on__isnull=True, returns_last_day__gte=today)),
        overdue=Count("pk", filter=Q(returns_filed_on__isnull=True, returns_last_day__lt=today)))
    latest = AnnualReturn.objects.filter(financial_year=OuterRef("pk"), state=AnnualReturn.State.FILED) \
        .order_by("-version")
    rows_qs = (return_year_list(request.user, year, status, today).select_related("society__district")
               .annotate(ack=Subquery(latest.values("acknowledgement_number")[:1]),
                         version=Subquery(latest.values("version")[:1]))
               .order_by("returns_last_day", "society__name", "pk"))
    page = Paginator(rows_qs, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(fy, services.year_return_status(fy, today)) for fy in page]
    query = {"year": year, **({"status": status} if status else {})}
    cards = [{"title": services.STATUS_LABELS[key], "count": counts[key],
              "tone": {"filed": "good", "due": "warn", "overdue": "bad"}[key],
              "url": "?" + urlencode({"year": year, "status": key})} for key in STATUSES]
    return render(request, "governance/returns/office_list.html", {
        "page": page, "rows": rows, "year": year, "status": status, "today": today, "cards": cards,
        "labels": services.STATUS_LABELS, "statuses": [(s, services.STATUS_LABELS[s]) for s in STATUSES],
        "years": range(default_year(today) + 1, default_year(today) - 6, -1),
        "query_string": urlencode(query), "overdue_in_list": counts["overdue"] if status in ("", "overdue") else 0,
    })


@officer_required
def office_returns_notices(request):
    """POST: one PDF of notices, one page per defaulting society; each notice logged and sent to the inbox."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    today = clock.today()
    year, status = _filters(request, today)
    back = reverse("office_returns") + "?" + urlencode({"year": year, **({"status": status} if status else {})})
    overdue = return_year_list(request.user, year, services.OVERDUE, today).select_related("society__district")
    if request.POST.get("all_overdue"):
        chosen = list(overdue.order_by("society__name", "pk"))
    else:
        ids = [int(v) for v in request.POST.getlist("fy") if v.isdigit()]
        if not ids:
            messages.error(request, NOTHING_SELECTED)
            return redirect(back)
        # Only overdue years within the jurisdiction: anything else in the POST is ignored, never noticed.
        chosen = list(overdue.filter(pk__in=ids).order_by("society__name", "pk"))
    if not chosen:
        messages.error(request, NONE_OVERDUE)
        return redirect(back)
    officer = officer_for(request.user)
    office = officer.office
    try:
        with transaction.atomic():
            years = services.returns_notices_issue(actor=request.user, financial_years=chosen, today=today,
                                                   office_name=office.name)
            pdf = documents.defaulter_notices_pdf(years, officer=officer, today=today)
    except (ValidationError, PermissionDenied) as exc:
        for message in getattr(exc, "messages", [str(exc)]):
            messages.error(request, message)
        return redirect(back)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="return-notices-{year}-{today:%Y%m%d}.pdf"'
    return response


@officer_required
def office_return_detail(request, fy_pk):
    """Every version of one society's return for one year, as the office sees it."""
    year = get_for_officer(FinancialYear.objects.select_related("society__district"), request.user,
                           "society__district", pk=fy_pk)
    today = clock.today()
    versions = list(AnnualReturn.objects.filter(financial_year=year, state=AnnualReturn.State.FILED)
                    .select_related("filed_by", "corrects").order_by("version"))
    return render(request, "governance/returns/office_detail.html", {
        "year": year, "society": year.society, "versions": versions, "today": today,
        "status": services.year_return_status(year, today), "labels": services.STATUS_LABELS})
