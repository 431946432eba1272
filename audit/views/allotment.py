"""Office pages of the audit: the list behind every dashboard figure, one audit (its clocks, the allotment and
the fee), the per-district dashboard and the PDFs (allotment letter, fee demand and receipt)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import officer_required
from registrar.capabilities import Act, may
from registrar.forms import add_service_errors
from registrar.selectors import districts_for

from .. import letters, reports, rules, selectors
from ..forms import AllotForm, FeeForm
from ..models import AuditStatus, PanelPartner
from ..permissions import audit_office_or_404
from ..services import allotment, fees

PAGE_SIZE = 50
ALLOTTED = _("Audit allotted to %(auditor)s: order %(order)s.")
FEE_RAISED = _("Audit fee raised: order %(order)s.")
FILTER_LABELS = {**reports.LABELS}


@officer_required
def audit_list(request):
    """?year=&filter=&district=: the list each dashboard figure counts (selectors.audit_list_for_officer)."""
    today = clock.today()
    params = reports.audit_params(request.GET, today)
    name = request.GET.get("filter", "due")
    if not selectors.is_known_filter(name):
        name = "due"
    audits = selectors.audit_list_for_officer(request.user, today, year=params["year"], filter=name,
                                              district_id=params.get("district"))
    page = Paginator(audits, PAGE_SIZE).get_page(request.GET.get("page"))
    year = params["year"]
    label = FILTER_LABELS.get(name) or reports.CLASS_LABEL % {"class": name.removeprefix("class_")}
    return render(request, "audit/office/list.html", {
        "page": page, "filter": name, "filter_label": label, "year": year,
        "year_label": f"{year}-{(year + 1) % 100:02d}", "district": params.get("district"),
        "districts": districts_for(request.user).order_by("name"), "filters": reports.LABELS.items(),
        "today": today, "query": f"year={year}&filter={name}" + (
            f"&district={params['district']}" if params.get("district") else ""),
    })


@officer_required
def audit_dashboard(request):
    """Per district and in total, for the audit year: the figures of the report, with the share audited, and
    the day the consolidated report may go to Government (s.84(h))."""
    today = clock.today()
    params = reports.audit_params(request.GET, today)
    year = params["year"]
    rows = reports.per_district(request.user, today, year)
    keys = [*selectors.FILTERS, *[f"class_{c}" for c in reports.classes()]]
    total = {key: sum(row[key] for row in rows) for key in keys}
    total["share"] = round(100 * total["completed"] / total["due"]) if total["due"] else 0
    _start, end = rules.audit_year_bounds(year)
    return render(request, "audit/office/dashboard.html", {
        "rows": rows, "total": total, "year": year, "year_label": f"{year}-{(year + 1) % 100:02d}",
        "classes": reports.classes(), "labels": reports.LABELS, "filters": selectors.FILTERS,
        "state_report_from": rules.state_report_earliest_day(end), "years": range(today.year - 1, today.year - 6, -1),
    })


def _allot_form(audit, data=None):
    officers, firms = allotment.auditor_choices(audit)
    partners = PanelPartner.objects.filter(firm__in=firms).select_related("firm").order_by("firm__name", "name")
    return AllotForm(data, officers=officers, firms=firms, partners=partners)


@officer_required
def audit_detail(request, pk):
    audit = audit_office_or_404(request.user, pk)
    today = clock.today()
    context = {
        "audit": audit, "today": today, "internal_target": rules.audit_internal_target(audit.fy_end),
        "can_allot": audit.status == AuditStatus.OPEN and may(request.user, Act.ALLOT_AUDIT,
                                                               audit.society.district_id),
        "can_raise_fee": (not audit.fee_due_id and audit.status in (AuditStatus.COMPLETED, AuditStatus.REPORTED)
                          and may(request.user, Act.RECORD_DUES, audit.society.district_id)),
    }
    if context["can_allot"]:
        context["form"] = _allot_form(audit)
        context["departmental_required"] = allotment.requires_departmental(audit)
    if context["can_raise_fee"]:
        context["fee_form"] = FeeForm()
    return render(request, "audit/office/detail.html", context)


@officer_required
def audit_allot(request, pk):
    audit = audit_office_or_404(request.user, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = _allot_form(audit, request.POST)
    warning = ""
    if form.is_valid():
        data = form.cleaned_data
        try:
            audit = allotment.audit_allot(
                actor=request.user, audit_id=audit.pk, today=clock.today(),
                officer_id=data["officer"].pk if data["officer"] else None,
                firm_id=data["firm"].pk if data["firm"] else None,
                partner_id=data["partner"].pk if data["partner"] else None,
                agm_resolution_on=data["agm_resolution_on"], agm_resolution_ref=data["agm_resolution_ref"],
                confirm_consecutive=data["confirm_consecutive"])
        except ValidationError as exc:
            if getattr(exc, "code", None) == "consecutive":
                warning = exc.messages[0]
            else:
                add_service_errors(form, exc)
        else:
            messages.success(request, ALLOTTED % {"auditor": audit.auditor_name,
                                                  "order": audit.allotment_order.number})
            return redirect("audit_office_detail", pk=audit.pk)
    return render(request, "audit/office/detail.html", {
        "audit": audit, "today": clock.today(), "internal_target": rules.audit_internal_target(audit.fy_end),
        "can_allot": True, "form": form, "warning": warning,
        "departmental_required": allotment.requires_departmental(audit)}, status=200 if warning else 400)


@officer_required
def audit_fee(request, pk):
    audit = audit_office_or_404(request.user, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = FeeForm(request.POST)
    if form.is_valid():
        try:
            due = fees.audit_fee_raise(actor=request.user, audit_id=audit.pk, today=clock.today(),
                                       working_capital=form.cleaned_data["working_capital"],
                                       writing_up_cost=form.cleaned_data["writing_up_cost"] or 0)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, FEE_RAISED % {"order": due.order.number})
            return redirect("audit_office_detail", pk=audit.pk)
    return render(request, "audit/office/detail.html", {
        "audit": audit, "today": clock.today(), "internal_target": rules.audit_internal_target(audit.fy_end),
        "can_raise_fee": True, "fee_form": form}, status=400)


def _pdf(content: bytes, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


@officer_required
def audit_allotment_letter(request, pk):
    audit = audit_office_or_404(request.user, pk)
    if audit.allotment_order_id is None:
        raise Http404(_("The audit is not allotted yet: there is no allotment letter."))
    return _pdf(letters.allotment_letter_pdf(audit), f"allotment-{audit.allotment_order.number.replace('/', '-')}.pdf")


@officer_required
def audit_fee_demand(request, pk):
    audit = audit_office_or_404(request.user, pk)
    if audit.fee_due_id is None:
        raise Http404(_("No audit fee is raised for this audit."))
    return _pdf(letters.fee_demand_pdf(audit, today=clock.today()), f"audit-fee-{audit.pk}.pdf")


@officer_required
def audit_fee_receipt(request, pk):
    audit = audit_office_or_404(request.user, pk)
    payment = audit.fee_due.payments.order_by("-paid_on", "-pk").first() if audit.fee_due_id else None
    if payment is None:
        raise Http404(_("No payment of the audit fee is recorded."))
    return _pdf(letters.fee_receipt_pdf(audit, payment), f"audit-fee-receipt-{payment.pk}.pdf")


def detail_url(audit) -> str:
    return reverse("audit_office_detail", args=[audit.pk])
