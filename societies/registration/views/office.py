"""Office pages under /office/applications/: the work queue and one application with its actions."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.forms import formset_factory
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.bounds import long_date
from registrar.calendar import days_left
from registrar.confirm import confirm_page, confirmed
from registrar.duplicates import AlreadyRecorded
from registrar.selectors import districts_for, officer_for

from .. import rules, selectors, services
from ..forms import AssignForm, HearingForm, PaperApplicationForm, QueryForm, RefuseForm, RegisterForm
from ..models import OPEN_STATES, AppState, RegistrationApplication
from ..permissions import DECIDING_RANKS, PAPER_NOT_ALLOWED, can_decide, can_enter_paper, is_superior_for

PAGE_SIZE = 25
SEARCH_MAX = 100
# What each action did, in words, with its number and date (issue 25 point 3).
CLAIMED = _("%(number)s is assigned to you.")
ASSIGNED = _("%(number)s is assigned to %(officer)s.")
SCRUTINY_STARTED = _("Scrutiny of %(number)s started on %(date)s. The last day stays %(due)s.")
CLEARANCE_AWAITED = _("%(number)s now awaits RBI/NABARD clearance (from %(date)s). The 60 days keep running to "
                      "%(due)s.")
QUERY_SENT = _("Query %(query)s on %(number)s sent on %(date)s with %(count)s point(s); the applicants have been "
               "told. The last day stays %(due)s.")
HEARING_FIXED = _("Hearing on %(number)s fixed for %(hearing)s; the notice dated %(date)s has gone to the "
                  "applicants.")
REGISTERED = _("Registered as %(number)s; certificate dated %(date)s ready to send.")
REFUSED = _("Registration of %(name)s refused by order %(order)s dated %(date)s; the applicants have been told. "
            "A review is possible for 60 days from that date.")
REOPENED = _("%(number)s reopened on review on %(date)s; the refusal order %(order)s is set aside.")
CONFIRM_REGISTER_TITLE = _("Register this society?")
CONFIRM_REGISTER = _("Register %(name)s under section 11 with a certificate dated %(date)s. A registration number "
                     "is given and the society enters the register.")
CONFIRM_REFUSE_TITLE = _("Refuse registration?")
CONFIRM_REFUSE = _("Refuse registration of %(name)s by an order dated %(date)s. Only a review under section 111(2) "
                   "can reopen it.")
NOT_ALLOWED_NOW = _("That cannot be done at this stage of the application.")
QueryFormSet = formset_factory(QueryForm, extra=3, min_num=1, validate_min=True)


@officer_required
def workqueue(request):
    today = clock.today()
    state = request.GET.get("state") or ""
    if state and state not in AppState.values:
        state = ""
    q = (request.GET.get("q") or "").strip()[:SEARCH_MAX]
    applications = selectors.application_list_for_officer(request.user, state or None)
    if q:
        # Name or acknowledgement number, any part of it (RCS/SNT/2026/000123 or just 123).
        applications = applications.filter(Q(proposed_name__icontains=q) | Q(acknowledgement_number__icontains=q))
    page = Paginator(applications, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(a, days_left(a.decision_due_on, today) if a.decision_due_on and a.is_open else None) for a in page]
    return render(request, "societies/office/workqueue.html", {
        "page": page, "rows": rows, "state": state, "today": today,
        "states": [(s, AppState(s).label) for s in AppState.values if s != AppState.DRAFT],
        "q": q, "query_string": urlencode({k: v for k, v in (("state", state), ("q", q)) if v}),
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


def _confirm(request, application, *, title, summary, button, facts, danger=False):
    return confirm_page(request, title=title, summary=summary, button=button, danger=danger,
                        back_url=reverse("office_application_detail", args=[application.pk]), facts=[
                            (_("Acknowledgement"), application.acknowledgement_number or "—"),
                            (_("Proposed name"), application.proposed_name), *facts])


@officer_required
def application_act(request, pk, action):
    application = _get(request, pk)  # jurisdiction first: another district's officer gets 404 whatever the method
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    today = clock.today()
    user = request.user
    number = application.acknowledgement_number
    try:
        if action == "claim":
            services.application_claim(application_id=application.pk, actor=user)
            done = CLAIMED % {"number": number}
        elif action == "assign":
            form = AssignForm(request.POST, application=application)
            if not form.is_valid():
                return application_detail(request, pk, forms={"assign": form})
            officer = form.cleaned_data["officer"]
            services.application_assign(application_id=application.pk, actor=user, officer=officer)
            done = ASSIGNED % {"number": number, "officer": officer.get_full_name() or officer.username}
        elif action == "scrutiny":
            done_app = services.application_start_scrutiny(application_id=application.pk, actor=user)
            done = SCRUTINY_STARTED % {"number": number, "date": long_date(today),
                                       "due": _due(done_app)}
        elif action == "clearance":
            done_app = services.application_await_clearance(application_id=application.pk, actor=user)
            done = CLEARANCE_AWAITED % {"number": number, "date": long_date(today), "due": _due(done_app)}
        elif action == "query":
            formset = QueryFormSet(request.POST, prefix="q")
            if not formset.is_valid():
                return application_detail(request, pk, forms={"query": formset})
            items = [f.cleaned_data for f in formset if f.cleaned_data and f.cleaned_data.get("subject")]
            memo = services.application_send_query(application_id=application.pk, actor=user, today=today,
                                                   items=items)
            done = QUERY_SENT % {"query": memo.number, "number": number, "date": long_date(memo.sent_on),
                                 "count": len(items), "due": _due(application)}
        elif action == "hearing":
            form = HearingForm(request.POST, application=application)
            if not form.is_valid():
                return application_detail(request, pk, forms={"hearing": form})
            data = form.cleaned_data
            services.application_schedule_hearing(
                application_id=application.pk, actor=user, today=today, hearing_on=data["hearing_on"],
                hearing_time=data["hearing_time"], place=data["place"], grounds=data["grounds"],
                confirm_after_last_day=data["confirm_after_last_day"])
            done = HEARING_FIXED % {"number": number, "hearing": long_date(data["hearing_on"]),
                                    "date": long_date(today)}
        elif action == "register":
            form = RegisterForm(request.POST)
            if not form.is_valid():
                return application_detail(request, pk, forms={"register": form})
            dispatched_on = form.cleaned_data["dispatched_on"]
            if not confirmed(request) and application.is_open:  # registered already: the service says so
                return _confirm(request, application, title=CONFIRM_REGISTER_TITLE, button=_("Register the society"),
                                summary=CONFIRM_REGISTER % {"name": application.proposed_name,
                                                            "date": long_date(dispatched_on)},
                                facts=[(_("Certificate dated"), long_date(dispatched_on))])
            society = services.application_register(application_id=application.pk, actor=user, today=today,
                                                    dispatched_on=dispatched_on)
            done = REGISTERED % {"number": society.registration_number, "date": long_date(society.registered_on)}
        elif action == "refuse":
            form = RefuseForm(request.POST)
            if not form.is_valid():
                return application_detail(request, pk, forms={"refuse": form})
            dispatched_on = form.cleaned_data["dispatched_on"]
            if not confirmed(request) and application.is_open:
                return _confirm(request, application, title=CONFIRM_REFUSE_TITLE, danger=True,
                                button=_("Refuse registration"),
                                summary=CONFIRM_REFUSE % {"name": application.proposed_name,
                                                          "date": long_date(dispatched_on)},
                                facts=[(_("Order dated"), long_date(dispatched_on)),
                                       (_("Reasons"), form.cleaned_data["reasons"])])
            refused = services.application_refuse(application_id=application.pk, actor=user, today=today,
                                                  reasons=form.cleaned_data["reasons"], dispatched_on=dispatched_on)
            order = services.refusal_order(refused)
            done = REFUSED % {"name": refused.proposed_name, "order": order.number if order else "—",
                              "date": long_date(dispatched_on)}
        elif action == "reopen":
            order = services.refusal_order(application)
            services.application_reopen_on_review(application_id=application.pk, actor=user, today=today)
            done = REOPENED % {"number": number, "date": long_date(today), "order": order.number if order else "—"}
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
    messages.success(request, done)
    return redirect("office_application_detail", pk=pk)


def _due(application) -> str:
    return long_date(application.decision_due_on) if application.decision_due_on else "—"
