"""The public liquidation board (/liquidation/board/): every society under cancellation or in liquidation, and the
dissolved, with what a creditor or member needs and nothing personal.

Each entry: the society, its status, the cancellation order and its Gazette notice (number and date of
publication), the liquidator's name and office address (where claims go), the claims deadline with the days left,
whether the members' appeal window is open, and — once dissolved — the certificate and the closing notice.
Never a claimant, a member, a contributory, an amount claimed or a reason. No login, no JavaScript; a fixed
number of queries per page (the count, the page with everything joined, the holidays that move the deadlines).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse

from appeals.outages import closed_days_between
from registrar import clock

from ..cancellation_rules import appeal_last_day
from ..models import WindingUp, WindingUpState
from ..status_notes_closing import liquidator_name
from ..workspace_rules import claims_last_day

PER_PAGE = 25
ON_BOARD = (WindingUpState.CANCELLATION_ORDERED, WindingUpState.APPEAL_PENDING, WindingUpState.IN_LIQUIDATION,
            WindingUpState.DISSOLVED)
RELATED = ("society", "district", "liquidator", "cancellation_order", "closing", "closing__certificate",
           "closing__closing_order")


@dataclass
class Entry:
    case: WindingUp
    liquidator: str
    address: str
    claims_until: date | None
    claims_days_left: int | None
    appeal_until: date | None
    appeal_open: bool
    closing: object
    notice_url: str


def _notice_url(case) -> str:
    """The Gazette notice on the portal's notices page (the cancellation part's), else the order's verification."""
    if case.gazette_published_on is None:
        return ""
    try:
        return reverse("liquidation_notice", args=[case.pk])
    except NoReverseMatch:
        order = case.cancellation_order
        return reverse("verify_order", args=[order.token]) if order is not None else ""


def _entries(cases, today) -> list[Entry]:
    published = [c.gazette_published_on for c in cases if c.gazette_published_on]
    closed = closed_days_between(min(published), max(published) + timedelta(days=120)) if published else frozenset()
    entries = []
    for case in cases:
        closing = getattr(case, "closing", None)
        claims = appeal = None
        if case.gazette_published_on:
            claims = claims_last_day(case.gazette_published_on, closed)
            appeal = appeal_last_day(case.gazette_published_on, closed)
        entries.append(Entry(
            case=case, liquidator=liquidator_name(case), address=closing.liquidator_address if closing else "",
            claims_until=claims, claims_days_left=(claims - today).days if claims and claims >= today else None,
            appeal_until=appeal,
            appeal_open=bool(appeal) and case.state == WindingUpState.CANCELLATION_ORDERED and today <= appeal,
            closing=closing if case.state == WindingUpState.DISSOLVED else None, notice_url=_notice_url(case)))
    return entries


def _board_queryset():
    return (WindingUp.objects.filter(state__in=ON_BOARD, cancellation_order__isnull=False)
            .select_related(*RELATED))


def liquidation_board(request):
    today = clock.today()
    show = request.GET.get("show", "")
    cases = _board_queryset()
    if show == "dissolved":
        cases = cases.filter(state=WindingUpState.DISSOLVED)
    elif show != "all":
        cases = cases.filter(~Q(state=WindingUpState.DISSOLVED))
    district = (request.GET.get("district") or "").strip()[:3].upper()
    if district:
        cases = cases.filter(district__code=district)
    page = Paginator(cases.order_by("society__name", "pk"), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "liquidation/public/board.html", {
        "page": page, "entries": _entries(list(page.object_list), today), "today": today, "show": show,
        "district": district})


def liquidation_board_entry(request, pk: int):
    case = _board_queryset().filter(pk=pk).first()
    if case is None:
        raise Http404("No such entry on the liquidation board.")
    today = clock.today()
    return render(request, "liquidation/public/entry.html", {"entry": _entries([case], today)[0], "today": today})
