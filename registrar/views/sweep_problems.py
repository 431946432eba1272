"""The sweep problems page: rows a statutory sweeper could not process, retried on every run (issue 10 point 1).

Each district office sees its own rows; the Directorate sees every row and whole sweepers that failed.
"""

from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render

from ..access import officer_required
from ..models import SweepProblem, SweepRun
from ..selectors import jurisdiction_district_ids

PAGE_SIZE = 25


def problems_for_officer(user):
    ids = jurisdiction_district_ids(user)
    problems = SweepProblem.objects.select_related("district")
    if ids is None:
        return problems
    return problems.filter(Q(district_id__in=ids))


@officer_required
def sweep_problems(request):
    problems = problems_for_officer(request.user)
    show = "resolved" if request.GET.get("show") == "resolved" else "open"
    chosen = problems.filter(resolved_on__isnull=show == "open")
    page = Paginator(chosen.order_by("-last_failed_at", "pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "registrar/office/sweep_problems.html", {
        "page": page, "show": show, "open_count": problems.filter(resolved_on__isnull=True).count(),
        "last_run": SweepRun.objects.filter(finished_at__isnull=False).first(),
    })
