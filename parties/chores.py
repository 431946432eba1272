"""The sweepers of outside parties, declared through the clock frame (registrar.clocks.Chore): isolated per row.

Access already ends the moment a case closes (parties.access refuses a closed case) or an invitation's last day
passes (the accept page refuses it); these keep the records and the guardian rows in step with that.
"""

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, Subquery

from registrar.clocks import Chore, chore
from registrar.clocks.derive import chore_sweep

from . import kinds, services
from .models import PartyGrant, PartyInvitation


def _content_type(model) -> Subquery:
    """The model's content type as a sub-select (one InitPlan, usable in an index condition): building a due
    query reads nothing from the database (registrar/sweeps.py, the due query contract)."""
    opts = model._meta
    return Subquery(ContentType.objects.filter(app_label=opts.app_label, model=opts.model_name).values("pk"))


def _closed_cases(today) -> Q:
    """Rows whose case (of any declared kind) is closed: per kind, a correlated EXISTS on the case's primary key,
    so the query costs one index probe per candidate row (the active grants or pending invitations of that kind).
    Not `object_id IN (closed cases)`: under the OR of kinds PostgreSQL cannot turn that into a join, and with the
    closed cases in the hundreds of thousands (years of closed engagements) the sub-select is too big to hash, so
    it is materialised and re-read for every candidate row (quadratic; parties/chores.py, the bench at 1,000,000
    societies)."""
    parts = [Q(Exists(kind.model.objects.filter(kind.closed_q(today), pk=OuterRef("object_id"))),
               content_type=_content_type(kind.model))
             for kind in kinds.declared()]
    return reduce(or_, parts)


def grants_due(today):
    return PartyGrant.objects.filter(active=True).filter(_closed_cases(today)).order_by("pk")


PENDING = Q(accepted_at__isnull=True, revoked_at__isnull=True, lapsed_on__isnull=True)


def invitations_due(today):
    return PartyInvitation.objects.filter(PENDING).filter(Q(expires_on__lt=today) | _closed_cases(today)) \
        .order_by("pk")


GRANTS_END = chore(Chore(
    sweeper="party_grants_end_for_closed_cases", order=90, model=PartyGrant, due_query=grants_due,
    apply=services.grant_end_for_closed_case, lock=Q(active=True), related=("user", "society"),
    district="district",
    description="End outside parties' access to cases that have closed and remove their permissions."))

INVITATIONS_LAPSE = chore(Chore(
    sweeper="party_invitations_lapse", order=91, model=PartyInvitation, due_query=invitations_due,
    apply=services.invitation_lapse, lock=PENDING, related=("society",), district="district",
    description="Lapse invitations of outside parties not accepted within 14 days, or whose case closed."))


def party_grants_end_for_closed_cases(*, today):
    return chore_sweep(GRANTS_END, today=today)


def party_invitations_lapse(*, today):
    return chore_sweep(INVITATIONS_LAPSE, today=today)
