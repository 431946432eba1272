"""Reads of Bakijai: jurisdiction-filtered lists, the debtor's other certificates, the demand-collection-balance
picture. Money figures are computed from the dues ledger (dues.selectors), never stored."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.db.models import Q, Sum

from dues.models import Due, Payment
from dues.selectors import with_balances
from registrar.selectors import in_jurisdiction

from . import rules
from .models import Certificate, Requisition
from .models.certificate import OPEN_CERT_STATES

FILTERS = ("awaiting_hearing", "in_time", "in_default", "closed", "near_limitation")
NEAR_LIMITATION_DAYS = 180


def requisition_list_for_officer(user):
    return in_jurisdiction(Requisition.objects.select_related("district", "claimant", "certificate__order"), user)


def filtered(queryset, state: str, today: date):
    if state == "awaiting_hearing":
        return queryset.filter(state__in=("received", "hearing"))
    if state == "in_time":
        return queryset.filter(certificate__state__in=("granted", "served"))
    if state == "in_default":
        return queryset.filter(certificate__state="in_default")
    if state == "closed":
        return queryset.filter(certificate__state="paid")
    if state == "near_limitation":
        return queryset.filter(pk__in=[c.requisition_id for c in certificates_near_limitation(queryset, today)])
    return queryset


def certificates_near_limitation(requisitions, today: date) -> list[Certificate]:
    """In default, not prosecuted, whose five years for prosecution (prosecution_limitation_5y) end within
    NEAR_LIMITATION_DAYS days (and have not ended)."""
    certs = Certificate.objects.filter(requisition__in=requisitions, state="in_default", prosecution__isnull=True)
    return [c for c in certs.order_by("default_on", "pk")
            if 0 <= (rules.prosecution_last_day(c.default_on) - today).days <= NEAR_LIMITATION_DAYS]


def other_open_certificates(requisition):
    """The debtor's other open certificates (by the register's person, else by name and address)."""
    if requisition.debtor_person_id:
        match = Q(requisition__debtor_person_id=requisition.debtor_person_id)
    else:
        match = Q(requisition__debtor_name__iexact=requisition.debtor_name,
                  requisition__debtor_address__iexact=requisition.debtor_address)
    return (Certificate.objects.filter(match, state__in=OPEN_CERT_STATES).exclude(requisition=requisition)
            .select_related("order", "requisition"))


def _due_ids(certificate):
    return [d for d in (certificate.due_id, certificate.costs_due_id) if d]


def dcb_rows(certificates, today: date) -> list[dict]:
    """Per certificate: demand (principal, costs and interest to today or to the last payment), collection (paid
    to today) and balance; the same figures every grouping below sums."""
    certificates = list(certificates.select_related("district", "requisition", "order"))
    ids = [d for c in certificates for d in _due_ids(c)]
    balances = {r["pk"]: r for r in with_balances(Due.objects.filter(pk__in=ids), today)
                .values("pk", "paid", "balance")}
    rows = []
    for c in certificates:
        paid = sum((balances[d]["paid"] or Decimal(0)) for d in _due_ids(c))
        balance = sum(balances[d]["balance"] for d in _due_ids(c))
        rows.append({"certificate": c, "district": c.district.name, "claimant": c.requisition.claimant_name,
                     "age": rules.age_bucket(c.default_on, today), "collection": paid, "balance": balance,
                     "demand": paid + balance})
    return rows


def dcb_totals(rows, key: str) -> list[dict]:
    groups = defaultdict(lambda: {"demand": Decimal(0), "collection": Decimal(0), "balance": Decimal(0), "n": 0})
    for row in rows:
        group = groups[row[key]]
        group["n"] += 1
        for figure in ("demand", "collection", "balance"):
            group[figure] += row[figure]
    return [{"key": k, **v} for k, v in sorted(groups.items())]


def monthly_collection(certificates, year: int) -> list[dict]:
    """Collections on certificates by month of the year (the monthly report the districts send the Government)."""
    ids = [d for c in certificates for d in _due_ids(c)]
    by_month = {m: Decimal(0) for m in range(1, 13)}
    for row in (Payment.objects.filter(due_id__in=ids, paid_on__year=year).values("paid_on__month")
                .annotate(s=Sum("amount"))):
        by_month[row["paid_on__month"]] = row["s"]
    return [{"month": date(year, m, 1), "collection": v} for m, v in by_month.items()]
