"""The claimant's own pages (a bank's or society's invited user): its requisitions only, filing one, filing
many from a CSV, one requisition with its certificate. Every view fetches the claimant through
parties.access.party_case_or_404: another claimant's user, or anyone else, gets 404."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from parties.access import party_case_or_404
from registrar import clock
from registrar.access import login_required_403
from registrar.form_views import form_submit
from registrar.forms import add_service_errors

from .. import documents, forms
from ..models import Claimant, Execution
from ..services import bulk_filing, filing

PERM = "recovery.file_requisitions"
FILED = _("Requisition %(number)s filed.")
IMPORTED = _("%(count)s requisitions filed.")
PARTY_DOCS = ("certificate", "hearing_notice", "closure")


def _claimant(request, cpk):
    return party_case_or_404(request.user, Claimant, cpk, PERM)


@login_required_403
def claimant_requisitions(request, cpk):
    claimant = _claimant(request, cpk)
    return render(request, "recovery/party/list.html", {
        "claimant": claimant,
        "requisitions": claimant.requisitions.select_related("certificate__order").order_by("-filed_on", "-pk")})


@login_required_403
def claimant_requisition_file(request, cpk):
    claimant = _claimant(request, cpk)
    form = forms.RequisitionForm(request.POST or None, request.FILES or None)
    form.fields.pop("debtor_person")

    def file(data):
        data.setdefault("debtor_person", None)
        return filing.requisition_file(actor=request.user, today=clock.today(), particulars=form.particulars(),
                                       claimant_id=claimant.pk, documents=form.documents())

    done, status = form_submit(
        request, form, file, message=lambda requisition: FILED % {"number": requisition.number},
        then=lambda requisition: redirect("claimant_requisition", cpk=claimant.pk, pk=requisition.pk))
    if done:
        return done
    return render(request, "recovery/party/file.html", {"claimant": claimant, "form": form}, status=status)


@login_required_403
def claimant_requisition_bulk(request, cpk):
    claimant = _claimant(request, cpk)
    form = forms.BulkForm(request.POST or None, request.FILES or None)
    problems, status = [], 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                made = bulk_filing.requisitions_import(actor=request.user, today=clock.today(), claimant_id=claimant.pk,
                                                  name=upload.name, data=upload.read())
            except bulk_filing.ImportRefused as exc:
                problems = exc.problems
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, IMPORTED % {"count": len(made)})
                return redirect("claimant_requisitions", cpk=claimant.pk)
    return render(request, "recovery/party/bulk.html", {
        "claimant": claimant, "form": form, "problems": problems, "columns": bulk_filing.CSV_COLUMNS}, status=status)


@login_required_403
def claimant_requisition(request, cpk, pk):
    claimant = _claimant(request, cpk)
    requisition = claimant.requisitions.select_related("certificate__order", "district").filter(pk=pk).first()
    if requisition is None:
        raise Http404("No such requisition.")
    return render(request, "recovery/party/detail.html", {
        "claimant": claimant, "r": requisition, "certificate": getattr(requisition, "certificate", None),
        "hearings": requisition.hearings.all()})


@login_required_403
def claimant_requisition_pdf(request, cpk, pk, doc):
    claimant = _claimant(request, cpk)
    requisition = claimant.requisitions.filter(pk=pk).first()
    if requisition is None or doc not in PARTY_DOCS:
        raise Http404("No such document.")
    return documents.response(requisition, doc, request.GET.get("item"))


ENTERED = _("Entered.")


@login_required_403
def bakijai_execution(request, pk):
    """The Bakijai branch's page on one certificate sent for execution: what it must recover, its entries, and the
    form for the next (case number, notice, objection, realisation, remittance)."""
    from ..services import enforcement
    from ..services.money import certificate_position

    execution = party_case_or_404(request.user, Execution, pk, "recovery.enter_proceedings")
    form = forms.EntryForm(request.POST or None, initial={"on": clock.today()})
    done, status = form_submit(
        request, form, lambda d: enforcement.execution_enter(
            execution_id=execution.pk, actor=request.user, kind=d["kind"], on=d["on"], amount=d["amount"],
            note=d["note"], case_number=d["case_number"], today=clock.today()),
        message=ENTERED, then=lambda _: redirect("bakijai_execution", pk=execution.pk))
    if done:
        return done
    certificate = execution.certificate
    return render(request, "recovery/party/execution.html", {
        "execution": execution, "certificate": certificate, "r": certificate.requisition, "form": form,
        "position": certificate_position(certificate, clock.today()), "entries": execution.entries.all()},
        status=status)
