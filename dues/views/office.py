"""Office pages of the dues ledger: outstanding by society (/office/dues/), a society's ledger, raising a due and
recording a payment."""

import csv
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Q, Sum
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from registrar.capabilities import Act, may
from registrar.form_views import form_submit
from registrar.l10n import money
from registrar.selectors import districts_for
from societies.models import Society, search_key

from .. import selectors, services
from ..forms import DebtorChoice, DueForm, PaymentForm
from ..models import Due
from ..rules import DueKind, to_paise

PAGE_SIZE = 50
STATES = (("outstanding", _("Outstanding")), ("overdue", _("Past the last day to pay")), ("all", _("All")))
RAISED = _("Due raised: ₹%(amount)s, %(kind)s.")
PAID = _("Payment of ₹%(amount)s recorded (%(reference)s).")
CSV_HEADER = ["society", "registration_number", "district", "dues", "principal", "balance", "overdue"]


def _csv_safe(value) -> str:
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _choice(value: str, allowed) -> str:
    return value if value in allowed else ""


def order_url(order) -> str:
    """The order's page in the register, when that page exists (built by another part of issue 13)."""
    if order is None:
        return ""
    try:
        return reverse("order_detail", kwargs={"pk": order.pk})
    except NoReverseMatch:
        return ""


@officer_required
def office_dues(request):
    """Outstanding dues in the officer's jurisdiction, one row per society: one GROUP BY query for the page."""
    today = clock.today()
    districts = list(districts_for(request.user).order_by("name"))
    district = _choice(request.GET.get("district", ""), {str(d.pk) for d in districts})
    kind = _choice(request.GET.get("kind", ""), DueKind.values)
    state = _choice(request.GET.get("state", ""), {s for s, _label in STATES}) or "outstanding"
    q = (request.GET.get("q") or "").strip()[:100]

    dues = selectors.due_list_for_officer(request.user)
    if district:
        dues = dues.filter(district_id=int(district))
    if kind:
        dues = dues.filter(kind=kind)
    if q:
        dues = dues.filter(Q(society__name_search__icontains=search_key(q) or q.lower())
                           | Q(society__registration_number__iexact=q) | Q(person_name__icontains=q))
    rows = selectors.society_balances(dues, today)
    if state == "outstanding":
        rows = rows.filter(balance_total__gt=0)
    elif state == "overdue":
        rows = rows.filter(overdue_total__gt=0)
    rows = rows.order_by("-balance_total", "society")
    totals = rows.aggregate(balance=Sum("balance_total"), overdue=Sum("overdue_total"))

    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="dues-{today:%Y-%m-%d}.csv"'
        writer = csv.writer(response)
        writer.writerow(CSV_HEADER)
        societies = Society.objects.select_related("district").in_bulk([r["society"] for r in rows if r["society"]])
        for row in rows:
            society = societies.get(row["society"])
            writer.writerow([_csv_safe(v) for v in (
                society.name if society else _("Persons, without a society"),
                society.registration_number if society else "", society.district.name if society else "",
                row["dues"], *(f"{to_paise(row[k] or 0)}" for k in ("principal_total", "balance_total",
                                                                     "overdue_total")))])
        return response

    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    societies = Society.objects.select_related("district").in_bulk(
        [r["society"] for r in page.object_list if r["society"]])
    page.object_list = [{**row, "society_obj": societies.get(row["society"])} for row in page.object_list]
    filters = {k: v for k, v in (("district", district), ("kind", kind), ("state", state), ("q", q)) if v}
    return render(request, "dues/office_list.html", {
        "page": page, "today": today, "district": district, "kind": kind, "state": state, "q": q,
        "districts": districts if len(districts) > 1 else [], "kinds": DueKind.choices, "states": STATES,
        "totals": totals, "query_string": urlencode(filters),
        "csv_query": urlencode({**filters, "format": "csv"}),
    })


def _ledger_context(society, today):
    dues = selectors.ledger(society, today)
    for due in dues:
        due.order_url = order_url(due.order)
    return {"society": society, "today": today, "dues": dues,
            "balance": selectors.society_balance(society.pk, today),
            "overdue": selectors.society_balance(society.pk, today, overdue=True)}


@officer_required
def office_society_dues(request, pk):
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    today = clock.today()
    context = _ledger_context(society, today)
    context["may_record"] = may(request.user, Act.RECORD_DUES, society.district_id)
    return render(request, "dues/office_ledger.html", context)


@officer_required
def office_due_raise(request, pk):
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    allowed = may(request.user, Act.RECORD_DUES, society.district_id)
    form = DueForm(request.POST or None, initial={"raised_on": today, "debtor": DebtorChoice.SOCIETY})

    def raise_due(data):
        debtor = data["debtor"]
        return services.due_raise(
            actor=request.user, kind=data["kind"], principal=data["principal"],
            raised_on=data["raised_on"], due_by=data["due_by"], today=today, society_id=society.pk,
            person_user=data.get("person_user") if debtor == DebtorChoice.USER else None,
            person_name=data["person_name"] if debtor == DebtorChoice.PERSON else "",
            person_address=data["person_address"] if debtor == DebtorChoice.PERSON else "",
            claimant_name=data["claimant_name"], order_number=data["order_number"],
            interest_rate=data["interest_rate"], interest_from=data["interest_from"], note=data["note"])

    done, status = form_submit(
        request, form, raise_due, allowed=allowed, refusal=services.NOT_ALLOWED,
        message=lambda due: RAISED % {"amount": money(due.principal), "kind": due.get_kind_display()},
        then=lambda due: redirect("office_society_dues", pk=society.pk))
    if done:
        return done
    return render(request, "dues/raise.html", {"society": society, "form": form, "allowed": allowed,
                                               "not_allowed": services.NOT_ALLOWED}, status=status)


@officer_required
def office_due_pay(request, pk):
    due = get_for_officer(Due.objects.select_related("society", "district", "order", "person_user"), request.user,
                          pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    allowed = may(request.user, Act.RECORD_DUES, due.district_id)
    form = PaymentForm(request.POST or None, due=due, initial={"paid_on": today})
    done, status = form_submit(
        request, form, lambda data: services.payment_record(
            due_id=due.pk, actor=request.user, amount=data["amount"], paid_on=data["paid_on"],
            reference_kind=data["reference_kind"], reference_number=data["reference_number"], today=today),
        allowed=allowed, refusal=services.NOT_ALLOWED,
        message=lambda payment: PAID % {
            "amount": money(payment.amount),
            "reference": f"{payment.get_reference_kind_display()} {payment.reference_number}"},
        then=lambda payment: (redirect("office_society_dues", pk=due.society_id) if due.society_id
                              else redirect("office_dues")))
    if done:
        return done
    position = selectors.with_balances(Due.objects.filter(pk=due.pk), today).values(
        "paid", "interest_due", "balance").get()
    return render(request, "dues/pay.html", {
        "due": due, "form": form, "allowed": allowed, "not_allowed": services.NOT_ALLOWED, "today": today,
        "position": position, "payments": due.payments.select_related("recorded_by"),
        "order_url": order_url(due.order)}, status=status)
