"""Reads of bye-laws and amendments (jurisdiction-filtered for the office)."""

from datetime import date

from django.db.models import Exists, Max, OuterRef, Q

from registrar.selectors import in_jurisdiction
from societies.choices import LegalStatus
from societies.models import Society

from .models import OPEN_STATES, Amendment, AmendmentState, ByeLawVersion


def amendment_list_for_officer(user, state: str = "open"):
    rows = in_jurisdiction(Amendment.objects.select_related("society", "society__district"), user,
                           "society__district")
    if state == "open":
        rows = rows.filter(state__in=OPEN_STATES)
    elif state in AmendmentState.values:
        rows = rows.filter(state=state)
    return rows.order_by("received_on", "pk")


def versions_of(society):
    return (ByeLawVersion.objects.filter(society=society).select_related("amendment", "pdf_version")
            .prefetch_related("clauses").order_by("-effective_from", "-number"))


def version_on(society, on: date) -> ByeLawVersion | None:
    return versions_of(society).filter(effective_from__lte=on).first()


def society_list_not_conformed(user, cutoff: date):
    """s.12(9), bye_laws_conformity_12m: registered societies in jurisdiction with no amendment registered on or
    after the cut-off (the amending Act's commencement: a setting, unresolved, flagged for the legal cell)."""
    conformed = Amendment.objects.filter(society=OuterRef("pk"), state=AmendmentState.REGISTERED,
                                         decided_on__gte=cutoff)
    last = Max("bylaw_amendments__decided_on", filter=Q(bylaw_amendments__state=AmendmentState.REGISTERED))
    societies = in_jurisdiction(Society.objects.select_related("district"), user)
    return (societies.filter(legal_status=LegalStatus.REGISTERED, registered_on__lt=cutoff)
            .exclude(Exists(conformed)).annotate(last_amended_on=last).order_by("district__name", "name"))
