"""Office pages of bye-laws: the amendments in the officer's jurisdiction, one amendment (redline, s.12(6)
checklist, direction, registration, refusal), a society's versions (record a PDF, transcribe) and the s.12(9)
conformity drive."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may
from registrar.forms import add_service_errors
from societies.models import Society

from .. import documents, rules, selectors, services
from ..clausefile import render as render_clauses
from ..forms import CutoffForm, DirectionForm, RefuseForm, RegisterForm, TranscribeForm, VersionForm
from ..models import Amendment, AmendmentState, ByeLawVersion
from ..schedule_b import skeleton
from ..services.common import NOT_DECIDING
from .common import amendment_context, parse_day, pdf_response

DIRECTED = _("The society is directed to reconsider by %(day)s.")
REGISTERED = _("Amendment registered: it binds from today. The certified copy is in the register of orders.")
REFUSED = _("Amendment refused. The order is in the register of orders; record its dispatch there.")
VERSION_SAVED = _("Version %(number)s of the bye-laws recorded.")
TRANSCRIBED = _("Version %(number)s transcribed: %(count)s clauses.")
STATES = (("open", _("Awaiting a decision")), *AmendmentState.choices, ("all", _("All")))


@officer_required
def office_bylaws_amendments(request):
    state = request.GET.get("state") or "open"
    rows = selectors.amendment_list_for_officer(request.user, state)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "bylaws/office/list.html", {"page": page, "state": state, "states": STATES,
                                                       "today": clock.today()})


@officer_required
def office_amendment_detail(request, pk):
    amendment = get_for_officer(Amendment.objects.select_related("society", "society__district", "base_version"),
                                request.user, "society__district", pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    allowed = may(request.user, Act.DECIDE_BYE_LAWS, amendment.society.district_id)
    action = request.POST.get("action") if request.method == "POST" else None
    forms = {"direct": DirectionForm(request.POST if action == "direct" else None,
                                     initial={"reconsider_by": rules.reconsideration_default_by(today)}),
             "register": RegisterForm(request.POST if action == "register" else None),
             "refuse": RefuseForm(request.POST if action == "refuse" else None)}
    status = 200
    if action in forms:
        if not allowed:
            raise PermissionDenied(NOT_DECIDING)
        form, status = forms[action], 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                if action == "direct":
                    done = services.amendment_direct_reconsideration(
                        actor=request.user, amendment_id=amendment.pk, today=today, directions=data["directions"],
                        reconsider_by=data["reconsider_by"])
                    messages.success(request, DIRECTED % {"day": f"{done.reconsider_by:%d %b %Y}"})
                elif action == "register":
                    services.amendment_register(actor=request.user, amendment_id=amendment.pk, today=today,
                                                checklist=data, fee=data["fee"])
                    messages.success(request, REGISTERED)
                else:
                    services.amendment_refuse(actor=request.user, amendment_id=amendment.pk, today=today,
                                              reasons=data["reasons"])
                    messages.success(request, REFUSED)
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                return redirect("office_amendment_detail", pk=amendment.pk)
    context = amendment_context(amendment, today)
    context.update(forms=forms, allowed=allowed, audience="office")
    return render(request, "bylaws/office/detail.html", context, status=status)


@officer_required
def office_amendment_pdf(request, pk, document):
    amendment = get_for_officer(Amendment.objects.select_related("society", "society__district"), request.user,
                                "society__district", pk=pk)
    if document not in documents.DOCUMENTS:
        return pdf_response(None, "")
    return pdf_response(documents.amendment_pdf(amendment, document),
                        documents.filename(amendment.society, document))


@officer_required
def office_society_bylaws(request, pk):
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    allowed = may(request.user, Act.DECIDE_BYE_LAWS, society.district_id)
    action = request.POST.get("action") if request.method == "POST" else None
    record_form = VersionForm(request.POST if action == "record" else None,
                              request.FILES if action == "record" else None,
                              initial={"effective_from": society.registered_on})
    transcribe_form = TranscribeForm(request.POST if action == "transcribe" else None, initial={
        "text": "\n".join(f"# {label}" for _code, label in skeleton())})
    status = 200
    if action in ("record", "transcribe"):
        if not allowed:
            raise PermissionDenied(NOT_DECIDING)
        status = 400
        try:
            if action == "record" and record_form.is_valid():
                data = record_form.cleaned_data
                version = services.version_record(actor=request.user, society_id=society.pk,
                                                   effective_from=data["effective_from"], today=today,
                                                   pdf=data["pdf"], text=data["text"], note=data["note"])
                messages.success(request, VERSION_SAVED % {"number": version.number})
                return redirect("office_society_bylaws", pk=society.pk)
            if action == "transcribe" and transcribe_form.is_valid():
                version_id = int(request.POST.get("version") or 0)
                get_for_officer(ByeLawVersion.objects.all(), request.user, "society__district", pk=version_id,
                                society=society)
                version = services.version_transcribe(actor=request.user, version_id=version_id,
                                                      text=transcribe_form.cleaned_data["text"])
                messages.success(request, TRANSCRIBED % {"number": version.number,
                                                         "count": version.clauses.count()})
                return redirect("office_society_bylaws", pk=society.pk)
        except ValidationError as exc:
            add_service_errors(record_form if action == "record" else transcribe_form, exc)
    versions = list(selectors.versions_of(society))
    return render(request, "bylaws/office/society.html", {
        "society": society, "versions": versions, "allowed": allowed, "record_form": record_form,
        "transcribe_form": transcribe_form, "today": today,
        "untranscribed": [v for v in versions if not v.transcribed and v.amendment_id is None],
        "amendments": society.bylaw_amendments.order_by("-received_on"),
        "render_clauses": {v.pk: render_clauses(v.clauses.all()) for v in versions}}, status=status)


@officer_required
def office_bylaws_conformity(request):
    """s.12(9), bye_laws_conformity_12m. Which Amendment Act s.12(9) means (IV of 2013 or 4 of 2019) is unresolved:
    the cut-off is the setting BYE_LAWS_CONFORMITY_CUTOFF, or a date the officer gives, and the page says so."""
    setting = getattr(settings, "BYE_LAWS_CONFORMITY_CUTOFF", None)
    default = parse_day(setting) if isinstance(setting, str) else setting
    form = CutoffForm(request.GET or None, initial={"cutoff": default})
    cutoff = default
    if request.GET and form.is_valid() and form.cleaned_data["cutoff"]:
        cutoff = form.cleaned_data["cutoff"]
    rows = selectors.society_list_not_conformed(request.user, cutoff) if cutoff else None
    page = Paginator(rows, 50).get_page(request.GET.get("page")) if rows is not None else None
    return render(request, "bylaws/office/conformity.html", {
        "form": form, "cutoff": cutoff, "page": page, "setting": setting,
        "last_day": rules.conformity_last_day(cutoff) if cutoff else None})
