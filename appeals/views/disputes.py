"""Office pages of disputes (ss.92-93, 8(1), 49(2)(l)): the list, referring one for a society, and one case file
with its route, nominations and award."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may
from registrar.form_views import form_submit
from registrar.models import User
from registrar.selectors import in_jurisdiction
from societies.models import Society

from .. import selectors
from ..forms import AwardForm, DisputeForm, NominateForm, RouteForm
from ..models import Dispute
from ..services import disputes as services

REFERRED = _("Dispute %(number)s entered.")
DONE = {"route": _("The Registrar's order on the dispute is recorded."),
        "nominate": _("The arbitrator is nominated."), "award": _("The award is made.")}
NO_SUCH_OFFICER = _("No officer has this username.")
NO_SUCH_SOCIETY = _("No society in your jurisdiction has the registration number %(number)s.")


@officer_required
def office_disputes(request):
    today = clock.today()
    number = " ".join((request.GET.get("number") or "").split())[:60]
    if number:  # "Refer a dispute" for the society with this registration number, if it is in the jurisdiction
        society = in_jurisdiction(Society.objects.all(), request.user).filter(registration_number__iexact=number).first()
        if society is not None:
            return redirect("office_dispute_new", pk=society.pk)
        messages.error(request, NO_SUCH_SOCIETY % {"number": number})
    state = request.GET.get("state", "open")
    state = state if state in selectors.APPEAL_STATES else "open"
    age = request.GET.get("age", "")
    age = age if age in selectors.AGES else ""
    page = Paginator(selectors.dispute_list_for_officer(request.user, today, state=state, age=age), 50).get_page(
        request.GET.get("page"))
    return render(request, "appeals/disputes_list.html", {
        "page": page, "state": state, "age": age, "today": today,
        "query_string": urlencode({k: v for k, v in (("state", state), ("age", age)) if v})})


@officer_required
def office_dispute_new(request, pk):
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    allowed = may(request.user, Act.DECIDE_DISPUTE, society.district_id)
    form = DisputeForm(request.POST or None, initial={"referred_on": today})
    done, status = form_submit(
        request, form, lambda data: services.dispute_refer(
            society=society, actor=request.user, kind=data["kind"], subject=data["subject"],
            claimant_name=data["claimant_name"], respondent_name=data["respondent_name"],
            referred_on=data["referred_on"], today=today, employee_discipline=data["employee_discipline"]),
        allowed=allowed, refusal=services.NOT_ALLOWED, message=lambda dispute: REFERRED % {"number": dispute.number},
        then=lambda dispute: redirect("office_dispute_detail", pk=dispute.pk))
    if done:
        return done
    return render(request, "appeals/dispute_new.html", {"society": society, "form": form, "allowed": allowed,
                                                        "not_allowed": services.NOT_ALLOWED}, status=status)


def _act(action, form, dispute, user, today):
    data = form.cleaned_data
    if action == "route":
        officer = None
        if data["how"] == "officer":
            officer = User.objects.filter(username=data["officer_username"].strip(), officer__isnull=False).first()
            if officer is None:
                raise ValidationError({"officer_username": NO_SUCH_OFFICER})
        services.dispute_route(dispute_id=dispute.pk, actor=user, how=data["how"], today=today, officer=officer,
                               arbitrator=data["arbitrator"], legal_practitioner=data["legal_practitioner"])
    elif action == "nominate":
        services.dispute_nominate(dispute_id=dispute.pk, actor=user, for_party=data["for_party"], name=data["name"],
                                  today=today, by_registrar=data["by_registrar"],
                                  legal_practitioner=data["legal_practitioner"])
    elif action == "award":
        services.dispute_award(dispute_id=dispute.pk, actor=user, text=data["text"], amount=data["amount"],
                               today=today)


@officer_required
def office_dispute_detail(request, pk):
    dispute = get_for_officer(Dispute.objects.select_related("society", "district", "award", "notice", "due"),
                              request.user, pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    allowed = may(request.user, Act.DECIDE_DISPUTE, dispute.district_id)
    action = request.POST.get("action", "") if request.method == "POST" else ""
    data = request.POST if request.method == "POST" else None
    forms = {"route": RouteForm(data if action == "route" else None, prefix="route"),
             "nominate": NominateForm(data if action == "nominate" else None, prefix="nominate"),
             "award": AwardForm(data if action == "award" else None, prefix="award")}
    form = forms.get(action)
    done, status = form_submit(request, form, lambda data: _act(action, form, dispute, request.user, today),
                               message=lambda _: DONE[action], allowed=allowed, refusal=services.NOT_ALLOWED,
                               then=lambda _: redirect("office_dispute_detail", pk=dispute.pk))
    if done:
        return done
    return render(request, "appeals/dispute_detail.html", {
        "dispute": dispute, "forms": forms, "allowed": allowed, "today": today,
        "arbitrators": dispute.arbitrators.all()}, status=status)


@officer_required
def office_dispute_pdf(request, pk, doc):
    from django.http import Http404, HttpResponse

    from ..documents import DISPUTE_DOCS, dispute_pdf

    dispute = get_for_officer(Dispute.objects.select_related("society", "award", "notice"), request.user, pk=pk)
    if doc not in DISPUTE_DOCS:
        raise Http404("No such document.")
    try:
        data = dispute_pdf(dispute, doc)
    except LookupError:
        raise Http404("This document does not exist yet for the case.") from None
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{dispute.number.replace("/", "-")}-{doc}.pdf"'
    return response
