"""Reads of the register of orders: the officer's register with its filters, one order's page, a society's last
orders, and the public verification of a token. No writes."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q, QuerySet
from django.urls import NoReverseMatch, reverse

from registrar.holidays import holiday_dates
from registrar.selectors import in_jurisdiction

from . import windows
from .kinds import ISSUERS
from .models import Order
from .stays import is_stayed

# The office page of the record an order is about, by the target's "app_label.model": (URL name, how to get its
# kwargs from the target). A module whose records get orders adds its line here; anything else links to the
# society's office page.
TARGET_URLS = {
    "societies.registrationapplication": ("office_application_detail", lambda t: {"pk": t.pk}),
    "societies.certificate": ("office_application_detail", lambda t: {"pk": t.application_id}),
    "societies.querymemo": ("office_application_detail", lambda t: {"pk": t.application_id}),
    "governance.complianceflag": ("office_flag_detail", lambda t: {"pk": t.pk}),
    "registrar.rectificationorder": ("rectification_order", lambda t: {"seq": t.entry.seq}),
}


def _register_rows(queryset: QuerySet) -> QuerySet:
    # One query for the page's rows with everything a row shows, one for their stays: constant in rows.
    return (queryset.select_related("society", "district", "set_aside_by", "target_type")
            .prefetch_related("stays").order_by("-made_on", "-pk"))


def order_list_for_officer(user) -> QuerySet:
    """Orders in the officer's jurisdiction, newest first. A district officer sees their districts' orders; the
    statewide orders (no district: a rectification by the Registrar) only the Directorate ranks see, because
    `in_jurisdiction` returns everything for them and filters `district__in` (never NULL) for everyone else."""
    return _register_rows(in_jurisdiction(Order.objects.all(), user))


@dataclass(frozen=True)
class RegisterFilters:
    kind: str = ""
    issuer: str = ""
    year: int | None = None
    not_communicated: bool = False
    society: int | None = None
    q: str = ""

    @classmethod
    def from_query(cls, params, kind_codes) -> "RegisterFilters":
        """Only values the page offers; anything else is ignored (never a 500 on a tampered query string)."""
        kind = params.get("kind", "")
        issuer = params.get("issuer", "")
        year = params.get("year", "")
        society = params.get("society", "")
        return cls(
            kind=kind if kind in kind_codes else "",
            issuer=issuer if issuer in ISSUERS else "",
            year=int(year) if year.isdigit() and 2000 <= int(year) <= 2999 else None,
            not_communicated=params.get("not_communicated") == "1",
            society=int(society) if society.isdigit() and len(society) < 12 else None,
            q=(params.get("q") or "").strip()[:100],
        )

    def apply(self, queryset: QuerySet) -> QuerySet:
        if self.kind:
            queryset = queryset.filter(kind=self.kind)
        if self.issuer:
            queryset = queryset.filter(issuer=self.issuer)
        if self.year:
            queryset = queryset.filter(made_on__gte=date(self.year, 1, 1), made_on__lte=date(self.year, 12, 31))
        if self.not_communicated:
            # No dispatch recorded: a new order not yet entered, or a migrated one whose date was never kept.
            queryset = queryset.filter(communicated_on__isnull=True)
        if self.society:
            queryset = queryset.filter(society_id=self.society)
        if self.q:
            queryset = queryset.filter(Q(number__icontains=self.q) | Q(subject__icontains=self.q))
        return queryset

    def as_query(self) -> dict:
        pairs = (("kind", self.kind), ("issuer", self.issuer), ("year", self.year or ""),
                 ("not_communicated", "1" if self.not_communicated else ""), ("society", self.society or ""),
                 ("q", self.q))
        return {key: value for key, value in pairs if value}


def order_years_for_officer(user) -> list[int]:
    dates = in_jurisdiction(Order.objects.all(), user).dates("made_on", "year", order="DESC")
    return [d.year for d in dates]


def order_for_officer_detail(user) -> QuerySet:
    return (in_jurisdiction(Order.objects.all(), user)
            .select_related("society", "society__district", "district", "officer", "set_aside_by", "target_type")
            .prefetch_related("stays", "sets_aside"))


def record_url(order: Order) -> str:
    """The office page of the record the order is about, or the society's page, or "". Reads the target (one
    order's page: a query or two, never in a list)."""
    if order.target_type_id and order.target_id:
        spec = TARGET_URLS.get(f"{order.target_type.app_label}.{order.target_type.model}")
        target = order.target if spec else None
        if target is not None:
            try:
                kwargs = spec[1](target)
                if all(value is not None for value in kwargs.values()):
                    return reverse(spec[0], kwargs=kwargs)
            except (NoReverseMatch, ObjectDoesNotExist):
                pass
    if order.society_id:
        return reverse("office_society_detail", kwargs={"pk": order.society_id})
    return ""


def order_windows(order: Order) -> list[windows.Window]:
    """The review and appeal windows of one order, an appeal's last day rolled past the office's holidays."""
    starts = [d for d in (order.effective_communication_date, order.received_on, order.published_on,
                          order.made_on) if d]
    closed = holiday_dates(min(starts), max(starts) + timedelta(days=460)) if order.decides and starts else frozenset()
    return windows.windows_for(order, closed)


def society_orders(society, limit: int = 10) -> list[Order]:
    """The society's last orders, newest first, for its office page and the secretary's page."""
    return list(Order.objects.filter(society=society).select_related("set_aside_by")
                .prefetch_related("stays").order_by("-made_on", "-pk")[:limit])


def order_for_token(token: str) -> Order | None:
    return (Order.objects.filter(token=token)
            .select_related("society", "society__district", "district", "set_aside_by")
            .prefetch_related("stays").first())


IN_FORCE = "in_force"
SET_ASIDE = "set_aside"
STAYED = "stayed"


@dataclass(frozen=True)
class OrderStatus:
    state: str                 # IN_FORCE | SET_ASIDE | STAYED
    stay: object = None        # the stay in force today (STAYED)


def order_status(order: Order, today: date) -> OrderStatus:
    """Set aside beats stayed; a stay counts while it is in force on `today` (orders.stays.is_stayed)."""
    if not order.in_force:
        return OrderStatus(SET_ASIDE)
    if is_stayed(order, today):
        current = [s for s in order.stays.all() if s.granted_on <= today and (s.vacated_on is None
                                                                               or today <= s.vacated_on)]
        return OrderStatus(STAYED, current[-1] if current else None)
    return OrderStatus(IN_FORCE)
