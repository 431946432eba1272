"""Office pages of inspections (s.88) and seizures (s.126), and the documents of every case (PDF, en/as)."""

from django import forms as django_forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orders.services import orders_for
from registrar import clock
from registrar.access import get_for_officer, officer_required

from .. import forms
from ..documents import KINDS, LANGUAGES, render_document
from ..models import CostOrSurcharge, InquiryCase, Inspection, InspectionBasis, InspectionState, Seizure
from ..services import inspection as services
from ..services import recovery
from ..services.seizure import records_seize
from .common import officers_for, run, societies_for
from .office import BUTTONS, TITLES

ORDERED = _("Inspection ordered: target date %(day)s.")
REQUESTED = _("Creditor's application entered; notice to the society issued. Record the deposit, the proof of the "
              "debt and the hearing before ordering the inspection (s.88(2)).")
RECORDED = _("Recorded.")
FINDING = _("Finding %(number)s recorded.")
CARRIED = _("%(count)s open audit objection(s) carried in as findings.")
RESULT = _("Result communicated to the society%(creditor)s.")
SEIZED = _("Seizure recorded: list %(number)s in duplicate.")
NOT_NOW = _("That cannot be done at this stage of the case.")


@officer_required
def office_inspection_new(request):
    """An inspection ordered by the Registrar (s.88(1)), or a creditor's application entered (s.88(2))."""
    today = clock.today()
    officer = request.user.officer_profile
    district = officer.districts.first()
    societies = societies_for(request.user)
    creditor = request.GET.get("basis") == "creditor"
    if creditor:
        form = forms.CreditorApplicationForm(request.POST or None, societies=societies)

        def call(d):
            return services.creditor_inspection_apply(
                actor=request.user, society_id=d["society"].pk, creditor_name=d["creditor_name"],
                debt_proof=d["debt_proof"], debt_demanded_on=d["debt_demanded_on"],
                deposit_required=d["deposit_required"], applied_on=d["applied_on"], today=today)

        success, title = REQUESTED, _("Enter a creditor's application for inspection (s.88(2))")
    else:
        form = forms.InspectionForm(request.POST or None, officers=officers_for(district), societies=societies)

        def call(d):
            return services.inspection_order(actor=request.user, society_id=d["society"].pk, scope=d["scope"],
                                             officer=d["officer"], today=today)

        def success(i):
            return ORDERED % {"day": f"{i.target_on:%d %b %Y}"}

        title = _("Order an inspection (s.88(1))")
    if request.method == "POST":
        response = run(request, form, call, success, lambda i: reverse("office_inspection", args=[i.pk]))
        if response:
            return response
    return render(request, "inquiry/office/form.html", {"form": form, "title": title, "button": _("Save")})


def _inspection_forms(inspection, data, action):
    def bound(name):
        return data if action == name else None

    shown = {}
    state = inspection.state
    if state == InspectionState.REQUESTED:
        shown["precondition"] = forms.PreconditionForm(bound("precondition"), prefix="precondition")
        shown["creditor_order"] = forms.CreditorOrderForm(bound("creditor_order"), prefix="creditor_order",
                                                          officers=officers_for(inspection.district))
    if state in (InspectionState.ORDERED, InspectionState.IN_PROGRESS):
        shown["finding"] = forms.FindingForm(bound("finding"), prefix="finding")
        shown["carry_in"] = django_forms.Form(bound("carry_in"), prefix="carry_in")
        shown["result"] = forms.ResultForm(bound("result"), prefix="result")
    if state in recovery.FINISHED_INSPECTION:
        shown["copy"] = forms.CopyForm(bound("copy"), prefix="copy")
        shown["cost"] = forms.CostForm(bound("cost"), prefix="cost")
        shown["surcharge"] = forms.SurchargeForm(bound("surcharge"), prefix="surcharge")
    return shown


def _calls(request, inspection, today):
    pk, user = inspection.pk, request.user
    return {
        "precondition": (lambda d: services.creditor_precondition_record(
            inspection_id=pk, actor=user, today=today, deposit_paid_on=d["deposit_paid_on"],
            deposit_reference=d["deposit_reference"],
            debt_proof=d["debt_proof"] if d["debt_proof"] or d["debt_demanded_on"] else None,
            debt_demanded_on=d["debt_demanded_on"], hearing_on=d["hearing_on"], hearing_note=d["hearing_note"]),
            RECORDED),
        "creditor_order": (lambda d: services.creditor_inspection_order(inspection_id=pk, actor=user,
                                                                        officer=d["officer"], today=today),
                           lambda i: ORDERED % {"day": f"{i.target_on:%d %b %Y}"}),
        "finding": (lambda d: services.finding_record(inspection_id=pk, actor=user, text=d["text"],
                                                      amount=d["amount"], today=today),
                    lambda f: FINDING % {"number": f.number}),
        "carry_in": (lambda d: services.objections_carry_in(inspection_id=pk, actor=user, today=today),
                     lambda made: CARRIED % {"count": len(made)}),
        "result": (lambda d: services.inspection_communicate_result(inspection_id=pk, actor=user,
                                                                    result=d["result"], today=today),
                   lambda i: RESULT % {"creditor": _(" and the creditor") if i.creditor_name else ""}),
        "copy": (lambda d: recovery.report_copy_request(actor=user, today=today, inspection_id=pk, name=d["name"],
                                                        fee=d["fee"], member_number=d["member_number"]), RECORDED),
        "cost": (lambda d: recovery.cost_order_make(
            actor=user, today=today, inspection_id=pk, amount=d["amount"], hearing_on=d["hearing_on"],
            payer_is_society=d["payer_is_society"], person_name=d["person_name"],
            person_address=d["person_address"], hearing_note=d["hearing_note"]), RECORDED),
        "surcharge": (lambda d: recovery.surcharge_order_make(
            actor=user, today=today, inspection_id=pk, amount=d["amount"], hearing_on=d["hearing_on"],
            act_on=d["act_on"], loss=d["loss"], person_name=d["person_name"], person_address=d["person_address"],
            hearing_note=d["hearing_note"]), RECORDED),
    }


@officer_required
def office_inspection(request, pk):
    inspection = get_for_officer(Inspection.objects.select_related("society", "district", "officer"),
                                 request.user, pk=pk)
    today = clock.today()
    action = request.POST.get("action", "") if request.method == "POST" else None
    shown = _inspection_forms(inspection, request.POST if action else None, action)
    if request.method == "POST":
        if action not in shown:
            messages.error(request, NOT_NOW)
            return redirect("office_inspection", pk=pk)
        call, success = _calls(request, inspection, today)[action]
        response = run(request, shown[action], call, success, reverse("office_inspection", args=[pk]))
        if response:
            return response
    documents = [(doc, label) for doc, label in (("inspection_order", _("Order of inspection")),
                                                 ("creditor_notice", _("Creditor's inspection notice")))
                 if any(o.kind == KINDS[doc].code for o in orders_for(inspection))]
    return render(request, "inquiry/office/inspection.html", {
        "inspection": inspection, "forms": shown, "today": today, "orders": orders_for(inspection),
        "findings": inspection.findings.all(), "missing": services.preconditions_missing(inspection)
        if inspection.state == InspectionState.REQUESTED else [],
        "labels": services.PRECONDITION_LABELS, "documents": documents,
        "cost_orders": inspection.cost_orders.select_related("order", "due"), "creditor": InspectionBasis.CREDITOR,
        "titles": TITLES, "buttons": BUTTONS})


@officer_required
def office_inquiry_seizure_new(request):
    today = clock.today()
    form = forms.SeizureForm(request.POST or None, societies=societies_for(request.user))
    if request.method == "POST":
        response = run(request, form, lambda d: records_seize(
            actor=request.user, society_id=d["society"].pk, seized_on=d["seized_on"], holder_name=d["holder_name"],
            items=d["items"], holder_signed=d["holder_signed"], witness_1=d["witness_1"], witness_2=d["witness_2"],
            copy_given_to=d["copy_given_to"], today=today),
            lambda s: SEIZED % {"number": s.order.number}, lambda s: reverse("office_inquiry_seizure", args=[s.pk]))
        if response:
            return response
    return render(request, "inquiry/office/form.html", {
        "form": form, "title": _("Record a seizure of records (s.126)"), "button": _("Record the seizure")})


@officer_required
def office_inquiry_seizure(request, pk):
    seizure = get_for_officer(Seizure.objects.select_related("society", "order", "inspection"), request.user,
                              pk=pk)
    return render(request, "inquiry/office/seizure.html", {"seizure": seizure, "today": clock.today()})


DOCUMENT_MODELS = {"inquiry": InquiryCase, "inspection": Inspection, "order": CostOrSurcharge, "seizure": Seizure}


@officer_required
def office_inquiry_document(request, kind, pk, doc, lang):
    """One document of a case as a signed PDF in English or Assamese; 404 for a document the case has not got."""
    model = DOCUMENT_MODELS.get(kind)
    if model is None or doc not in KINDS or lang not in LANGUAGES:
        raise Http404("No such document.")
    related = ("society", "district", "order", "due") if model is CostOrSurcharge else ("society", "district")
    obj = get_for_officer(model.objects.select_related(*related), request.user, pk=pk)
    if model is CostOrSurcharge and doc != f"{obj.kind}_order":
        raise Http404("No such document.")
    if model is Seizure and doc != "seizure_list":
        raise Http404("No such document.")
    if model in (InquiryCase, Inspection) and not any(o.kind == KINDS[doc].code for o in orders_for(obj)):
        raise Http404("No such document.")
    response = HttpResponse(render_document(doc, obj, lang), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{doc}-{pk}-{lang}.pdf"'
    return response
