"""The Registrar's orders on a liquidation's workspace, under /office/liquidation/<pk>/registrar/: leave to sue
(ss.99, 101) recorded and decided, compromises agreed by the creditors sanctioned or refused (s.115(2)), and the
liquidator's quarterly reports received. Officers in jurisdiction only (another district: 404)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import officer_required
from registrar.selectors import in_jurisdiction

from .. import workspace_forms as forms
from ..models import Compromise, CompromiseState, LeaveState, LeaveToSue, QuarterlyReport, WindingUp
from ..services import workspace as services

DONE = _("Order %(number)s made.")
RECORDED = _("Application recorded.")



def _int(value) -> int | None:
    """A posted row id; anything else finds no row (404), never a 500."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None

def _case(request, pk) -> WindingUp:
    case = (in_jurisdiction(WindingUp.objects.select_related("society", "district", "liquidator"), request.user,
                            "district").filter(pk=pk).first())
    if case is None:
        raise Http404("No such liquidation in your districts.")
    return case


@officer_required
def office_liquidation_registrar(request, pk):
    case = _case(request, pk)
    today = clock.today()
    form = forms.LeaveForm(request.POST if request.POST.get("form") == "leave" else None,
                           initial={"applied_on": today})
    status = 200
    if request.method == "POST":
        status = 400
        try:
            if request.POST.get("form") == "leave":
                if form.is_valid():
                    services.leave_record(actor=request.user, winding_up_id=case.pk, today=today, **form.cleaned_data)
                    messages.success(request, RECORDED)
                    return redirect("office_liquidation_registrar", pk=case.pk)
            elif request.POST.get("form") == "leave_decide":
                decide = forms.LeaveDecideForm(request.POST)
                leave = LeaveToSue.objects.filter(winding_up=case, pk=_int(request.POST.get("leave"))).first()
                if leave is None:
                    raise Http404("No such application.")
                if decide.is_valid():
                    leave = services.leave_decide(actor=request.user, leave_id=leave.pk, today=today,
                                                  grant=decide.cleaned_data["decision"] == "grant",
                                                  conditions=decide.cleaned_data["conditions"])
                    messages.success(request, DONE % {"number": leave.order.number})
                    return redirect("office_liquidation_registrar", pk=case.pk)
                messages.error(request, " ".join(e for errs in decide.errors.values() for e in errs))
            elif request.POST.get("form") == "sanction":
                decide = forms.SanctionForm(request.POST)
                compromise = (Compromise.objects.filter(winding_up=case, pk=_int(request.POST.get("compromise")))
                              .first())
                if compromise is None:
                    raise Http404("No such compromise.")
                if decide.is_valid():
                    compromise = services.compromise_decide(
                        actor=request.user, compromise_id=compromise.pk, today=today,
                        sanction=decide.cleaned_data["decision"] == "sanction")
                    messages.success(request, DONE % {"number": compromise.order.number})
                    return redirect("office_liquidation_registrar", pk=case.pk)
                messages.error(request, " ".join(e for errs in decide.errors.values() for e in errs))
        except PermissionDenied as exc:
            messages.error(request, str(exc))
            status = 403
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    return render(request, "liquidation/workspace/office.html", {
        "case": case, "form": form, "today": today,
        "leaves": LeaveToSue.objects.filter(winding_up=case).select_related("order"),
        "pending_leave": LeaveState.APPLIED, "agreed": CompromiseState.AGREED,
        "compromises": Compromise.objects.filter(winding_up=case).select_related("order"),
        "decide_leave": forms.LeaveDecideForm(), "sanction": forms.SanctionForm(),
        "reports": QuarterlyReport.objects.filter(winding_up=case).order_by("-quarter_ends_on")}, status=status)
