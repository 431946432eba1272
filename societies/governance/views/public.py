"""The public compliance card at /compliance/<public token>/: no login. Particulars, who runs the society (names
of office-bearers only), the card and the counts of the register of members. No member's details, and no
address, phone or email of any person."""

from django.shortcuts import get_object_or_404, render

from audit.selectors import last_audit
from membership.selectors import has_register, register_counts
from registrar import clock
from societies.models import Society

from .. import compliance


def public_card_context(society, today) -> dict:
    """What the compliance card and the public register's society page both show (issue 24 point 1)."""
    return {
        "society": society, "today": today,
        # The register of members is private: the public sees counts only (issue 14 point 1).
        "member_counts": register_counts(society.pk, today) if has_register(society.pk) else None,
        "card": compliance.compliance_card(society, today),
        "summary": compliance.governance_summary(society),
        "fy_end": compliance.fy_end_day(society),
        # The last audited year and its class (issue 18 point 7; the report is the one source of the class).
        "last_audit": last_audit(society),
    }


def public_compliance(request, token):
    society = get_object_or_404(Society.objects.select_related("district"), public_token=token)
    return render(request, "governance/public/compliance.html", public_card_context(society, clock.today()))
