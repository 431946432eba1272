"""The public compliance card at /compliance/<public token>/: no login. Particulars, who runs the society (names
of office-bearers only) and the card. No member's details, and no address, phone or email of any person."""

from django.shortcuts import get_object_or_404, render

from registrar import clock
from societies.models import Society

from .. import compliance


def public_compliance(request, token):
    society = get_object_or_404(Society.objects.select_related("district"), public_token=token)
    today = clock.today()
    return render(request, "governance/public/compliance.html", {
        "society": society, "today": today,
        "card": compliance.compliance_card(society, today),
        "summary": compliance.governance_summary(society),
        "fy_end": compliance.fy_end_day(society),
    })
