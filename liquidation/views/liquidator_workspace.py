"""The liquidator's workspace under /liquidation/<pk>/ (issue 21 point 3): every view fetches the case through
workspace_access.winding_up_for_liquidator_or_404, so the liquidator of another society (or anyone else) gets
404. Views parse, call one service, and turn its ValidationError into the form's errors (status 400)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from audit.work_selectors import audit_list_for_society
from dues.models import Due
from dues.selectors import with_balances
from registrar import clock
from registrar.access import login_required_403
from registrar.forms import add_service_errors

from .. import workspace_forms as forms
from ..models import (
    Asset,
    Call,
    Claim,
    Compromise,
    Contributory,
    DistributionSchedule,
    LeaveToSue,
    QuarterlyReport,
)
from ..models.claims import ClaimStatus
from ..services import claims as claim_services
from ..services import contributories as contributory_services
from ..services import workspace as services
from ..workspace_access import liquidation_list_for_liquidator, winding_up_for_liquidator_or_404

PAGE_SIZE = 50
SAVED = _("Saved.")
CLAIM_ENTERED = _("Claim %(reference)s entered.")
CLAIM_LATE = _("Claim %(reference)s entered and marked late: it was received after %(day)s.")
IMPORTED = _("%(count)s liabilities from the books entered in the claims register.")
LISTED = _("%(count)s contributories added from the register of members.")
CALLED = _("Call of ₹%(amount)s made on %(name)s: due %(due)s in the ledger (order %(order)s).")
FILED = _("Quarterly report filed.")



def _int(value) -> int | None:
    """A posted row id; anything else finds no row (404), never a 500."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None

def _page(request, rows):
    return Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))


def _form_post(request, form, run, done):
    """POST: valid form -> run(cleaned_data) -> message, redirect; ValidationError -> the form's errors (400)."""
    if request.method != "POST":
        return None
    if form.is_valid():
        try:
            message = run(form.cleaned_data)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            messages.success(request, message)
            return redirect(done)
    return False


@login_required_403
def liquidator_cases(request):
    return render(request, "liquidation/workspace/cases.html",
                  {"cases": liquidation_list_for_liquidator(request.user)})


@login_required_403
def liquidator_home(request, pk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    claims = Claim.objects.filter(winding_up=case).aggregate(
        count=Count("pk"), claimed=Sum("amount"), paid=Sum("paid_amount"))
    return render(request, "liquidation/workspace/home.html", {
        "case": case, "claims": claims, "last_day": claim_services.claims_last_day(case),
        "in_effect": services.in_effect(case), "today": clock.today(),
        "contributories": Contributory.objects.filter(winding_up=case).count(),
        "realised": Asset.objects.filter(winding_up=case).aggregate(s=Sum("realised_amount"))["s"],
        "next_report": QuarterlyReport.objects.filter(winding_up=case, filed_on__isnull=True)
        .order_by("due_on").first(),
        # s.81(1): the society's yearly audit goes on; in liquidation the liquidator answers it (audit.work_access).
        "audits": list(audit_list_for_society(case.society)[:10]) if services.in_effect(case) else []})


@login_required_403
def liquidator_claims(request, pk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    status = request.GET.get("status", "")
    rows = Claim.objects.filter(winding_up=case).order_by("priority", "serial")
    if status in ClaimStatus.values:
        rows = rows.filter(status=status)
    elif status == "late":
        rows = rows.filter(late=True)
    return render(request, "liquidation/workspace/claims.html", {
        "case": case, "page": _page(request, rows), "status": status, "statuses": ClaimStatus.choices,
        "last_day": claim_services.claims_last_day(case),
        "query_string": f"status={status}" if status else ""})


@login_required_403
def liquidator_claim_new(request, pk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    form = forms.ClaimForm(request.POST or None, initial={"received_on": clock.today()})

    def run(data):
        claim = claim_services.claim_enter(
            actor=request.user, winding_up_id=case.pk, source=data["source"], today=clock.today(),
            data=claim_services.ClaimInput(claimant_name=data["claimant_name"], amount=data["amount"],
                                           claim_class=data["claim_class"], particulars=data["particulars"],
                                           claimant_address=data["claimant_address"],
                                           received_on=data["received_on"]))
        if claim.late:
            return CLAIM_LATE % {"reference": claim.reference,
                                 "day": f"{claim_services.claims_last_day(case):%d-%m-%Y}"}
        return CLAIM_ENTERED % {"reference": claim.reference}

    done = _form_post(request, form, run, f"/liquidation/{case.pk}/claims/")
    if done:
        return done
    return render(request, "liquidation/workspace/form.html", {
        "case": case, "form": form, "title": _("Enter a claim"), "back": "liquidator_claims"},
        status=400 if done is False else 200)


@login_required_403
def liquidator_claims_import(request, pk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    problems, status = [], 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                made = claim_services.claims_import(actor=request.user, winding_up_id=case.pk, name=upload.name,
                                                    data=upload.read(), today=clock.today())
            except claim_services.ImportRefused as exc:
                problems = exc.problems
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, IMPORTED % {"count": len(made)})
                return redirect("liquidator_claims", pk=case.pk)
    return render(request, "liquidation/workspace/import.html", {
        "case": case, "form": form, "problems": problems, "columns": claim_services.CSV_COLUMNS}, status=status)


@login_required_403
def liquidator_claim(request, pk, cpk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    claim = Claim.objects.filter(winding_up=case, pk=cpk).first()
    if claim is None:
        raise Http404("No such claim.")
    today = clock.today()
    decide = forms.DecideForm(request.POST if request.POST.get("form") == "decide" else None)
    pay = forms.PayForm(request.POST if request.POST.get("form") == "pay" else None, initial={"paid_on": today})

    def run_decide(data):
        claim_services.claim_decide(actor=request.user, claim_id=claim.pk, admit=data["decision"] == "admit",
                                    admitted_amount=data["admitted_amount"], reasons=data["reasons"], today=today)
        return SAVED

    def run_pay(data):
        claim_services.claim_pay(actor=request.user, claim_id=claim.pk, amount=data["amount"],
                                 paid_on=data["paid_on"], today=today)
        return SAVED

    here = f"/liquidation/{case.pk}/claims/{claim.pk}/"
    done = None
    if request.POST.get("form") == "decide":
        done = _form_post(request, decide, run_decide, here)
    elif request.POST.get("form") == "pay":
        done = _form_post(request, pay, run_pay, here)
    if done:
        return done
    return render(request, "liquidation/workspace/claim.html", {
        "case": case, "claim": claim, "decide": decide, "pay": pay, "in_effect": services.in_effect(case),
        "status_url": request.build_absolute_uri(f"/liquidation/claim-status/{claim.token}/")},
        status=400 if done is False else 200)


@login_required_403
def liquidator_claims_notice(request, pk):
    from ..workspace_documents import claims_notice_pdf

    case = winding_up_for_liquidator_or_404(request.user, pk)
    response = HttpResponse(claims_notice_pdf(case, actor=request.user), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="claims-notice-{case.pk}.pdf"'
    return response


@login_required_403
def liquidator_contributories(request, pk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    if request.method == "POST":
        try:
            added = contributory_services.contributories_list(actor=request.user, winding_up_id=case.pk,
                                                              today=clock.today())
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, LISTED % {"count": added})
        return redirect("liquidator_contributories", pk=case.pk)
    rows = (Contributory.objects.filter(winding_up=case).select_related("member")
            .annotate(called=Sum("calls__amount")).order_by("member__number"))
    return render(request, "liquidation/workspace/contributories.html", {
        "case": case, "page": _page(request, rows), "order_day": contributory_services.order_day(case)})


@login_required_403
def liquidator_contributory(request, pk, cpk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    contributory = Contributory.objects.filter(winding_up=case, pk=cpk).select_related("member").first()
    if contributory is None:
        raise Http404("No such contributory.")
    today = clock.today()
    form = forms.CallForm(request.POST or None, initial={"called_on": today})

    def run(data):
        call = contributory_services.call_make(actor=request.user, contributory_id=contributory.pk,
                                               amount=data["amount"], called_on=data["called_on"],
                                               due_by=data["due_by"], note=data["note"], today=today)
        return CALLED % {"amount": call.amount, "name": contributory.name, "due": call.due.pk,
                         "order": call.order.number}

    done = _form_post(request, form, run, f"/liquidation/{case.pk}/contributories/{contributory.pk}/")
    if done:
        return done
    calls = Call.objects.filter(contributory=contributory).select_related("order")
    balances = {d.pk: d for d in with_balances(Due.objects.filter(pk__in=[c.due_id for c in calls]), today)}
    rows = [(c, balances.get(c.due_id)) for c in calls]
    return render(request, "liquidation/workspace/contributory.html", {
        "case": case, "c": contributory, "form": form, "calls": rows, "today": today},
        status=400 if done is False else 200)


@login_required_403
def liquidator_assets(request, pk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    today = clock.today()
    form = forms.AssetForm(request.POST or None, initial={"realised_on": today})
    done = _form_post(request, form, lambda d: (services.asset_realise(
        actor=request.user, winding_up_id=case.pk, today=today, **d), SAVED)[1], f"/liquidation/{case.pk}/assets/")
    if done:
        return done
    rows = Asset.objects.filter(winding_up=case).order_by("-realised_on", "-pk")
    return render(request, "liquidation/workspace/assets.html", {
        "case": case, "form": form, "page": _page(request, rows),
        "total": rows.aggregate(s=Sum("realised_amount"))["s"]}, status=400 if done is False else 200)


@login_required_403
def liquidator_compromises(request, pk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    today = clock.today()
    form = forms.CompromiseForm(request.POST or None)
    done = _form_post(request, form, lambda d: (services.compromise_record(
        actor=request.user, winding_up_id=case.pk, today=today, **d), SAVED)[1],
        f"/liquidation/{case.pk}/compromises/")
    if done:
        return done
    rows = [(c, services.compromise_findings(c)) for c in
            Compromise.objects.filter(winding_up=case).select_related("order")]
    leaves = LeaveToSue.objects.filter(winding_up=case).select_related("order")
    return render(request, "liquidation/workspace/compromises.html", {
        "case": case, "form": form, "rows": rows, "leaves": leaves}, status=400 if done is False else 200)


@login_required_403
def liquidator_reports(request, pk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    today = clock.today()
    form = forms.ReportForm(request.POST or None)
    report = None
    if request.method == "POST":
        report = QuarterlyReport.objects.filter(winding_up=case, pk=_int(request.POST.get("report"))).first()
        if report is None:
            raise Http404("No such report.")
    done = _form_post(request, form, lambda d: (services.report_file(
        actor=request.user, report_id=report.pk, progress=d["progress"], today=today), FILED)[1],
        f"/liquidation/{case.pk}/reports/")
    if done:
        return done
    rows = QuarterlyReport.objects.filter(winding_up=case).order_by("-quarter_ends_on")
    return render(request, "liquidation/workspace/reports.html", {
        "case": case, "form": form, "rows": rows, "today": today}, status=400 if done is False else 200)


@login_required_403
def liquidator_report_pdf(request, pk, rpk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    report = QuarterlyReport.objects.filter(winding_up=case, pk=rpk, filed_on__isnull=False).first()
    if report is None or not report.pdf:
        raise Http404("No such report.")
    response = HttpResponse(report.pdf.read(), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="quarterly-report-{report.quarter_ends_on}.pdf"'
    return response


@login_required_403
def liquidator_distribution(request, pk):
    case = winding_up_for_liquidator_or_404(request.user, pk)
    today = clock.today()
    form = forms.DistributionForm(request.POST or None)
    done = _form_post(request, form, lambda d: (services.distribution_make(
        actor=request.user, winding_up_id=case.pk, available=d["available"], today=today), SAVED)[1],
        f"/liquidation/{case.pk}/distribution/")
    if done:
        return done
    schedules = DistributionSchedule.objects.filter(winding_up=case).prefetch_related("lines__claim")
    return render(request, "liquidation/workspace/distribution.html", {
        "case": case, "form": form, "schedules": schedules, "in_effect": services.in_effect(case),
        "not_in_effect": services.NOT_IN_EFFECT}, status=400 if done is False else 200)
