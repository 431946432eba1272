"""Pages outside the office: an applicant's online application and its page (s.87(1)); the secretary's reports to
place before a general meeting, with the action-taken report of an inspection (s.87(5), s.88(4)); a financing
bank's own inspection, recorded by the bank's invited user (s.88(3))."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from parties.access import party_case_or_404
from registrar import activity, clock
from registrar.access import login_required_403
from societies.governance.permissions import society_for_secretary
from societies.models import Society

from .. import forms
from ..actions import InquiryAction
from ..models import Channel, InquiryCase, InquiryState, Inspection, InspectionBasis, InspectionState
from ..services import inquiry as services
from ..services import inspection as inspection_services
from .common import run

APPLIED = _("Your application is received. The Registrar orders the inquiry or rejects it with reasons by %(day)s "
            "(s.87(2)).")
ACTION_TAKEN_SAVED = _("Action-taken report saved: place it with the inspection report before the next AGM.")
BANK_RECORDED = _("Inspection recorded.")


@login_required_403
def inquiry_apply(request):
    """An online application for an inquiry (s.87(1)), received today."""
    form = forms.ApplicationForm(request.POST or None)
    if request.method == "POST":
        response = run(request, form, lambda d: services.inquiry_apply(
            actor=request.user, society_id=d["society"].pk, applicant_kind=d["applicant_kind"],
            applicant_name=d["applicant_name"], applicant_address=d["applicant_address"], grounds=d["grounds"],
            signatories=d["signatories"], declared_total=d["declared_total"], today=clock.today(),
            channel=Channel.ONLINE),
            lambda c: APPLIED % {"day": f"{c.order_due_on:%d %b %Y}"},
            lambda c: reverse("inquiry_application", args=[c.pk]))
        if response:
            return response
    return render(request, "inquiry/people/apply.html", {"form": form})


@login_required_403
def inquiry_applications(request):
    """The applicant's own applications for an inquiry, newest first: where to find them again after applying."""
    cases = (InquiryCase.objects.filter(applicant_user=request.user).select_related("society", "district")
             .order_by("-received_on", "-pk"))
    page = Paginator(cases, 25).get_page(request.GET.get("page"))
    return render(request, "inquiry/people/applications.html", {"page": page})


@login_required_403
def inquiry_application(request, pk):
    """The applicant's own application: its state, the orders and, once communicated, the report."""
    case = InquiryCase.objects.select_related("society", "district").filter(pk=pk, applicant_user=request.user).first()
    if case is None:
        raise Http404("No such application of yours.")
    from orders.services import orders_for

    return render(request, "inquiry/people/application.html", {
        "case": case, "orders": orders_for(case),
        "report_out": case.state in (InquiryState.COMMUNICATED, InquiryState.PLACED)})


@login_required_403
def society_inquiry_reports(request, pk):
    """The secretary's reports communicated to the society, to be placed before its next general meeting."""
    society = society_for_secretary(request.user, pk)
    inquiries = InquiryCase.objects.filter(society=society, state__in=[InquiryState.COMMUNICATED,
                                                                       InquiryState.PLACED]).select_related(
        "district", "placed_at")
    inspections = Inspection.objects.filter(society=society, state__in=[
        InspectionState.RESULT_COMMUNICATED, InspectionState.PLACED]).select_related("district", "placed_at")
    editing = None
    if request.method == "POST":
        editing = inspections.filter(pk=request.POST.get("inspection"),
                                     state=InspectionState.RESULT_COMMUNICATED).first()
        if editing is None:
            raise Http404("No such inspection report.")
        form = forms.ActionTakenForm(request.POST, prefix=f"atr{editing.pk}")
        if form.is_valid():
            with transaction.atomic():
                row = Inspection.objects.select_for_update().get(pk=editing.pk)
                row.action_taken_report = form.cleaned_data["action_taken"].strip()
                row.save(update_fields=["action_taken_report"])
                activity.record(InquiryAction.INSPECTION_RESULT, actor=request.user, society=society, target=row,
                                data={"action_taken_report": True})
            messages.success(request, ACTION_TAKEN_SAVED)
            return redirect("society_inquiry_reports", pk=pk)
    rows = [(i, forms.ActionTakenForm(prefix=f"atr{i.pk}", initial={"action_taken": i.action_taken_report}))
            for i in inspections]
    return render(request, "inquiry/people/society_reports.html", {
        "society": society, "inquiries": inquiries, "inspections": rows})


@login_required_403
def party_bank_inspection(request, pk):
    """s.88(3): the financing bank's inspection of a society, recorded by the bank's invited user."""
    society = party_case_or_404(request.user, Society, pk, "societies.follow_as_claimant")
    today = clock.today()
    mine = Inspection.objects.filter(society=society, basis=InspectionBasis.FINANCING_BANK, officer=request.user)
    form = forms.BankInspectionForm(request.POST if request.POST.get("action") == "new" else None, prefix="new")
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "new":
            response = run(request, form, lambda d: inspection_services.bank_inspection_record(
                actor=request.user, society_id=society.pk, bank_name=d["bank_name"], scope=d["scope"],
                today=today), BANK_RECORDED, reverse("party_bank_inspection", args=[pk]))
            if response:
                return response
        elif action in ("finding", "result"):
            inspection = mine.filter(pk=request.POST.get("inspection")).first()
            if inspection is None:
                raise Http404("No such inspection of yours.")
            text = request.POST.get("text", "")
            try:
                if action == "finding":
                    inspection_services.finding_record(inspection_id=inspection.pk, actor=request.user, text=text,
                                                       amount=None, today=today)
                else:
                    inspection_services.inspection_communicate_result(inspection_id=inspection.pk,
                                                                      actor=request.user, result=text, today=today)
            except ValidationError as exc:
                for message in exc.messages:
                    messages.error(request, message)
            else:
                messages.success(request, BANK_RECORDED)
            return redirect("party_bank_inspection", pk=pk)
    return render(request, "inquiry/people/bank.html", {
        "society": society, "form": form, "inspections": mine.prefetch_related("findings"),
        "open": (InspectionState.ORDERED, InspectionState.IN_PROGRESS)})
