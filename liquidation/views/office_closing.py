"""The office's closing page of a winding up (/office/liquidation/<pk>/closing/): the eight years counted with their
extensions, the liquidator's fee and account, the final report, the Registrar's approval with the certificate of
dissolution and the closing order (PDFs), the closing notice's publication and the surplus. Every action is one
service (liquidation.services.closing); its refusals come back on the form."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.calendar import days_left
from registrar.capabilities import Act, may
from registrar.forms import add_service_errors

from .. import documents_closing, forms_closing, periods
from ..models import ClosingStage, ExtensionBy, WindingUp
from ..models.case import WindingUpState
from ..services import closing as services

NOT_NOW = _("That cannot be done at this stage of the case.")
NO_CLOSING = _("No liquidator has been appointed for this case yet: the eight years have not started.")
DONE = {"account": _("Fee and bank account recorded."), "return": _("Final report returned to the liquidator."),
        "extend_registrar": _("Extension recorded: the liquidation is to be closed by %(day)s."),
        "extend_government": _("Extension recorded: the liquidation is to be closed by %(day)s."),
        "dissolve": _("Certificate of dissolution %(number)s issued; the society is dissolved."),
        "notice": _("Publication of the closing notice recorded."),
        "members": _("The members' choice is recorded; the surplus goes there."),
        "apply": _("Order applying the surplus made.")}
TITLES = {"account": _("Liquidator's fee and the liquidation's bank account"),
          "return": _("Return the final report to the liquidator"),
          "extend_registrar": _("Registrar's extension (once, up to a year; s.100(5))"),
          "extend_government": _("State Government's extension (a year at a time; s.100(5))"),
          "dissolve": _("Approve the final report, discharge the liquidator and dissolve (s.100(3)-(5))"),
          "notice": _("Gazette notice of the closing (s.97)"),
          "members": _("Members' choice of an object for the surplus (s.96)"),
          "apply": _("Registrar applies the surplus (s.96)")}
BUTTONS = {"account": _("Record"), "return": _("Return the report"), "extend_registrar": _("Extend"),
           "extend_government": _("Record the Government's order"), "dissolve": _("Issue the certificate"),
           "notice": _("Record the publication"), "members": _("Record the choice"), "apply": _("Make the order")}


def _case_or_404(user, pk: int) -> WindingUp:
    return get_for_officer(WindingUp.objects.select_related("society", "district", "liquidator",
                                                            "cancellation_order"), user, pk=pk)


def _closing(case):
    closing = getattr(case, "closing", None)
    if closing is None:
        raise Http404(NO_CLOSING)
    return closing


def _forms(case, closing, user, today, data=None, action=None):
    """The forms this officer may use at this stage (`data` bound to the one submitted)."""
    bound = lambda name: data if name == action else None  # noqa: E731
    found = {}
    may_close = may(user, Act.CLOSE_LIQUIDATION, case.district_id)
    may_extend = may(user, Act.EXTEND_LIQUIDATION, case.district_id)
    live = case.state in (WindingUpState.CANCELLATION_ORDERED, WindingUpState.APPEAL_PENDING,
                          WindingUpState.IN_LIQUIDATION)
    if closing.stage != ClosingStage.DISSOLVED and live:
        if may_close:
            found["account"] = forms_closing.AccountForm(bound("account"), initial={
                "fee_amount": closing.fee_amount, "fee_fixed_on": closing.fee_fixed_on,
                "bank_name": closing.bank_name, "bank_account": closing.bank_account,
                "bank_opened_on": closing.bank_opened_on, "liquidator_address": closing.liquidator_address})
        if may_extend:
            previous = {e.by for e in closing.extensions.all()}
            if ExtensionBy.REGISTRAR not in previous:
                found["extend_registrar"] = forms_closing.ExtensionForm(bound("extend_registrar"),
                                                                        by=ExtensionBy.REGISTRAR)
            else:
                found["extend_government"] = forms_closing.ExtensionForm(bound("extend_government"),
                                                                         by=ExtensionBy.GOVERNMENT)
    if closing.stage == ClosingStage.REPORT_FILED and may_close:
        found["dissolve"] = forms_closing.DissolveForm(bound("dissolve"), initial={"dissolved_on": today})
        found["return"] = forms_closing.ReturnForm(bound("return"))
    if closing.stage == ClosingStage.DISSOLVED and may_close:
        if closing.closing_notice_on is None:
            found["notice"] = forms_closing.NoticeForm(bound("notice"))
        elif closing.surplus_amount > 0 and closing.surplus_settled_on is None:
            if closing.members_choose_by and today <= closing.members_choose_by:
                found["members"] = forms_closing.MembersChoiceForm(bound("members"))
            else:
                found["apply"] = forms_closing.SurplusApplyForm(bound("apply"))
    return found


def _call(action, case, user, today, d):
    pk = case.pk
    if action == "account":
        return services.closing_record_account(winding_up_id=pk, actor=user, today=today, **d)
    if action == "return":
        return services.closing_return_report(winding_up_id=pk, actor=user, today=today, reasons=d["reasons"])
    if action in ("extend_registrar", "extend_government"):
        by = ExtensionBy.REGISTRAR if action == "extend_registrar" else ExtensionBy.GOVERNMENT
        return services.closing_extend(winding_up_id=pk, actor=user, today=today, by=by, made_on=d["made_on"],
                                       new_last_day=d["new_last_day"], reasons=d["reasons"],
                                       government_reference=d.get("government_reference", ""))
    if action == "dissolve":
        return services.closing_dissolve(winding_up_id=pk, actor=user, today=today, **d)
    if action == "notice":
        return services.closing_record_notice(winding_up_id=pk, actor=user, today=today, **d)
    if action == "members":
        return services.surplus_record_members_choice(winding_up_id=pk, actor=user, today=today, **d)
    return services.surplus_apply(winding_up_id=pk, actor=user, today=today, **d)


def _done(action, result) -> str:
    if action.startswith("extend"):
        return DONE[action] % {"day": f"{result.new_last_day:%d %b %Y}"}
    if action == "dissolve":
        return DONE[action] % {"number": result.certificate.number}
    return str(DONE[action])


@officer_required
def office_liquidation_closing(request, pk: int):
    from django.contrib import messages

    case = _case_or_404(request.user, pk)
    closing = _closing(case)
    today = clock.today()
    action = request.POST.get("action") if request.method == "POST" else None
    forms = _forms(case, closing, request.user, today, request.POST, action)
    if action is not None:
        form = forms.get(action)
        if form is None:
            raise PermissionDenied(NOT_NOW)
        if form.is_valid():
            try:
                result = _call(action, case, request.user, today, form.cleaned_data)
            except ValidationError as exc:
                add_service_errors(form, exc)
            except (PermissionDenied, TransitionNotAllowed) as exc:
                form.add_error(None, str(exc) if isinstance(exc, PermissionDenied) and str(exc) else NOT_NOW)
            else:
                messages.success(request, _done(action, result))
                return redirect(reverse("office_liquidation_closing", args=[case.pk]))
    base = periods.dissolution_last_day(closing.appointed_on)
    return render(request, "liquidation/closing/office.html", {
        "case": case, "closing": closing, "today": today, "forms": forms, "titles": TITLES, "buttons": BUTTONS,
        "extensions": list(closing.extensions.select_related("order")), "base_last_day": base,
        "year_seven": periods.year_seven_on(closing.appointed_on),
        "days_left": days_left(closing.dissolve_by, today), "warn": today >= periods.year_seven_on(closing.appointed_on),
        "documents": [("certificate", _("Certificate of dissolution")), ("closing-order", _("Closing order"))]
        if closing.stage == ClosingStage.DISSOLVED else [],
    })


@officer_required
def office_liquidation_closing_pdf(request, pk: int, name: str):
    case = _case_or_404(request.user, pk)
    closing = _closing(case)
    pdf = documents_closing.closing_pdf(closing, name)
    if pdf is None:
        raise Http404("No such document yet.")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{documents_closing.filename(case.society, name)}"'
    return response
