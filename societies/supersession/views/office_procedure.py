"""Office pages of the supersession procedure (S1): the list of cases in the officer's districts
(/office/supersession/), the Registrar's opinion (/office/supersession/new/), the case file with the form of each
step the case's stage allows and the next step explained, and the PDFs in English and Assamese."""

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.inquiry.views.common import run, societies_for
from orders.services import orders_for
from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may, rank_may
from registrar.selectors import in_jurisdiction

from .. import office_forms as forms
from ..documents import DOCS, LANGUAGES, render_document
from ..grounds import skips_inquiry
from ..models import OPEN_STATES, Supersession, SupersessionState
from ..services import order as order_services
from ..services import procedure as services
from ..steps import next_step, steps

OPENED = _("Opinion recorded (case SUP-%(pk)s).")
DONE = {"call": _("Objections called: the letter is in the register."), "objections": _("Objections recorded."),
        "forward": _("Report forwarded: the letter is in the register."),
        "receipt": _("Receipt recorded: the society has until %(day)s to act."),
        "action": _("The society's action recorded: case closed."), "drop": _("Case dropped."),
        "order": _("Order %(number)s made: administrators until %(day)s.")}
TITLES = {"call": _("Call for the society's objections on the report"),
          "objections": _("Record the society's objections"),
          "forward": _("Consider the objections and forward the report (s.125)"),
          "receipt": _("Record the society's receipt of the report"),
          "action": _("Record the society's action on the report"),
          "order": _("Order superseding or suspending the Board (s.125)"), "drop": _("Drop the case")}
BUTTONS = {"call": _("Call for objections"), "objections": _("Record"), "forward": _("Forward the report"),
           "receipt": _("Record the receipt"), "action": _("Record the action and close"),
           "order": _("Make the order"), "drop": _("Drop the case")}
DOC_LABELS = {"objections": _("Call for objections"), "forwarding": _("Forwarding of the report"),
              "order": _("Order"), "appointment": _("Appointment")}


def _department():
    """Every officer of the department in service: an inquiry officer or administrator may come from anywhere."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(officer__is_active=True).order_by("first_name", "username")


def _cases(user):
    return in_jurisdiction(Supersession.objects.select_related("society", "district"), user)


@officer_required
def office_supersessions(request):
    """Supersession cases in the officer's districts: open ones first, each with its next step."""
    today = clock.today()
    rows = list(_cases(request.user).select_related("inquiry", "inspection").order_by("-opinion_on", "-pk")[:200])
    rows.sort(key=lambda c: c.state not in OPEN_STATES)
    return render(request, "supersession/office/list.html", {
        "cases": [(case, next_step(case, today)) for case in rows], "today": today,
        "may_open": rank_may(request.user, Act.SUPERSEDE_BOARD)})


@officer_required
def office_supersession_new(request):
    """The Registrar records his opinion that a ground exists; it opens the inquiry or inspection."""
    today = clock.today()
    form = forms.OpinionForm(request.POST or None, officers=_department(),
                             societies=societies_for(request.user))
    if request.method == "POST":
        response = run(request, form, lambda d: services.supersession_open(
            actor=request.user, society_id=d["society"].pk, ground=d["ground"], opinion=d["opinion"], today=today,
            route=d["route"], subject=d["subject"], officer_id=d["officer"].pk if d["officer"] else None,
            rbi_reference=d["rbi_reference"], rbi_dated=d["rbi_dated"], rbi_received_on=d["rbi_received_on"],
            evidence_note=d["evidence"]),
            lambda c: OPENED % {"pk": c.pk}, lambda c: reverse("office_supersession_case", args=[c.pk]))
        if response:
            return response
    return render(request, "supersession/office/form.html", {
        "form": form, "title": _("Record the opinion that a ground of supersession exists (s.125)"),
        "button": _("Record the opinion"), "may_act": rank_may(request.user, Act.SUPERSEDE_BOARD)})


def _forms(case, today, user, data=None, action=None):
    """The step forms the case's stage allows the user; `data` binds the one posted. The Registrar-level steps
    (forwarding after considering the objections, the order, dropping) only for those ranks (SUPERSEDE_BOARD);
    the next step on the page says who acts."""
    def bound(name):
        return data if action == name else None

    registrar_level = may(user, Act.SUPERSEDE_BOARD, case.district_id)

    shown = {}
    state = case.state
    if state == SupersessionState.OPINION and not skips_inquiry(case.ground) and services.report_ready(case):
        shown["call"] = forms.ObjectionsCallForm(bound("call"), prefix="call")
    if state == SupersessionState.OBJECTIONS:
        if case.objections_recorded_on is None:
            shown["objections"] = forms.ObjectionsForm(bound("objections"), prefix="objections")
        elif registrar_level:
            shown["forward"] = forms.ForwardForm(bound("forward"), prefix="forward")
    if state == SupersessionState.FORWARDED:
        if case.received_on is None:
            shown["receipt"] = forms.ReceiptForm(bound("receipt"), prefix="receipt")
        elif today <= case.action_due_on:
            from societies.governance.models import GeneralMeeting

            meetings = GeneralMeeting.objects.filter(society=case.society, held_on__gte=case.received_on)
            shown["action"] = forms.ActionForm(bound("action"), prefix="action", meetings=meetings)
    if registrar_level and services.supersede_refusal(case, today) is None and state in (
            SupersessionState.OPINION, SupersessionState.FORWARDED):
        shown["order"] = forms.OrderForm(bound("order"), prefix="order", officers=_department())
    if registrar_level and state in (SupersessionState.OPINION, SupersessionState.OBJECTIONS,
                                     SupersessionState.FORWARDED):
        shown["drop"] = forms.DropForm(bound("drop"), prefix="drop")
    return shown


def _act(request, case, action, form, today):
    pk, user = case.pk, request.user
    calls = {
        "call": lambda d: services.supersession_call_objections(case_id=pk, actor=user, today=today,
                                                                objections_due_on=d["objections_due_on"]),
        "objections": lambda d: services.supersession_record_objections(
            case_id=pk, actor=user, today=today, objections=d["objections"], none_received=d["none_received"]),
        "forward": lambda d: services.supersession_forward_report(case_id=pk, actor=user, today=today,
                                                                  consideration=d["consideration"]),
        "receipt": lambda d: services.supersession_record_receipt(case_id=pk, actor=user, today=today,
                                                                  received_on=d["received_on"]),
        "action": lambda d: services.supersession_record_action(
            case_id=pk, actor=user, today=today, action_taken=d["action_taken"], taken_on=d["taken_on"],
            meeting_id=d["meeting"].pk if d["meeting"] else None),
        "drop": lambda d: services.supersession_drop(case_id=pk, actor=user, today=today, reasons=d["reasons"]),
        "order": lambda d: order_services.supersession_order(
            case_id=pk, actor=user, today=today, administrator_ids=[u.pk for u in d["administrators"]],
            suspend=d["suspend"], rbi_period_ends_on=d["rbi_period_ends_on"]),
    }

    def success(result):
        if action == "receipt":
            return DONE[action] % {"day": f"{result.action_due_on:%d %b %Y}"}
        if action == "order":
            return DONE[action] % {"number": result.order.number, "day": f"{result.period_ends_on:%d %b %Y}"}
        return DONE[action]

    return run(request, form, calls[action], success, reverse("office_supersession_case", args=[pk]))


@officer_required
def office_supersession_case(request, pk):
    case = get_for_officer(Supersession.objects.select_related("society", "district", "inquiry", "inspection",
                                                               "order", "recorded_by"), request.user, pk=pk)
    today = clock.today()
    action = request.POST.get("action", "") if request.method == "POST" else None
    shown = _forms(case, today, request.user, request.POST if action else None, action)
    if request.method == "POST":
        if action not in shown:
            messages.error(request, _("That cannot be done at this stage of the case."))
            return redirect("office_supersession_case", pk=pk)
        response = _act(request, case, action, shown[action], today)
        if response:
            return response
    elif request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    administrators = list(case.administrators.select_related("officer"))
    return render(request, "supersession/office/case.html", {
        "case": case, "forms": shown, "today": today, "next_step": next_step(case, today), "steps": steps(case),
        "orders": orders_for(case), "administrators": administrators, "titles": TITLES, "buttons": BUTTONS,
        "documents": _documents(case), "may_supersede": may(request.user, Act.SUPERSEDE_BOARD, case.district_id)})


def _documents(case):
    docs = []
    if case.objections_called_on:
        docs.append(("objections", DOC_LABELS["objections"]))
    if case.forwarded_on:
        docs.append(("forwarding", DOC_LABELS["forwarding"]))
    if case.order_id:
        docs.append(("order", DOC_LABELS["order"]))
    return docs


@officer_required
def office_supersession_document(request, pk, doc, lang):
    case = get_for_officer(Supersession.objects.select_related("society", "district", "inquiry", "inspection",
                                                               "order"), request.user, pk=pk)
    if doc not in DOCS or lang not in LANGUAGES:
        raise Http404("No such document.")
    administrator = None
    if doc == "appointment":
        administrator = case.administrators.select_related("officer").filter(pk=request.GET.get("a") or 0).first()
    pdf = render_document(case, doc, lang, administrator)
    if pdf is None:
        raise Http404("This document has not been issued.")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="supersession-{case.pk}-{doc}-{lang}.pdf"'
    return response
