"""Reads of the audit work: the ARCS's list of objections still open after the date fixed in the direction
(issue 18 point 5; the inquiry issue may carry them into an inspection), and a society's audits for its
secretary. select_related only: a constant number of queries whatever the size."""

from datetime import date

from .models import Audit, Objection, ObjectionState
from .permissions import office_audits


def objection_list_overdue(user, today: date):
    """Directed items not accepted whose direction's date has passed, in the officer's jurisdiction, the longest
    overdue first. Reads audit_objection_unclosed_idx and audit_direction_due_idx."""
    return (Objection.objects.filter(report__audit__in=office_audits(user), direction__isnull=False,
                                     direction__rectify_by__lt=today)
            .exclude(state=ObjectionState.ACCEPTED)
            .select_related("report__audit__society__district", "direction__order")
            .order_by("direction__rectify_by", "report__audit__society__name", "number"))


def audit_list_for_society(society):
    return (Audit.objects.filter(society=society).select_related("report", "auditor_officer__user", "panel_firm")
            .order_by("-fy_end"))
