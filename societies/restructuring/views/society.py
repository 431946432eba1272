"""The secretary's pages: the society's schemes, recording a scheme (the special resolution), one scheme (the
s.116 sanction, the notices from the register, who voted for, service per person, options), the creditors
(form or file), and the PDFs. Every page is for the secretary of a transferor society of the scheme."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import login_required_403
from registrar.forms import add_service_errors
from societies.governance.permissions import society_for_secretary

from .. import documents
from ..forms import (
    ButtonForm,
    CreditorForm,
    CreditorUploadForm,
    OptionForm,
    SanctionForm,
    SchemeForm,
    ServiceForm,
    VotedForForm,
    WithdrawForm,
)
from ..models import OPEN_STATES, OptionState, Recipient, SchemeRole, SchemeSociety
from ..selectors import notices_of, schemes_of_society
from ..services import creditors as creditor_services
from ..services import notices as notice_services
from ..services import scheme as scheme_services
from ..services.common import needs_sanction
from .common import pdf_response, scheme_context

FILED = _("Scheme recorded. Prepare the notices to the members and add the creditors next.")
SANCTION_RECORDED = _("Sanction recorded.")
PREPARED = _("%(count)s notice(s) prepared from the register of members.")
VOTED_MARKED = _("%(count)s member(s) marked as having voted for the resolution.")
SERVED = _("Service recorded for %(count)s notice(s).")
OPTION_RECORDED = _("Option recorded.")
CREDITOR_ADDED = _("Creditor added.")
IMPORTED = _("%(count)s creditor(s) imported.")
WITHDRAWN = _("The scheme is withdrawn: the option windows have stopped and nothing of it takes effect. The "
              "society may file another scheme.")
NOT_NOW = _("That cannot be done at this stage of the scheme.")
PAGE_SIZE = 100


@login_required_403
def society_schemes(request, pk):
    society = society_for_secretary(request.user, pk)
    return render(request, "restructuring/society/index.html", {
        "society": society, "schemes": list(schemes_of_society(society)), "today": clock.today()})


@login_required_403
def society_scheme_new(request, pk):
    society = society_for_secretary(request.user, pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    form = SchemeForm(request.POST or None, initial={"kind": "division"})
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                scheme = scheme_services.scheme_file(actor=request.user, society_id=society.pk, today=today,
                                                     **form.service_kwargs())
            except ValidationError as exc:
                add_service_errors(form, exc)
            else:
                messages.success(request, FILED)
                return redirect("society_scheme_detail", pk=society.pk, scheme=scheme.pk)
    return render(request, "restructuring/society/new.html", {
        "society": society, "form": form, "today": today, "majority": scheme_services.special_majority(),
        "is_bank": society.society_type == "cooperative_bank"}, status=status)


def _party(request, pk, scheme) -> SchemeSociety:
    """The secretary's own society's transferor row in the scheme; 404 otherwise (nothing confirmed)."""
    society = society_for_secretary(request.user, pk)
    party = (SchemeSociety.objects.select_related("scheme", "scheme__society", "scheme__district", "society")
             .filter(scheme_id=scheme, society=society, role=SchemeRole.TRANSFEROR).first())
    if party is None:
        raise Http404("No such scheme of this society.")
    return party


def _call(form, call):
    """Run a service; its refusals go on the form. True when it succeeded."""
    try:
        call()
    except ValidationError as exc:
        add_service_errors(form, exc)
    except (PermissionDenied, TransitionNotAllowed):
        form.add_error(None, NOT_NOW)
    else:
        return True
    return False


@login_required_403
def society_scheme_detail(request, pk, scheme):
    party = _party(request, pk, scheme)
    scheme = party.scheme
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    action = request.POST.get("action") if request.method == "POST" else None
    posted = request.POST if action else None
    forms = {
        "sanction": SanctionForm(posted if action == "sanction" else None),
        "prepare": ButtonForm(),  # no fields: the button; the service's refusal shows above it
        "voted": VotedForForm(posted if action == "voted" else None,
                              initial={"numbers": _voted_numbers(scheme, party)}),
        "serve": ServiceForm(posted if action == "serve" else None, initial={"served_on": today}),
        "option": OptionForm(posted if action == "option" else None, initial={"on": today}),
        "withdraw": WithdrawForm(posted if action == "withdraw" else None),
    }
    status = 200
    base = {"actor": request.user, "scheme_id": scheme.pk, "society_id": party.society_id, "today": today}
    if action in forms:
        form, status = forms[action], 400
        if action == "prepare":
            made = []
            if _call(form, lambda: made.append(notice_services.notices_prepare(**base))):
                messages.success(request, PREPARED % {"count": made[0]})
                return redirect("society_scheme_detail", pk=pk, scheme=scheme.pk)
        elif form.is_valid():
            data = form.cleaned_data
            notice_ids = _ids(request.POST.getlist("notice"))
            calls = {
                "sanction": lambda: scheme_services.scheme_record_bank_sanction(**base, **data),
                "voted": lambda: notice_services.notices_mark_voted_for(**base, numbers=data["numbers"]),
                "serve": lambda: notice_services.notices_record_service(**base, notice_ids=notice_ids, **data),
                "option": lambda: notice_services.notice_record_option(
                    **base, notice_id=notice_ids[0] if notice_ids else 0, **data),
                "withdraw": lambda: scheme_services.scheme_withdraw(**base, **data),
            }
            if _call(form, calls[action]):
                done = {"sanction": SANCTION_RECORDED, "option": OPTION_RECORDED, "withdraw": WITHDRAWN,
                        "voted": VOTED_MARKED % {"count": _count_voted(scheme, party)},
                        "serve": SERVED % {"count": len(notice_ids)}}[action]
                messages.success(request, done)
                return redirect("society_scheme_detail", pk=pk, scheme=scheme.pk)
    recipient = request.GET.get("to") if request.GET.get("to") in Recipient.values else ""
    option = request.GET.get("option") if request.GET.get("option") in OptionState.values else ""
    page = Paginator(notices_of(scheme, transferor=party, recipient=recipient or None, option=option or None),
                     PAGE_SIZE).get_page(request.GET.get("page"))
    context = scheme_context(scheme, today)
    context.update(society=party.society, party=party, forms=forms, page=page, recipient=recipient,
                   option=option, options=OptionState.choices, recipients=Recipient.choices,
                   needs_sanction=needs_sanction(scheme), posted_action=action,
                   scheme_open=scheme.state in OPEN_STATES,
                   has_notices=scheme.notices.filter(transferor=party).exists())
    return render(request, "restructuring/society/detail.html", context, status=status)


def _ids(values) -> list[int]:
    return [int(v) for v in values if v and str(v).isdigit()]


def _voted_numbers(scheme, party) -> str:
    numbers = (scheme.notices.filter(transferor=party, option=OptionState.VOTED_FOR)
               .order_by("member__number").values_list("member__number", flat=True))
    return ", ".join(str(n) for n in numbers)


def _count_voted(scheme, party) -> int:
    return scheme.notices.filter(transferor=party, option=OptionState.VOTED_FOR).count()


@login_required_403
def society_scheme_creditors(request, pk, scheme):
    party = _party(request, pk, scheme)
    scheme = party.scheme
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    action = request.POST.get("action") if request.method == "POST" else None
    form = CreditorForm(request.POST if action == "add" else None)
    upload = CreditorUploadForm(request.POST if action == "upload" else None,
                                request.FILES if action == "upload" else None)
    problems = []
    status = 200
    base = {"actor": request.user, "scheme_id": scheme.pk, "society_id": party.society_id, "today": today}
    if action == "add":
        status = 400
        if form.is_valid() and _call(form, lambda: creditor_services.creditor_add(**base, **form.cleaned_data)):
            messages.success(request, CREDITOR_ADDED)
            return redirect("society_scheme_creditors", pk=pk, scheme=scheme.pk)
    elif action == "upload":
        status = 400
        if upload.is_valid():
            file = upload.cleaned_data["file"]
            try:
                created = creditor_services.creditors_import(**base, filename=file.name, data=file.read())
            except creditor_services.ImportRefused as refused:
                problems = refused.problems
            except ValidationError as exc:
                add_service_errors(upload, exc)
            except PermissionDenied:
                upload.add_error(None, NOT_NOW)
            else:
                messages.success(request, IMPORTED % {"count": len(created)})
                return redirect("society_scheme_creditors", pk=pk, scheme=scheme.pk)
    creditors = list(notices_of(scheme, transferor=party, recipient=Recipient.CREDITOR)[:2000])
    return render(request, "restructuring/society/creditors.html", {
        "society": party.society, "scheme": scheme, "party": party, "form": form, "upload": upload,
        "problems": problems, "creditors": creditors, "today": today}, status=status)


@login_required_403
def society_scheme_pdf(request, pk, scheme, document):
    party = _party(request, pk, scheme)
    if document == "notices":
        data = documents.notices_pdf(party.scheme, party, notices_of(party.scheme, transferor=party))
    elif document == "options":
        data = documents.options_pdf(party.scheme, party)
    else:
        raise Http404("No such document.")
    return pdf_response(data, documents.filename(party.scheme, party, document))


@login_required_403
def society_scheme_notice_pdf(request, pk, scheme, notice):
    party = _party(request, pk, scheme)
    row = notices_of(party.scheme, transferor=party).filter(pk=notice).first()
    if row is None:
        raise Http404("No such notice.")
    return pdf_response(documents.notices_pdf(party.scheme, party, [row]),
                        documents.filename(party.scheme, party, f"notice-{row.pk}"))
