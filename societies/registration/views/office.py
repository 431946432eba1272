"""Office pages under /office/applications/: the work queue and one application with its actions."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.forms import formset_factory
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.calendar import days_left
from registrar.duplicates import AlreadyRecorded
from registrar.selectors import districts_for, officer_for

from .. import rules, selectors, services
from ..forms import AssignForm, HearingForm, PaperApplicationForm, QueryForm, RefuseForm, RegisterForm
from ..models import OPEN_STATES, AppState, RegistrationApplication
from ..permissions import DECIDING_RANKS, PAPER_NOT_ALLOWED, can_decide, can_enter_paper, is_superior_for

PAGE_SIZE = 25
DONE = _("Done.")
NOT_ALLOWED_NOW = _("That cannot be done at this stage of the application.")
QueryFormSet = formset_factory(QueryForm, extra=3, min_num=1, validate_min=True)


@officer_required
def workqueue(request):
    today = clock.today()
    state = request.GET.get("state") or ""
    if state and state not in AppState.values:
        state = ""
    page = Paginator(selectors.application_list_for_officer(request.user, state or None), PAGE_SIZE).get_page(
        request.GET.get("page"))
    rows = [(a, days_left(a.decision_due_on, today) if a.decision_due_on and a.is_open else None) for a in page]
    return render(request, "societies/office/workqueue.html", {
        "page": page, "rows": rows, "state": state, "today": today,
        "states": [(s, AppState(s).label) for s in AppState.values if s != AppState.DRAFT],
        "query_string": f"state={state}" if state else "",
        # Every row is in the officer's jurisdiction (the selector filters), so rank alone decides the button.
        "can_claim": officer_for(request.user).rank in DECIDING_RANKS,
        "can_enter_paper": can_enter_paper(request.user),
    })


@officer_required
def application_paper(request):
    """Enter a paper application received by hand or post, with its date of receipt (its clock starts then)."""
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if not can_enter_paper(request.user):
        raise PermissionDenied(PAPER_NOT_ALLOWED)
    today = clock.today()
    districts = districts_for(request.user)
    form = PaperApplicationForm(request.POST or None, districts=districts, today=today)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            application = services.application_receive_paper(
                actor=request.user, district=data["district"], received_on=data["received_on"], today=today,
                proposed_name=data["proposed_name"], society_type=data["society_type"], address=data["address"],
                area_of_operation=data["area_of_operation"],
                authorised_share_capital=data["authorised_share_capital"], is_secondary=data["is_secondary"],
                chief_promoter_name=data["chief_promoter_name"], applicant_name=data["applicant_name"],
                applicant_email=data["applicant_email"], confirm_past_last_day=data["confirm_past_last_day"])
        except AlreadyRecorded as exc:
            messages.info(request, exc.messages[0])
            return redirect("office_application_detail", pk=exc.existing.pk)
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("Paper application entered: %(number)s.")
                             % {"number": application.acknowledgement_number})
            return redirect("office_application_detail", pk=application.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "societies/office/paper.html", {
        "form": form, "today": today,
        "deemed_from": rules.deemed_registration_date(form.cleaned_data["received_on"])
        if form.past_last_day and form.cleaned_data.get("received_on") else None,
    }, status=status)


def _get(request, pk) -> RegistrationApplication:
    return get_for_officer(RegistrationApplication.objects.exclude(state=AppState.DRAFT)
                           .select_related("district", "applicant", "assigned_officer", "society"),
                           request.user, pk=pk)


@officer_required
def application_detail(request, pk, forms=None):
    application = _get(request, pk)
    today = clock.today()
    forms = forms or {}
    context = {
        "application": application, "today": today,
        "days_left": days_left(application.decision_due_on, today) if application.decision_due_on else None,
        "deemed_from": rules.deemed_registration_date(application.received_on)
        if application.received_on and application.decision_due_on else None,
        "promoters": application.promoters.all(),
        "queries": application.queries.prefetch_related("items"),
        "uploads": application.uploads.all(),
        "can_decide": can_decide(request.user, application),
        "is_superior": is_superior_for(request.user, application),
        "assign_form": forms.get("assign") or AssignForm(application=application),
        "is_open": application.state in OPEN_STATES,
        "query_formset": forms.get("query") or QueryFormSet(prefix="q"),
        "hearing_form": forms.get("hearing") or HearingForm(application=application),
        "register_form": forms.get("register") or RegisterForm(initial={"dispatched_on": today}),
        "refuse_form": forms.get("refuse") or RefuseForm(initial={"dispatched_on": today}),
        # s.111(2): the reopen button only while the refusal's 60 days from communication run.
        "review_window": (window := services.refusal_review_window(application)),
        "review_open": window is not None and window.is_open(today),
    }
    return render(request, "societies/office/detail.html", context, status=400 if forms else 200)


@officer_required
def application_act(request, pk, action):
    application = _get(request, pk)  # jurisdiction first: another district's officer gets 404 whatever the method
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    today = clock.today()
    user = request.user
    try:
        if action == "claim":
            services.application_claim(application_id=application.pk, actor=user)
        elif action == "assign":
            form = AssignForm(request.POST, application=application)
            if not form.is_valid():
                return application_detail(request, pk, forms={"assign": form})
            services.application_assign(application_id=application.pk, actor=user,
                                        officer=form.cleaned_data["officer"])
        elif action == "scrutiny":
            services.application_start_scrutiny(application_id=application.pk, actor=user)
        elif action == "clearance":
            services.application_await_clearance(application_id=application.pk, actor=user)
        elif action == "query":
            formset = QueryFormSet(request.POST, prefix="q")
            if not formset.is_valid():
                return application_detail(request, pk, forms={"query": formset})
            items = [f.cleaned_data for f in formset if f.cleaned_data and f.cleaned_data.get("subject")]
            services.application_send_query(application_id=application.pk, actor=user, today=today, items=items)
        elif action == "hearing":
            form = HearingForm(request.POST, application=application)
            if not form.is_valid():
                return application_detail(request, pk, forms={"hearing": form})
            data = form.cleaned_data
            services.application_schedule_hearing(
                application_id=application.pk, actor=user, today=today, hearing_on=data["hearing_on"],
                hearing_time=data["hearing_time"], place=data["place"], grounds=data["grounds"],
                confirm_after_last_day=data["confirm_after_last_day"])
        elif action == "register":
            form = RegisterForm(request.POST)
            if not form.is_valid():
                return application_detail(request, pk, forms={"register": form})
            services.application_register(application_id=application.pk, actor=user, today=today,
                                          dispatched_on=form.cleaned_data["dispatched_on"])
        elif action == "refuse":
            form = RefuseForm(request.POST)
            if not form.is_valid():
                return application_detail(request, pk, forms={"refuse": form})
            services.application_refuse(application_id=application.pk, actor=user, today=today,
                                        reasons=form.cleaned_data["reasons"],
                                        dispatched_on=form.cleaned_data["dispatched_on"])
        elif action == "reopen":
            services.application_reopen_on_review(application_id=application.pk, actor=user, today=today)
        else:
            raise Http404("No such action.")
    except PermissionDenied as exc:
        raise PermissionDenied(str(exc)) from None
    except AlreadyRecorded as exc:
        messages.info(request, exc.messages[0])
        return redirect("office_application_detail", pk=pk)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return redirect("office_application_detail", pk=pk)
    except TransitionNotAllowed:
        messages.error(request, NOT_ALLOWED_NOW)
        return redirect("office_application_detail", pk=pk)
    messages.success(request, DONE)
    return redirect("office_application_detail", pk=pk)
