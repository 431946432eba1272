"""A party's pages: filing online against an order they are a party to, their own cases (from the home page), one
case. Another citizen gets 404 (we do not confirm the case exists)."""

from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from orders.models import Order
from registrar import clock
from registrar.access import login_required_403
from registrar.form_views import form_submit

from .. import selectors, services
from ..forms import AppealForm
from ..models import Appeal, Forum, Route
from ..parties import is_aggrieved, is_party
from ..services.filing import route_and_limit

FILED = _("Registered as %(number)s. The acknowledgement is below.")


def documents_from(data) -> list:
    upload = data.get("document")
    return [(upload.name, upload)] if upload else []


def route_rows(order) -> list:
    """What the portal tells the appellant before filing: per route, the forum, the rule, the trigger and the
    last day (holidays and outages counted for an appeal, never for the s.111(2) review)."""
    rows = []
    for route in (Route.REVIEW, Route.APPEAL):
        option = route_and_limit(order, route)[0]
        if option is not None:
            rows.append({"route": Route(route).label, "option": option,
                         "forum": Forum(option.forum).label})
    return rows


@login_required_403
def appeal_new(request, pk):
    order = Order.objects.select_related("society", "district").filter(pk=pk).first()
    if order is None or not is_aggrieved(request.user, order):
        raise Http404("No such order of yours.")
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    form = AppealForm(request.POST or None, request.FILES or None, initial={"route": Route.REVIEW})
    done, status = form_submit(
        request, form, lambda data: services.appeal_file(
            order_id=order.pk, actor=request.user, route=data["route"], grounds=data["grounds"],
            relief=data["relief"], question_of_law=data["question_of_law"],
            delay_explanation=data["delay_explanation"], documents=documents_from(data), today=today),
        message=lambda appeal: FILED % {"number": appeal.number},
        then=lambda appeal: redirect("appeal_mine", pk=appeal.pk))
    if done:
        return done
    return render(request, "appeals/new.html", {"order": order, "form": form, "routes": route_rows(order),
                                                "today": today}, status=status)


@login_required_403
def my_appeals(request):
    today = clock.today()
    return render(request, "appeals/my_list.html", {
        "appeals": selectors.appeals_of_party(request.user), "disputes": selectors.disputes_of_party(request.user),
        "appealable": selectors.appealable_orders_for(request.user, today), "today": today})


def party_appeal_or_404(user, pk) -> Appeal:
    appeal = Appeal.objects.select_related("order", "decision_order", "delay_order").filter(pk=pk).first()
    if appeal is None or not is_party(user, appeal):
        raise Http404("No such case of yours.")
    return appeal


@login_required_403
def appeal_mine(request, pk):
    appeal = party_appeal_or_404(request.user, pk)
    return render(request, "appeals/mine.html", {
        "appeal": appeal, "hearings": appeal.hearings.all(), "documents": appeal.documents.all(),
        "stay": appeal.order.stays.filter(vacated_on__isnull=True).first()})


@login_required_403
def appeal_mine_pdf(request, pk, doc):
    from .office import appeal_pdf_response

    return appeal_pdf_response(party_appeal_or_404(request.user, pk), doc)
