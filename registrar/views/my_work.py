"""My work: the officer's open cases across every declared clock (registrar.clocks.work)."""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from .. import clock
from ..access import officer_required
from ..clocks.work import DEFAULT_HORIZON, HORIZONS, my_work
from ..selectors import officer_for

HORIZON_LABELS = {7: _("7 days"), 30: _("30 days"), 90: _("90 days")}


@officer_required
def my_work_page(request):
    today = clock.today()
    try:
        horizon = int(request.GET.get("horizon") or DEFAULT_HORIZON)
    except ValueError:
        horizon = DEFAULT_HORIZON
    work = my_work(request.user, today, page=request.GET.get("page") or 1, horizon=horizon)
    query = f"horizon={work.horizon}" if work.horizon is not None else ""
    return render(request, "registrar/office/my_work.html", {
        "today": today, "work": work, "page": work.page, "officer": officer_for(request.user),
        "horizons": [(days, HORIZON_LABELS[days]) for days in HORIZONS], "query_string": query,
    })
