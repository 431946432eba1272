"""Office pages of the conditions before effect (helper R2): the payment to a withdrawing member or creditor, a
new society's registration application, the Registrar's approval, the effect, and the approval order's PDF. The
checklist itself is a panel on the scheme's page (templatetags/restructuring_effect.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.confirm import confirm_page, confirmed
from registrar.forms import add_service_errors
from registrar.l10n import display_date as day

from . import effect_forms
from .effect_documents import approval_pdf
from .models import OptionState, Scheme, SchemeRole
from .services import effect as services

PAID = _("Payment to %(name)s recorded.")
APPLIED = _("Application %(number)s entered for %(name)s: the Registrar must decide by %(day)s (s.11).")
APPROVED = _("Scheme approved by order %(number)s.")
TOOK_EFFECT = _("The scheme took effect on %(day)s.")
NOT_NOW = _("That cannot be done at this stage of the scheme.")


def _scheme(request, pk):
    return get_for_officer(Scheme.objects.select_related("society", "district", "approval_order"), request.user,
                           pk=pk)


def _detail(scheme) -> str:
    return reverse("office_scheme_detail", args=[scheme.pk])


def _run(request, form, call):
    """The service's refusals on the form (None), else its result."""
    try:
        return call()
    except ValidationError as exc:
        add_service_errors(form, exc)
    except (PermissionDenied, TransitionNotAllowed) as exc:
        form.add_error(None, str(exc) if isinstance(exc, PermissionDenied) and str(exc) else NOT_NOW)
    return None


@officer_required
def office_scheme_claim_met(request, pk, notice):
    scheme = _scheme(request, pk)
    row = scheme.notices.filter(pk=notice, option=OptionState.WITHDRAWING).first()
    if row is None:
        raise Http404("No such withdrawal in this scheme.")
    form = effect_forms.ClaimMetForm(request.POST or None, initial={"paid_on": clock.today()})
    if request.method == "POST" and form.is_valid():
        done = _run(request, form, lambda: services.notice_claim_met(
            notice_id=row.pk, actor=request.user, paid_on=form.cleaned_data["paid_on"],
            reference=form.cleaned_data["reference"], today=clock.today()))
        if done is not None:
            messages.success(request, PAID % {"name": row.name})
            return redirect(_detail(scheme))
    return render(request, "restructuring/effect/form.html", {
        "scheme": scheme, "form": form, "title": _("Record the payment of a share or claim"),
        "button": _("Record the payment"),
        "facts": [(_("To"), f"{row.name} ({row.get_recipient_display()})"), (_("Share or claim (₹)"), row.amount),
                  (_("Opted to withdraw on"), day(row.option_on) if row.option_on else "—")]})


@officer_required
def office_scheme_successor_apply(request, pk, party):
    scheme = _scheme(request, pk)
    row = scheme.parties.filter(pk=party, role=SchemeRole.NEW_SUCCESSOR).first()
    if row is None:
        raise Http404("No such new society in this scheme.")
    if row.application_id:
        return redirect("office_application_detail", row.application_id)
    initial = {"received_on": clock.today(), "society_type": scheme.society.society_type,
               "address": scheme.society.address, "area_of_operation": scheme.society.area_of_operation}
    form = effect_forms.SuccessorApplicationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        application = _run(request, form, lambda: services.successor_apply(
            party_id=row.pk, actor=request.user, today=clock.today(), **data))
        if application is not None:
            messages.success(request, APPLIED % {"number": application.acknowledgement_number,
                                                 "name": row.proposed_name, "day": day(application.decision_due_on)})
            return redirect(_detail(scheme))
    return render(request, "restructuring/effect/form.html", {
        "scheme": scheme, "form": form, "title": _("The new society's application for registration"),
        "button": _("Enter the application"),
        "facts": [(_("New society"), row.proposed_name), (_("Members allotted"), row.member_numbers or "—")],
        "note": _("It is registered through the registration module with its own 60-day clock from the date of "
                  "receipt (s.11); if no decision is sent by the last day it is deemed registered.")})


@officer_required
def office_scheme_approve(request, pk):
    scheme = _scheme(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = effect_forms.ApprovalForm(request.POST)
    if form.is_valid() and not confirmed(request):
        return confirm_page(request, title=str(_("Approve the scheme")), facts=[
            (_("Scheme"), str(scheme)), (_("Kind"), scheme.get_kind_display())],
            summary=str(_("The approval is an order in the register. Once every condition is met the old "
                          "registration stands cancelled and the society is deemed dissolved.")),
            button=str(_("Approve the scheme")), back_url=_detail(scheme), danger=True)
    if form.is_valid():
        done = _run(request, form, lambda: services.scheme_approve(
            scheme_id=scheme.pk, actor=request.user, today=clock.today(), remarks=form.cleaned_data["remarks"]))
        if done is not None:
            messages.success(request, APPROVED % {"number": done.approval_order.number})
            if done.effective_on:
                messages.success(request, TOOK_EFFECT % {"day": day(done.effective_on)})
            return redirect(_detail(scheme))
    for error in form.non_field_errors():
        messages.error(request, error)
    return redirect(_detail(scheme))


@officer_required
def office_scheme_take_effect(request, pk):
    scheme = _scheme(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        done = services.scheme_take_effect(scheme_id=scheme.pk, actor=request.user, today=clock.today())
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    except PermissionDenied as exc:
        messages.error(request, str(exc) or NOT_NOW)
    else:
        messages.success(request, TOOK_EFFECT % {"day": day(done.effective_on)})
    return redirect(_detail(scheme))


@officer_required
def office_scheme_approval_pdf(request, pk):
    scheme = _scheme(request, pk)
    pdf = approval_pdf(scheme)
    if pdf is None:
        raise Http404("The scheme is not approved.")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="approval-{scheme.approval_order.number.replace("/", "-")}.pdf"'
    return response
