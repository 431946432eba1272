"""Office pages of winding up (the cancellation part): the list of cases (/office/liquidation/), the show-cause
notice that opens a compulsory case, and the case page with the actions of each stage. The case page is built
from registered sections (liquidation.sections): the liquidator's workspace and the closing add theirs."""

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.inquiry.views.common import officers_for, run, societies_for
from orders.services import orders_for
from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may, rank_may
from societies.models import Society

from .. import forms_cancellation as forms
from .. import selectors
from ..documents_cancellation import DOCUMENTS, render_document
from ..models import CancellationRecord, NoticePosting, WindingUp, WindingUpState
from ..sections import CaseSection, case_section, rendered
from ..services import appeal as appeal_services
from ..services import cancellation as services
from ..services import gazette as gazette_services

SHOW_CAUSE_ISSUED = _("Show-cause notice issued; the society's reply is due by %(day)s.")
REPLY_RECORDED = _("The society's reply is recorded.")
ORDERED = _("Registration cancelled by order %(number)s. Send the Gazette notice to the Government Press and by "
            "registered post now (s.94(3)).")
DROPPED = _("The proceeding is dropped; no order was made.")
POSTED = _("Registered-post dispatch recorded.")
PUBLISHED = _("Publication recorded: the members' appeal window is open until %(last)s; with no appeal the order "
              "takes effect on %(effect)s.")
CONFIRMED = _("The cancellation took effect on %(day)s: the society is in liquidation.")
AFFILIATING_NOT_FOUND = _("No society with that registration number.")

TITLES = {"reply": _("The society's reply to the show-cause notice"),
          "order": _("Order cancelling the registration (s.94)"), "drop": _("Drop the proceeding"),
          "post": _("Registered post of the notice (s.94(3))"),
          "gazette": _("Publication in the Official Gazette (s.94(3))"),
          "confirm": _("The State Government confirmed the order (s.94(7))")}
BUTTONS = {"reply": _("Record"), "order": _("Make the order"), "drop": _("Drop"), "post": _("Record the dispatch"),
           "gazette": _("Record the publication"), "confirm": _("Record: the cancellation takes effect")}


@officer_required
def office_liquidation_list(request):
    """Every winding-up case in the officer's jurisdiction with its stage and dates."""
    cases = list(selectors.winding_up_list_for_officer(request.user)[:300])
    return render(request, "liquidation/cancellation/office_list.html", {
        "cases": cases, "today": clock.today(), "may_order": rank_may(request.user, Act.ORDER_CANCELLATION)})


@officer_required
def office_liquidation_show_cause(request):
    """A compulsory case opens with the show-cause notice (s.94(2)), after an inquiry or inspection."""
    today = clock.today()
    form = forms.ShowCauseForm(request.POST or None, societies=societies_for(request.user))
    if request.method == "POST":
        response = run(request, form, lambda d: services.show_cause_issue(
            society_id=d["society"].pk, actor=request.user, ground=d["ground"], grounds=d["grounds"],
            reply_by=d["reply_by"], today=today, inquiry_id=d["inquiry"], inspection_id=d["inspection"]),
            lambda c: SHOW_CAUSE_ISSUED % {"day": f"{c.record.reply_by:%d %b %Y}"},
            lambda c: reverse("office_liquidation_case", args=[c.pk]))
        if response:
            return response
    return render(request, "liquidation/cancellation/form.html", {
        "form": form, "title": _("Notice to show cause against cancellation (s.94(2))"),
        "button": _("Issue the notice")})


def _forms(case, data=None, action=None):
    def bound(name):
        return data if action == name else None

    shown = {}
    if case.state == WindingUpState.SHOW_CAUSE:
        shown["reply"] = forms.ReplyForm(bound("reply"), prefix="reply")
    if case.state in (WindingUpState.RESOLUTION_FILED, WindingUpState.SHOW_CAUSE):
        shown["order"] = forms.OrderForm(bound("order"), prefix="order", liquidators=officers_for(case.district))
        shown["drop"] = forms.DropForm(bound("drop"), prefix="drop")
    if case.state in (WindingUpState.CANCELLATION_ORDERED, WindingUpState.APPEAL_PENDING):
        shown["post"] = forms.PostingForm(bound("post"), prefix="post")
    if case.state == WindingUpState.CANCELLATION_ORDERED and case.gazette_published_on is None:
        shown["gazette"] = forms.GazetteForm(bound("gazette"), prefix="gazette")
    if case.state == WindingUpState.APPEAL_PENDING:
        shown["confirm"] = forms.ConfirmForm(bound("confirm"), prefix="confirm")
    return shown


def _affiliating(number):
    number = (number or "").strip()
    if not number:
        return None
    society = Society.objects.filter(registration_number__iexact=number).first()
    if society is None:
        from django.core.exceptions import ValidationError

        raise ValidationError({"affiliating": AFFILIATING_NOT_FOUND})
    return society.pk


def _act(request, case, action, form, today):
    pk, user = case.pk, request.user
    calls = {
        "reply": (lambda d: services.reply_record(winding_up_id=pk, actor=user, today=today, reply_on=d["reply_on"],
                                                  reply_text=d["reply_text"], no_reply=d["no_reply"]),
                  REPLY_RECORDED),
        "order": (lambda d: services.cancellation_order(
            winding_up_id=pk, actor=user, liquidator_id=d["liquidator"].pk, grounds=d["grounds"], today=today,
            affiliating_society_id=_affiliating(d["affiliating"])),
            lambda c: ORDERED % {"number": c.cancellation_order.number}),
        "drop": (lambda d: services.cancellation_drop(winding_up_id=pk, actor=user, reasons=d["reasons"],
                                                      today=today), DROPPED),
        "post": (lambda d: gazette_services.notice_post_record(
            winding_up_id=pk, actor=user, to=d["to"], addressee=d["addressee"], posted_on=d["posted_on"],
            reference=d["reference"], today=today), POSTED),
        "gazette": (lambda d: gazette_services.gazette_publication_record(
            winding_up_id=pk, actor=user, gazette_number=d["gazette_number"], published_on=d["published_on"],
            today=today), lambda c: PUBLISHED % dict(zip(
                ("last", "effect"), (f"{x:%d %b %Y}" for x in gazette_services.two_months(c.gazette_published_on)),
                strict=True))),
        "confirm": (lambda d: appeal_services.cancellation_confirm(winding_up_id=pk, actor=user, today=today),
                    lambda c: CONFIRMED % {"day": f"{c.takes_effect_on:%d %b %Y}"}),
    }
    call, success = calls[action]
    return run(request, form, call, success, reverse("office_liquidation_case", args=[pk]))


def _case(request, pk):
    return get_for_officer(WindingUp.objects.select_related(
        "society", "district", "cancellation_order", "liquidator", "inquiry", "inspection"), request.user, pk=pk)


@officer_required
def office_liquidation_case(request, pk):
    case = _case(request, pk)
    today = clock.today()
    action = request.POST.get("action", "") if request.method == "POST" else None
    may_act = may(request.user, Act.ORDER_CANCELLATION, case.district_id)
    shown = _forms(case, request.POST if action else None, action) if may_act else {}
    if request.method == "POST":
        if action not in shown:
            messages.error(request, _("That cannot be done at this stage of the case."))
            return redirect("office_liquidation_case", pk=pk)
        response = _act(request, case, action, shown[action], today)
        if response:
            return response
    elif request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    return render(request, "liquidation/cancellation/office_case.html", {
        "case": case, "today": today, "sections": rendered(case, request, today),
        "forms": shown, "titles": TITLES, "buttons": BUTTONS})


@officer_required
def office_liquidation_document(request, pk, doc, lang):
    case = _case(request, pk)
    if doc not in DOCUMENTS or lang not in ("en", "as"):
        raise Http404("No such document.")
    pdf = render_document(doc, case, lang)
    if pdf is None:
        raise Http404("This document does not exist yet.")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{doc}-{case.pk}-{lang}.pdf"'
    return response


# ---- the cancellation's own sections of the case page -----------------------------------------------------------

def _facts(case, request, today):
    record = CancellationRecord.objects.select_related("show_cause", "affiliating_society", "appointment") \
        .filter(winding_up=case).first()
    appeal_last_day, effect_on = selectors.appeal_window(case)
    return {"record": record, "appeal_last_day": appeal_last_day, "effect_on": effect_on,
            "in_effect": selectors.in_effect(case), "paused": selectors.is_paused(case, today),
            "postings": list(NoticePosting.objects.filter(winding_up=case)),
            "orders": orders_for(case), "documents": [(k, label) for k, label in DOCUMENTS.items()
                                                      if _exists(k, case, record)],
            "appeals": _appeals(case)}


def _exists(doc, case, record):
    if doc == "show_cause":
        return record is not None and record.show_cause_id is not None
    return case.cancellation_order_id is not None


def _appeals(case):
    if case.cancellation_order_id is None:
        return []
    from appeals.models import Appeal

    return list(Appeal.objects.filter(order_id=case.cancellation_order_id).order_by("filed_on", "pk"))


case_section(CaseSection("cancellation", "liquidation/cancellation/_facts.html", _facts, order=10))
