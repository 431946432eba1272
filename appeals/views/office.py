"""Office pages of appeals: the register (list, filtered as the picture's figures are), one case with its
proceedings (the delay order, hearings, stay, outcome, costs, certified copies: one form per action, posted to
the case's page), a paper filing against an order, and portal outages."""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from orders.models import Order
from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may, rank_may
from registrar.form_views import form_submit

from .. import outages, selectors, services
from ..forms import (
    AdjournForm,
    AmountForm,
    DecideForm,
    DelayForm,
    HearingForm,
    HoldForm,
    OutageForm,
    PaperAppealForm,
    StayForm,
    VacateForm,
)
from ..models import Appeal, Forum, Hearing, Outage
from ..services.common import NOT_ALLOWED
from .party import documents_from, route_rows

DONE = {
    "delay": _("The order on the delay is recorded."), "hearing": _("The hearing is fixed and the notice sent."),
    "adjourn": _("The hearing is adjourned and the notice of the next date sent."),
    "hold": _("The record of the hearing is saved."), "stay": _("The order appealed is stayed."),
    "vacate": _("The stay is vacated."), "decide": _("The order is made."), "costs": _("Costs raised in the dues ledger."),
    "copy": _("The copy fee is raised in the dues ledger."),
}
PAPER_DONE = _("Paper filing entered as %(number)s.")
OUTAGE_DONE = _("Outage recorded; open filings whose last day fell in it are re-dated.")
PAGE_SIZE = 50


@officer_required
def office_appeals(request):
    today = clock.today()
    state = request.GET.get("state", "open")
    state = state if state in selectors.APPEAL_STATES else "open"
    forum = request.GET.get("forum", "")
    forum = forum if forum in Forum.values else ""
    age = request.GET.get("age", "")
    age = age if age in selectors.AGES else ""
    rows = selectors.appeal_list_for_officer(request.user, today, state=state, forum=forum, age=age)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "appeals/office_list.html", {
        "page": page, "state": state, "forum": forum, "age": age, "today": today, "forums": Forum.choices,
        "ages": list(selectors.AGES), "states": selectors.APPEAL_STATES,
        "general_assembly": selectors.general_assembly_appeals_for_officer(request.user) if state == "open" else [],
        "query_string": urlencode({k: v for k, v in (("state", state), ("forum", forum), ("age", age)) if v})})


def _forms(request, appeal, today, bound: str = ""):
    data = request.POST if request.method == "POST" else None

    def form(cls, key, **initial):
        return cls(data if bound == key else None, initial=initial or None, prefix=key)

    return {
        "delay": form(DelayForm, "delay"), "hearing": form(HearingForm, "hearing", on=today),
        "adjourn": form(AdjournForm, "adjourn"), "hold": form(HoldForm, "hold"),
        "stay": form(StayForm, "stay", granted_on=today), "vacate": form(VacateForm, "vacate", vacated_on=today),
        "decide": form(DecideForm, "decide"), "costs": form(AmountForm, "costs"), "copy": form(AmountForm, "copy"),
    }


def _act(action: str, form, appeal, request, today):
    data, pk, user = form.cleaned_data, appeal.pk, request.user
    hearing = appeal.hearings.filter(state=Hearing.State.FIXED).order_by("-on").first()
    if action == "delay":
        services.appeal_delay_decide(appeal_id=pk, actor=user, proceed=data["proceed"], reasons=data["reasons"],
                                     today=today)
    elif action == "hearing":
        services.hearing_fix(appeal_id=pk, actor=user, on=data["on"], at=data["at"], place=data["place"],
                             video_link=data["video_link"], today=today)
    elif action in ("adjourn", "hold") and hearing is None:
        raise ValidationError(services.proceedings.NOT_FIXED)
    elif action == "adjourn":
        services.hearing_adjourn(hearing_id=hearing.pk, actor=user, reason=data["reason"], next_on=data["next_on"],
                                 next_at=data["next_at"], today=today)
    elif action == "hold":
        services.hearing_hold(hearing_id=hearing.pk, actor=user, record=data["record"], today=today)
    elif action == "stay":
        services.appeal_stay(appeal_id=pk, actor=user, reasons=data["reasons"], granted_on=data["granted_on"],
                             today=today)
    elif action == "vacate":
        services.appeal_stay_vacate(appeal_id=pk, actor=user, vacated_on=data["vacated_on"], today=today)
    elif action == "decide":
        services.appeal_decide(appeal_id=pk, actor=user, outcome=data["outcome"], text=data["text"], today=today)
    elif action == "costs":
        services.appeal_award_costs(appeal_id=pk, actor=user, amount=data["amount"], today=today)
    elif action == "copy":
        services.appeal_record_copy(appeal_id=pk, actor=user, fee=data["amount"], requested_by=data["requested_by"],
                                    today=today)


@officer_required
def office_appeal_detail(request, pk):
    appeal = get_for_officer(Appeal.objects.select_related("order", "district", "society", "delay_order",
                                                           "decision_order"), request.user, pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    allowed = may(request.user, Act.HEAR_APPEAL, appeal.district_id)
    action = request.POST.get("action", "") if request.method == "POST" else ""
    forms = _forms(request, appeal, today, bound=action)
    form = forms.get(action)
    done, status = form_submit(request, form, lambda data: _act(action, form, appeal, request, today),
                               message=lambda _: DONE[action], allowed=allowed, refusal=NOT_ALLOWED,
                               then=lambda _: redirect("office_appeal_detail", pk=appeal.pk))
    if done:
        return done
    stay = appeal.order.stays.filter(vacated_on__isnull=True).first()
    return render(request, "appeals/office_detail.html", {
        "appeal": appeal, "allowed": allowed, "forms": forms, "today": today, "stay": stay,
        "hearings": appeal.hearings.select_related("officer", "notice"), "documents": appeal.documents.all(),
        "fixed": appeal.hearings.filter(state=Hearing.State.FIXED).exists()}, status=status)


@officer_required
def office_appeal_paper(request, pk):
    """Enter a paper appeal or review petition against order `pk`, with its date of receipt."""
    order = get_for_officer(Order.objects.select_related("society", "district"), request.user, pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    allowed = may(request.user, Act.HEAR_APPEAL, order.district_id)
    form = PaperAppealForm(request.POST or None, request.FILES or None, initial={"received_on": today})
    done, status = form_submit(
        request, form, lambda data: services.appeal_file(
            order_id=order.pk, actor=request.user, route=data["route"], grounds=data["grounds"],
            relief=data["relief"], question_of_law=data["question_of_law"],
            delay_explanation=data["delay_explanation"], documents=documents_from(data), today=today,
            received_on=data["received_on"], appellant_name=data["appellant_name"],
            appellant_address=data["appellant_address"], appellant_phone=data["appellant_phone"],
            appellant_email=data["appellant_email"]),
        allowed=allowed, refusal=NOT_ALLOWED, message=lambda appeal: PAPER_DONE % {"number": appeal.number},
        then=lambda appeal: redirect("office_appeal_detail", pk=appeal.pk))
    if done:
        return done
    return render(request, "appeals/paper.html", {"order": order, "form": form, "allowed": allowed,
                                                  "routes": route_rows(order), "not_allowed": NOT_ALLOWED},
                  status=status)


@officer_required
def office_outages(request):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    allowed = rank_may(request.user, Act.RECORD_OUTAGE)
    form = OutageForm(request.POST or None, initial={"starts_on": today, "ends_on": today})
    done, status = form_submit(
        request, form, lambda data: outages.outage_record(
            actor=request.user, starts_on=data["starts_on"], ends_on=data["ends_on"], notice=data["notice"],
            today=today),
        allowed=allowed, refusal=outages.NOT_ALLOWED, message=OUTAGE_DONE, then=lambda _: redirect("office_outages"))
    if done:
        return done
    return render(request, "appeals/outages.html", {
        "outages": Outage.objects.select_related("recorded_by")[:100], "form": form, "allowed": allowed,
        "not_allowed": outages.NOT_ALLOWED}, status=status)


def appeal_for_order_page(order_pk: int):
    """The appeals against an order, for the register's order page."""
    return list(Appeal.objects.filter(order_id=order_pk).select_related("decision_order"))


__all__ = ["get_object_or_404"]


def _pdf_response(data: bytes, name: str):
    from django.http import HttpResponse

    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return response


def appeal_pdf_response(appeal, doc: str):
    from django.http import Http404

    from ..documents import DOCS, appeal_pdf

    if doc not in DOCS:
        raise Http404("No such document.")
    try:
        data = appeal_pdf(appeal, doc)
    except LookupError:
        raise Http404("This document does not exist yet for the case.") from None
    return _pdf_response(data, f"{appeal.number.replace('/', '-')}-{doc}")


@officer_required
def office_appeal_pdf(request, pk, doc):
    appeal = get_for_officer(Appeal.objects.select_related("order", "decision_order", "delay_order"), request.user,
                             pk=pk)
    return appeal_pdf_response(appeal, doc)
