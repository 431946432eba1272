"""/office/reports/registrations/: the list behind each figure of the registration report."""

import re
from statistics import median

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from registrar import clock
from registrar.access import officer_required
from registrar.models import District

from .reports import OUTCOME_LABELS, YEAR_OUTCOMES, months, registration_list

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@officer_required
def office_registration_report_list(request):
    outcome = request.GET.get("outcome", "pending")
    month = request.GET.get("month") or None
    needs_month = outcome not in ("pending", *YEAR_OUTCOMES)
    if outcome not in OUTCOME_LABELS or (needs_month and not (month and _MONTH.match(month))):
        raise Http404("Choose an outcome and a month (YYYY-MM) from the report.")
    district = request.GET.get("district") or ""
    district_id = District.objects.filter(code=district).values_list("pk", flat=True).first() if district else None
    rows = registration_list(request.user, outcome, month if needs_month else None, district_id, clock.today())
    decided = [(decided_on or deemed_on) - received_on
               for received_on, decided_on, deemed_on in rows.values_list("received_on", "decided_on", "deemed_on")
               if received_on and (decided_on or deemed_on)]
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "openregister/office/registration_list.html", {
        "page": page, "outcome": outcome, "outcome_label": OUTCOME_LABELS[outcome],
        "month": month if needs_month else None,
        "median_days": median(d.days for d in decided) if decided else None, "today": clock.today(),
        "months": months(clock.today()),
    })
