"""The register of orders in the office: the list (/office/orders/) and one order's page, where an officer who may
records the date of communication and the registered-post or delivery reference."""

import contextlib
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may
from registrar.models import Rank
from registrar.selectors import in_jurisdiction
from registrar.statute.catalogue import yaml_rules
from societies.models import Society

from .. import selectors
from ..forms import CommunicationForm
from ..kinds import ISSUER_LABELS, ISSUERS, OFFICE, declared_kinds, get_kind
from ..services import order_record_communication

PAGE_SIZE = 50
COMMUNICATION_RECORDED = _("Date of communication of %(number)s recorded: %(date)s.")
MAY_NOT_RECORD = _("Only an Assistant Registrar or a higher officer of this order's jurisdiction may record its "
                   "date of communication.")


def _kind_label(code: str):
    try:
        return get_kind(code).label
    except KeyError:  # a kind whose module is no longer installed: the register still reads
        return code


@officer_required
def orders_register(request):
    today = clock.today()
    kinds = declared_kinds()
    filters = selectors.RegisterFilters.from_query(request.GET, {k.code for k in kinds})
    orders = filters.apply(selectors.order_list_for_officer(request.user))
    page = Paginator(orders, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(order, selectors.order_status(order, today), _kind_label(order.kind)) for order in page.object_list]
    society = None
    if filters.society:
        society = in_jurisdiction(Society.objects.all(), request.user).filter(pk=filters.society).first()
    return render(request, "orders/office/register.html", {
        "page": page, "rows": rows, "filters": filters, "today": today,
        "kinds": [(k.code, k.label) for k in kinds],
        "issuers": [(i, ISSUER_LABELS[i]) for i in ISSUERS],
        "years": selectors.order_years_for_officer(request.user),
        "society": society,
        "query_string": urlencode(filters.as_query()), "filtered": bool(filters.as_query()),
    })


def _quote(rule_id: str) -> str:
    entry = yaml_rules().get(rule_id) if rule_id else None
    return (entry or {}).get("quote", "")


@officer_required
def order_detail(request, pk):
    # Jurisdiction first: another district's officer gets 404 whatever the method.
    order = get_for_officer(selectors.order_for_officer_detail(request.user), request.user, pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    may_record = may(request.user, Act.RECORD_COMMUNICATION, order.district_id)
    form = None
    status = 200
    if request.method == "POST":
        form = CommunicationForm(request.POST)
        if not may_record:
            raise PermissionDenied(MAY_NOT_RECORD)
        if form.is_valid():
            try:
                order = order_record_communication(
                    order_id=order.pk, actor=request.user, communicated_on=form.cleaned_data["communicated_on"],
                    reference=form.cleaned_data["reference"], today=today)
            except ValidationError as exc:
                if hasattr(exc, "error_dict"):
                    form.add_error(None, exc)
                else:
                    for message in exc.messages:
                        form.add_error(None, message)
                status = 400
            else:
                messages.success(request, COMMUNICATION_RECORDED % {
                    "number": order.number, "date": f"{order.communicated_on:%d %b %Y}"})
                return redirect("order_detail", pk=order.pk)
        else:
            status = 400
        # Re-read for the page: the POST may have failed after the order was loaded.
        order = get_for_officer(selectors.order_for_officer_detail(request.user), request.user, pk=pk)
    elif may_record and order.communicated_on is None:
        form = CommunicationForm(initial={"communicated_on": today})
    kind = None
    with contextlib.suppress(KeyError):  # a kind whose module is gone: the page shows no windows
        kind = order.order_kind
    return render(request, "orders/office/detail.html", {
        "order": order, "kind": kind, "kind_label": _kind_label(order.kind), "today": today,
        "is_office_order": order.issuer == OFFICE, "issuer_label": ISSUER_LABELS.get(order.issuer, order.issuer),
        "rank_label": Rank(order.officer_rank).label if order.officer_rank in Rank.values else order.officer_rank,
        "quote": _quote(order.rule_id),
        "windows": [(w, w.is_open(today)) for w in selectors.order_windows(order)] if kind else [],
        "status": selectors.order_status(order, today),
        "record_url": selectors.record_url(order),
        "form": form, "may_record": may_record,
        "not_allowed": "" if may_record else MAY_NOT_RECORD,
    }, status=status)
