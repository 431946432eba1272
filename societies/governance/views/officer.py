"""Office page of s.41(6): appoint an officer to act as the Board of a society whose Board has ceased."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from registrar import clock
from registrar.access import get_for_officer, officer_required
from societies.choices import GovernanceStatus
from societies.models import Society

from ..forms.flags import AppointOfficerForm
from ..models import Board, OfficerAppointment
from ..permissions import NOT_SUPERVISOR, can_supervise
from ..services.officer import eligible_officers, officer_appoint

APPOINTED = _("Officer appointed by order %(number)s. The new Board is due by %(due)s.")


@officer_required
def appoint_officer(request, pk):
    society = get_for_officer(Society.objects.select_related("district"), request.user, pk=pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    today = clock.today()
    may_appoint = can_supervise(request.user, society)
    ceased = society.governance_status == GovernanceStatus.BOARD_CEASED
    form = AppointOfficerForm(request.POST or None, officers=eligible_officers(society),
                              initial={"appointed_on": today}) if may_appoint and ceased else None
    status = 200
    if request.method == "POST":
        if not may_appoint:
            status = 403
        elif form is None:
            status = 400
        elif form.is_valid():
            data = form.cleaned_data
            try:
                appointment = officer_appoint(society_id=society.pk, actor=request.user, officer=data["officer"],
                                              appointed_on=data["appointed_on"], order_number=data["order_number"],
                                              today=today)
            except PermissionDenied:
                status = 403
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
                status = 400
            else:
                messages.success(request, APPOINTED % {"number": appointment.order_number,
                                                       "due": f"{appointment.board_due_on:%d %b %Y}"})
                return redirect("office_appoint_officer", pk=society.pk)
        else:
            status = 400
    return render(request, "governance/officer/appoint.html", {
        "society": society, "form": form, "ceased": ceased, "today": today,
        "not_allowed": NOT_SUPERVISOR if not may_appoint else "",
        "last_board": Board.objects.filter(society=society).exclude(ended_on__isnull=True)
        .order_by("-ended_on").first(),
        "appointments": OfficerAppointment.objects.filter(society=society).select_related("officer", "appointed_by"),
    }, status=status)
