"""Office pages of inquiries: the list (/office/inquiries/), a paper application, an own-motion inquiry, and the case
file with its actions (order or reject, delay letter, completion, report, copies, cost and surcharge orders)."""

from django import forms as django_forms
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orders.services import orders_for
from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may, rank_may
from registrar.selectors import in_jurisdiction

from .. import forms
from ..models import Channel, InquiryCase, InquiryState, Inspection, Seizure
from ..services import inquiry as services
from ..services import recovery
from .common import officers_for, run, societies_for

RECEIVED = _("Application received: to be ordered or rejected by %(day)s (s.87(2)).")
OPENED = _("Inquiry opened and ordered: to be completed by %(day)s (s.87(3)).")
ORDERED = _("Inquiry ordered by order %(number)s: to be completed by %(day)s (s.87(3)).")
REJECTED = _("Application rejected with reasons.")
DELAY_SENT = _("Reasons for the delay recorded; the letter goes to the society and the applicant.")
COMPLETED = _("Inquiry completed: the report is to be communicated by %(day)s (s.87(4)(a)).")
COMMUNICATED = _("Report communicated to the society and the applicant.")
COPY_RECORDED = _("Copy requested; fee of ₹%(fee)s entered in the dues ledger.")
COST_MADE = _("Cost order %(number)s made; due raised in the ledger.")
SURCHARGE_MADE = _("Surcharge order %(number)s made; due raised in the ledger, payable to the society.")

TITLES = {"order": _("Order the inquiry (s.87(2))"), "reject": _("Reject the application with reasons (s.87(2))"),
          "communicate": _("Communicate the report (s.87(4)(a))"),
          "complete": _("Record the completion and the findings (s.87(3))"),
          "delay": _("Reasons for delay and the expected date (s.87(4)(b))"),
          "copy": _("A member's copy of the report on a fee (s.87(6))"),
          "cost": _("Apportion the cost of the inquiry (s.89)"), "surcharge": _("Surcharge order (s.103)"),
          "finding": _("Record a finding"), "carry_in": _("Carry in the open audit objections"),
          "result": _("Communicate the result (s.88(4))"),
          "precondition": _("The creditor's preconditions (s.88(2))"),
          "creditor_order": _("Order the creditor's inspection")}
BUTTONS = {"order": _("Order the inquiry"), "reject": _("Reject"), "communicate": _("Communicate the report"),
           "complete": _("Record completion"), "delay": _("Record and send the delay letter"),
           "copy": _("Record the request and the fee"), "cost": _("Make the cost order"),
           "surcharge": _("Make the surcharge order"), "finding": _("Add the finding"),
           "carry_in": _("Carry in every open objection"), "result": _("Communicate the result"),
           "precondition": _("Record"), "creditor_order": _("Order the inspection")}


@officer_required
def office_inquiries(request):
    """Inquiries, inspections and seizures in the officer's jurisdiction, open ones first."""
    cases = (in_jurisdiction(InquiryCase.objects.select_related("society", "district"), request.user)
             .order_by("state", "-received_on")[:200])
    inspections = (in_jurisdiction(Inspection.objects.select_related("society", "district"), request.user)
                   .order_by("state", "-pk")[:200])
    seizures = in_jurisdiction(Seizure.objects.select_related("society", "order"), request.user)[:50]
    return render(request, "inquiry/office/list.html", {
        "cases": cases, "inspections": inspections, "seizures": seizures, "today": clock.today(),
        "may_decide": rank_may(request.user, Act.DECIDE_INQUIRY)})


@officer_required
def office_inquiry_new(request):
    """A paper application (s.87(1)) entered with its date of receipt."""
    today = clock.today()
    form = forms.ApplicationForm(request.POST or None, paper=True, societies=societies_for(request.user))
    if request.method == "POST":
        response = run(request, form, lambda d: services.inquiry_apply(
            actor=request.user, society_id=d["society"].pk, applicant_kind=d["applicant_kind"],
            applicant_name=d["applicant_name"], applicant_address=d["applicant_address"], grounds=d["grounds"],
            signatories=d["signatories"], declared_total=d["declared_total"], today=today, channel=Channel.PAPER,
            received_on=d["received_on"]),
            lambda c: RECEIVED % {"day": f"{c.order_due_on:%d %b %Y}"},
            lambda c: reverse("office_inquiry_case", args=[c.pk]))
        if response:
            return response
    return render(request, "inquiry/office/form.html", {
        "form": form, "title": _("Enter a paper application for an inquiry (s.87(1))"),
        "button": _("Receive the application")})


@officer_required
def office_inquiry_own_motion(request):
    """The Registrar's own inquiry: the s.125 opinion or a seizure (s.126)."""
    today = clock.today()
    officer = request.user.officer_profile
    district = officer.districts.first()
    officers = officers_for(district) if district else officers_for(None)
    form = forms.OwnMotionForm(request.POST or None, officers=officers, societies=societies_for(request.user))
    if request.method == "POST":
        response = run(request, form, lambda d: services.inquiry_open_own_motion(
            actor=request.user, society_id=d["society"].pk, basis=d["basis"], grounds=d["grounds"],
            subject=d["subject"], officer_id=d["officer"].pk, today=today),
            lambda c: OPENED % {"day": f"{c.complete_due_on:%d %b %Y}"},
            lambda c: reverse("office_inquiry_case", args=[c.pk]))
        if response:
            return response
    return render(request, "inquiry/office/form.html", {
        "form": form, "title": _("Open an inquiry on the Registrar's own motion (s.125, s.126)"),
        "button": _("Open and order the inquiry")})


def _case_forms(case, data=None, action=None):
    """The action forms the case's state allows; `data` binds the one posted."""
    def bound(name):
        return data if action == name else None

    officers = officers_for(case.district)
    shown = {}
    if case.state == InquiryState.RECEIVED:
        shown["order"] = forms.OrderForm(bound("order"), officers=officers, prefix="order",
                                         initial={"officer": case.inquiry_officer_id})
        shown["reject"] = forms.RejectForm(bound("reject"), prefix="reject")
    if case.state == InquiryState.COMPLETED:
        shown["communicate"] = django_forms.Form(bound("communicate"), prefix="communicate")
    if case.state == InquiryState.ORDERED:
        shown["complete"] = forms.CompleteForm(bound("complete"), prefix="complete")
        if case.delay_letter_on is None:
            shown["delay"] = forms.DelayForm(bound("delay"), prefix="delay")
    if case.state in (InquiryState.COMMUNICATED, InquiryState.PLACED):
        shown["copy"] = forms.CopyForm(bound("copy"), prefix="copy")
    if case.state in recovery.FINISHED_INQUIRY:
        shown["cost"] = forms.CostForm(bound("cost"), prefix="cost")
        shown["surcharge"] = forms.SurchargeForm(bound("surcharge"), prefix="surcharge")
    return shown


def _act(request, case, action, form, today):
    pk = case.pk
    calls = {
        "order": (lambda d: services.inquiry_order(case_id=pk, actor=request.user, subject=d["subject"],
                                                   officer_id=d["officer"].pk, today=today),
                  lambda c: ORDERED % {"number": orders_for(c)[-1].number, "day": f"{c.complete_due_on:%d %b %Y}"}),
        "reject": (lambda d: services.inquiry_reject(case_id=pk, actor=request.user, reasons=d["reasons"],
                                                     today=today), REJECTED),
        "delay": (lambda d: services.inquiry_record_delay(case_id=pk, actor=request.user, reasons=d["reasons"],
                                                          expected_on=d["expected_on"], today=today), DELAY_SENT),
        "complete": (lambda d: services.inquiry_complete(case_id=pk, actor=request.user, findings=d["findings"],
                                                         completed_on=d["completed_on"], today=today),
                     lambda c: COMPLETED % {"day": f"{c.report_due_on:%d %b %Y}"}),
        "communicate": (lambda d: services.inquiry_communicate_report(case_id=pk, actor=request.user, today=today),
                        COMMUNICATED),
        "copy": (lambda d: recovery.report_copy_request(actor=request.user, today=today, inquiry_id=pk,
                                                        name=d["name"], fee=d["fee"],
                                                        member_number=d["member_number"]),
                 lambda c: COPY_RECORDED % {"fee": c.due.principal}),
        "cost": (lambda d: recovery.cost_order_make(
            actor=request.user, today=today, inquiry_id=pk, amount=d["amount"], hearing_on=d["hearing_on"],
            payer_is_society=d["payer_is_society"], person_name=d["person_name"],
            person_address=d["person_address"], hearing_note=d["hearing_note"]),
            lambda r: COST_MADE % {"number": r.order.number}),
        "surcharge": (lambda d: recovery.surcharge_order_make(
            actor=request.user, today=today, inquiry_id=pk, amount=d["amount"], hearing_on=d["hearing_on"],
            act_on=d["act_on"], loss=d["loss"], person_name=d["person_name"], person_address=d["person_address"],
            hearing_note=d["hearing_note"]), lambda r: SURCHARGE_MADE % {"number": r.order.number}),
    }
    call, success = calls[action]
    return run(request, form, call, success, reverse("office_inquiry_case", args=[pk]))


@officer_required
def office_inquiry_case(request, pk):
    case = get_for_officer(InquiryCase.objects.select_related("society", "district", "inquiry_officer",
                                                              "placed_at"), request.user, pk=pk)
    today = clock.today()
    action = request.POST.get("action", "") if request.method == "POST" else None
    shown = _case_forms(case, request.POST if action else None, action)
    if request.method == "POST":
        if action not in shown:
            messages.error(request, _("That cannot be done at this stage of the case."))
            return redirect("office_inquiry_case", pk=pk)
        response = _act(request, case, action, shown[action], today)
        if response:
            return response
    elif request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    return render(request, "inquiry/office/case.html", {
        "case": case, "forms": shown, "today": today, "orders": orders_for(case),
        "may_decide": may(request.user, Act.DECIDE_INQUIRY, case.district_id),
        "copies": case.copies.select_related("due"), "cost_orders": case.cost_orders.select_related("order", "due"),
        "documents": _documents(case), "titles": TITLES, "buttons": BUTTONS})


def _documents(case):
    from ..documents import case_documents

    return case_documents(case)
