"""The liquidator's closing page (/liquidation/<pk>/closing/): the fee and bank account, and the final report and
final accounts (s.100(2)). The named officer or the invited outside party only (liquidation.workspace_access);
anyone else, the liquidator of another society included, gets 404."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_fsm import TransitionNotAllowed

from registrar import clock
from registrar.forms import add_service_errors

from .. import forms_closing
from ..models import ClosingStage
from ..services import closing as services
from ..workspace_access import winding_up_for_liquidator_or_404
from .office_closing import NOT_NOW, _closing

FILED = _("Final report filed with the Registrar.")
RECORDED = _("Fee and bank account recorded.")


def liquidator_closing(request, pk: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    case = winding_up_for_liquidator_or_404(request.user, pk)
    closing = _closing(case)
    today = clock.today()
    action = request.POST.get("action") if request.method == "POST" else None
    forms = {"account": forms_closing.AccountForm(request.POST if action == "account" else None, initial={
        "fee_amount": closing.fee_amount, "fee_fixed_on": closing.fee_fixed_on, "bank_name": closing.bank_name,
        "bank_account": closing.bank_account, "bank_opened_on": closing.bank_opened_on,
        "liquidator_address": closing.liquidator_address})}
    if closing.stage == ClosingStage.RUNNING:
        forms["report"] = forms_closing.FinalReportForm(request.POST if action == "report" else None,
                                                        initial={"filed_on": today})
    if action is not None:
        form = forms.get(action)
        if form is None:
            raise PermissionDenied(NOT_NOW)
        if form.is_valid():
            try:
                if action == "account":
                    services.closing_record_account(winding_up_id=case.pk, actor=request.user, today=today,
                                                    **form.cleaned_data)
                else:
                    services.closing_file_report(winding_up_id=case.pk, actor=request.user, today=today,
                                                 **form.cleaned_data)
            except ValidationError as exc:
                add_service_errors(form, exc)
            except (PermissionDenied, TransitionNotAllowed) as exc:
                form.add_error(None, str(exc) if isinstance(exc, PermissionDenied) and str(exc) else NOT_NOW)
            else:
                messages.success(request, RECORDED if action == "account" else FILED)
                return redirect(reverse("liquidator_closing", args=[case.pk]))
    return render(request, "liquidation/closing/liquidator.html", {
        "case": case, "closing": closing, "today": today, "forms": forms,
        "titles": {"account": _("Fee and bank account"), "report": _("Final report and final accounts (s.100(2))")},
        "buttons": {"account": _("Record"), "report": _("File the final report")}})
