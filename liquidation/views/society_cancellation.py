"""The secretary's page of winding up (/society/<pk>/winding-up/): the general meeting's resolution for dissolution
(s.94(1)) and, once filed, where the case stands."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from audit.inquiry.views.common import run
from registrar import clock
from registrar.access import login_required_403
from societies.governance.permissions import society_for_secretary

from .. import forms_cancellation as forms
from .. import selectors
from ..models import WindingUp
from ..services import cancellation as services

FILED = _("The resolution is filed. The Registrar will decide on the application for dissolution.")


@login_required_403
def society_winding_up(request, pk):
    society = society_for_secretary(request.user, pk)
    today = clock.today()
    cases = list(WindingUp.objects.filter(society=society).select_related("cancellation_order", "liquidator"))
    current = cases[0] if cases else None
    may_file = society.legal_status == "registered" and not any(c.state in (
        "resolution_filed", "show_cause", "cancellation_ordered", "appeal_pending", "in_liquidation") for c in cases)
    form = forms.ResolutionForm(request.POST or None) if may_file else None
    if request.method == "POST" and form is not None:
        response = run(request, form, lambda d: services.resolution_file(
            society_id=society.pk, actor=request.user, meeting_on=d["meeting_on"],
            members_present=d["members_present"], votes_for=d["votes_for"],
            agenda_circulated=d["agenda_circulated"], resolution_text=d["resolution_text"], today=today,
            bank_sanction_reference=d["bank_sanction_reference"], bank_sanction_on=d["bank_sanction_on"]),
            FILED, reverse("society_winding_up", args=[society.pk]))
        if response:
            return response
    appeal_last_day, effect_on = selectors.appeal_window(current) if current else (None, None)
    return render(request, "liquidation/cancellation/society.html", {
        "society": society, "case": current, "form": form, "is_bank": services.is_bank(society),
        "appeal_last_day": appeal_last_day, "effect_on": effect_on, "today": today})
