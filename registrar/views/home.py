"""Home pages: one per role, each with real counts from the database."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from societies.selectors import societies_for_secretary

from .. import clock, dashboard
from ..access import officer_required
from ..models import ActivityEntry, Notification
from ..selectors import districts_for, in_jurisdiction, officer_for


@login_required
def home(request):
    if officer_for(request.user):
        return redirect("office_home")
    if societies_for_secretary(request.user).exists():
        return redirect("secretary_home")
    return redirect("citizen_home")


@officer_required
def office_home(request):
    from societies.models import Society

    today = clock.today()
    officer = officer_for(request.user)
    societies = in_jurisdiction(Society.objects.all(), request.user)
    counts = societies.aggregate(total=Count("pk"), promoter=Count("pk", filter=Q(governance_status="promoter_board")))
    recent = (
        in_jurisdiction(ActivityEntry.objects.all(), request.user, "society__district")
        .select_related("actor", "society").order_by("-seq")[:10]
    )
    return render(request, "registrar/office/home.html", {
        "officer": officer,
        "districts": districts_for(request.user),
        "society_counts": counts,
        "cards": dashboard.cards_for("officer", request.user, today),
        "recent": recent,
        "today": today,
    })


@login_required
def secretary_home(request):
    today = clock.today()
    societies = societies_for_secretary(request.user).select_related("district")
    return render(request, "registrar/society/home.html", {
        "societies": societies,
        "cards": dashboard.cards_for("secretary", request.user, today),
        "today": today,
    })


@login_required
def citizen_home(request):
    from societies.registration.selectors import application_list_for_home

    today = clock.today()
    return render(request, "registrar/citizen/home.html", {
        "cards": dashboard.cards_for("citizen", request.user, today),
        "groups": application_list_for_home(request.user),
        "today": today,
    })


@login_required
def inbox(request):
    page = Paginator(Notification.objects.filter(recipient=request.user), 25).get_page(request.GET.get("page"))
    return render(request, "registrar/inbox.html", {"page": page})


@login_required
@require_POST
def inbox_mark_read(request):
    Notification.objects.filter(recipient=request.user, read_at__isnull=True).update(read_at=clock.now())
    return redirect("inbox")
