"""The administrators' page of a supersession (issue 20 point 3): who acts as the Board and until when, the limit
that governs (six months, two months extendable to six, a year), the extension orders with their PDFs in English
and Assamese, and the form recording the State Government's extension (Registrar-level officers).

Officers with jurisdiction over the case's district see it; another district's officer gets 404, a citizen 403.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from orders.models import Order
from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.forms import add_service_errors
from registrar.widgets import DayInput

from ..administration import clock_for
from ..administration_orders import EXTENSION
from ..models import IN_CHARGE_STATES, Supersession
from ..services.administration import (
    NOT_ALLOWED,
    extension_facts,
    extension_limit,
    extension_pdf,
    extensions,
    is_extendable,
    may_extend,
    supersession_extend,
)

EXTENDED = _("Extension recorded by order %(number)s: the election is now due by %(day)s.")


class ExtensionForm(forms.Form):
    new_end = forms.DateField(label=_("Election now due by"), widget=DayInput)
    government_reference = forms.CharField(label=_("State Government's order (reference)"), max_length=120)
    government_dated = forms.DateField(label=_("State Government's order dated"), widget=DayInput)


def _case(request, pk) -> Supersession:
    return get_for_officer(Supersession.objects.select_related("society", "district", "order"), request.user, pk=pk)


@officer_required
def administration(request, pk):
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    case = _case(request, pk)
    today = clock.today()
    in_charge = case.state in IN_CHARGE_STATES
    allowed = may_extend(request.user, case)
    form = None
    if in_charge and is_extendable(case) and allowed:
        form = ExtensionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if not allowed:
            raise PermissionDenied(NOT_ALLOWED)
        if form is None:
            status = 400
        elif form.is_valid():
            data = form.cleaned_data
            try:
                supersession_extend(case_id=case.pk, actor=request.user, new_end=data["new_end"],
                                    government_reference=data["government_reference"],
                                    government_dated=data["government_dated"], today=today)
            except ValidationError as exc:
                add_service_errors(form, exc)
                status = 400
            else:
                case = Supersession.objects.get(pk=case.pk)  # a protected FSMField cannot be refreshed in place
                order = extensions(case)[-1]
                messages.success(request, EXTENDED % {"number": order.number,
                                                      "day": f"{case.period_ends_on:%d %b %Y}"})
                return redirect("office_supersession_administration", pk=case.pk)
        else:
            status = 400
    limit_clock = clock_for(case) if case.period_ends_on else None
    return render(request, "supersession/administration/page.html", {
        "case": case, "society": case.society, "today": today, "in_charge": in_charge, "form": form,
        "clock": limit_clock, "limit": extension_limit(case) if case.superseded_on else None,
        "administrators": case.administrators.select_related("officer").order_by("appointed_on", "pk"),
        "extensions": extensions(case),
        "days_left": (case.period_ends_on - today).days if case.period_ends_on else None,
        "overdue_by": (today - case.period_ends_on).days if case.period_ends_on else None,
    }, status=status)


@officer_required
def extension_document(request, pk, order_pk):
    """An extension order's PDF in the language asked (?lang=as), rendered from the order and its facts."""
    case = _case(request, pk)
    order = Order.objects.filter(pk=order_pk, kind=EXTENSION.code, society_id=case.society_id).first()
    if order is None:
        raise Http404("No such extension order.")
    lang = "as" if request.GET.get("lang") == "as" else "en"
    pdf = extension_pdf(case, order, extension_facts(case, order), lang=lang)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="extension-{order.pk}-{lang}.pdf"'
    return response
