"""Office pages of stays (s.111(4)): grant a stay of one order, vacate the stay in force.

The order page includes templates/orders/partials/stay_panel.html, whose forms post here. Each view also
answers GET with the same form on a page of its own (the order's facts and its stays), which is where a post
with errors is shown again, with the reasons typed kept. Jurisdiction first (another district's officer: 404
whatever the method), then the rank's capability (Act.STAY_ORDER: an officer below the ARCS gets the page
with the reason and a 403 on post).
"""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may
from registrar.forms import add_service_errors

from .. import services
from ..models import Order
from ..stay_forms import StayGrantForm, StayVacateForm
from ..stays import is_stayed

STAY_GRANTED = _("Order %(number)s stayed from %(date)s.")
STAY_VACATED = _("The stay of order %(number)s is vacated on %(date)s; its held effects fall from %(next)s.")
MAY_NOT_STAY = _("Only the ARCS of the district or an officer above may stay an order or vacate a stay.")


def order_page_url(order: Order) -> str:
    """The order's page in the register (orders.views.register), or the stay page while it does not exist."""
    try:
        return reverse("order_detail", args=[order.pk])
    except NoReverseMatch:
        return reverse("order_stay_grant", args=[order.pk])


def stay_panel_context(order: Order, user, *, grant_form=None, vacate_form=None, next_url: str = "") -> dict:
    """What the stay panel shows `user`: the order's stays (oldest first), whether it is stayed today, and the
    form to grant or to vacate, only for an officer who may(user, Act.STAY_ORDER, order.district_id)."""
    today = clock.today()
    stays = list(order.stays.all())
    current = next((s for s in stays if s.vacated_on is None), None)
    allowed = user is not None and user.is_authenticated and may(user, Act.STAY_ORDER, order.district_id)
    panel = {"stays": stays, "current": current, "stayed_today": is_stayed(order, today), "may_stay": allowed,
             "grant_form": None, "vacate_form": None, "cannot_stay": "", "next": next_url or order_page_url(order)}
    if not allowed:
        return panel
    if current is not None:
        panel["vacate_form"] = vacate_form or StayVacateForm(initial={"vacated_on": today})
    elif not order.decides:
        panel["cannot_stay"] = services.STAY_NOT_DECISION
    elif not order.in_force:
        panel["cannot_stay"] = services.STAY_SET_ASIDE
    else:
        panel["grant_form"] = grant_form or StayGrantForm(order=order, initial={"granted_on": today})
    return panel


def _order(request, pk) -> Order:
    queryset = Order.objects.select_related("district", "society").prefetch_related("stays")
    return get_for_officer(queryset, request.user, "district", pk=pk)


def _next(request, order) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return order_page_url(order)



def _page(request, order, status=200, **forms):
    allowed = may(request.user, Act.STAY_ORDER, order.district_id)
    panel = stay_panel_context(order, request.user, next_url=_next(request, order), **forms)
    # A refusal whose form the panel no longer shows (the order was stayed meanwhile, from another tab) is
    # said at the top of the page instead.
    shown = {id(panel["grant_form"]), id(panel["vacate_form"])}
    errors = [e for form in forms.values() if form is not None and id(form) not in shown
              for e in form.non_field_errors()]
    return render(request, "orders/office/stay.html", {
        "order": order, "stay_panel": panel, "back": panel["next"], "errors": errors,
        "not_allowed": "" if allowed else MAY_NOT_STAY}, status=status)


@officer_required
def order_stay_grant(request, pk):
    order = _order(request, pk)  # jurisdiction first: 404 for another district's officer
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "GET":
        return _page(request, order)
    if not may(request.user, Act.STAY_ORDER, order.district_id):
        return _page(request, order, status=403)
    form = StayGrantForm(request.POST, order=order)
    if not form.is_valid():
        return _page(request, order, status=400, grant_form=form)
    try:
        stay = services.stay_grant(order_id=order.pk, actor=request.user, granted_on=form.cleaned_data["granted_on"],
                                   pending=form.pending_text(), reasons=form.cleaned_data["reasons"],
                                   today=clock.today())
    except PermissionDenied:
        return _page(request, order, status=403)
    except ValidationError as exc:
        add_service_errors(form, exc)
        return _page(request, _order(request, pk), status=400, grant_form=form)
    messages.success(request, STAY_GRANTED % {"number": order.number, "date": f"{stay.granted_on:%d %b %Y}"})
    return redirect(_next(request, order))


@officer_required
def order_stay_vacate(request, pk):
    order = _order(request, pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "GET":
        return _page(request, order)
    if not may(request.user, Act.STAY_ORDER, order.district_id):
        return _page(request, order, status=403)
    form = StayVacateForm(request.POST)
    if not form.is_valid():
        return _page(request, order, status=400, vacate_form=form)
    try:
        stay = services.stay_vacate(order_id=order.pk, actor=request.user, vacated_on=form.cleaned_data["vacated_on"],
                                    today=clock.today())
    except PermissionDenied:
        return _page(request, order, status=403)
    except ValidationError as exc:
        if str(services.NO_STAY) in exc.messages:  # vacated meanwhile (another tab): nothing to vacate
            messages.error(request, services.NO_STAY)
            return redirect(_next(request, order))
        add_service_errors(form, exc)
        return _page(request, _order(request, pk), status=400, vacate_form=form)
    messages.success(request, STAY_VACATED % {"number": order.number, "date": f"{stay.vacated_on:%d %b %Y}",
                                              "next": f"{stay.vacated_on + timedelta(days=1):%d %b %Y}"})
    return redirect(_next(request, order))
