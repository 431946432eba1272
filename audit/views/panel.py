"""The panel of chartered-accountant firms (s.81(1) proviso; NABARD's for the State Co-operative Bank): any
officer reads it; the Directorate records the Government's orders and their firms."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import officer_required
from registrar.capabilities import Act, rank_may
from registrar.forms import add_service_errors

from .. import rules
from ..forms import PanelFirmForm, PanelOrderForm
from ..models import AuditStatus, PanelFirm, PanelOrder, PanelPartner
from ..services import panel

ORDER_RECORDED = _("Panel order %(number)s recorded.")
FIRM_ADDED = _("%(firm)s added to the panel.")


def _firms(today):
    """Each firm with the audits it holds in the current audit year (its capacity used)."""
    start, end = rules.audit_year_bounds(rules.audit_year_of(today) - 1)
    used = Count("audits", filter=~Q(audits__status=AuditStatus.OPEN)
                 & Q(audits__fy_end__gte=start, audits__fy_end__lte=end))
    return (PanelFirm.objects.select_related("order").annotate(used=used)
            .prefetch_related("districts", Prefetch("partners", queryset=PanelPartner.objects.order_by("name")))
            .order_by("order__approver", "name"))


@officer_required
def panel_list(request):
    today = clock.today()
    can_record = rank_may(request.user, Act.RECORD_AUDIT_PANEL)
    order_form = firm_form = None
    orders = PanelOrder.objects.order_by("-valid_from")
    if can_record:
        order_form = PanelOrderForm(request.POST if request.POST.get("form") == "order" else None)
        firm_form = PanelFirmForm(request.POST if request.POST.get("form") == "firm" else None, orders=orders)
        if request.method == "POST":
            try:
                if request.POST.get("form") == "order" and order_form.is_valid():
                    order = panel.panel_order_record(actor=request.user, **order_form.cleaned_data)
                    messages.success(request, ORDER_RECORDED % {"number": order.number})
                    return redirect("audit_panel")
                if request.POST.get("form") == "firm" and firm_form.is_valid():
                    data = firm_form.cleaned_data
                    firm = panel.panel_firm_add(actor=request.user, order_id=data["order"].pk, name=data["name"],
                                                frn=data["frn"], email=data["email"], capacity=data["capacity"],
                                                partners=data["partners"],
                                                district_ids=[d.pk for d in data["districts"]])
                    messages.success(request, FIRM_ADDED % {"firm": firm.name})
                    return redirect("audit_panel")
            except ValidationError as exc:
                add_service_errors(order_form if request.POST.get("form") == "order" else firm_form, exc)
    year = rules.audit_year_of(today) - 1
    return render(request, "audit/office/panel.html", {
        "orders": list(orders), "firms": list(_firms(today)), "can_record": can_record, "order_form": order_form,
        "firm_form": firm_form, "today": today, "year_label": f"{year}-{(year + 1) % 100:02d}",
    }, status=400 if request.method == "POST" else 200)
