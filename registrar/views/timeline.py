"""A society's statutory timeline, for officers with jurisdiction and for the society's secretary."""

from django.http import Http404
from django.shortcuts import render

from .. import clock
from ..access import login_required_403
from ..models import ActivityEntry
from ..selectors import in_jurisdiction, officer_for
from ..timeline import timeline_for

ACTIVITY_LIMIT = 100


def _society_for(user, pk):
    """Officers see societies in their districts; a secretary sees their own (a django-guardian grant)."""
    from societies.models import Society
    from societies.selectors import societies_for_secretary

    queryset = Society.objects.select_related("district")
    if officer_for(user) is not None:
        found = in_jurisdiction(queryset, user).filter(pk=pk).first()
    else:
        found = societies_for_secretary(user).select_related("district").filter(pk=pk).first()
    if found is None:
        raise Http404("No such society, or not yours to see.")
    return found


@login_required_403
def society_timeline(request, pk):
    society = _society_for(request.user, pk)
    today = clock.today()
    return render(request, "registrar/society/timeline.html", {
        "society": society, "today": today, "items": timeline_for(society, today),
        # The log as it stands: an effect set aside keeps its entry, marked with the order (one query, joined).
        "entries": ActivityEntry.objects.filter(society=society).select_related("actor", "rectification")
        .order_by("-seq")[:ACTIVITY_LIMIT],
        "is_officer": officer_for(request.user) is not None,
    })
