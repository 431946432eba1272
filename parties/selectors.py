"""Reads of outside parties: a party's own open cases, the office's invitations and grants in its jurisdiction."""

from collections import defaultdict

from registrar import clock
from registrar.selectors import in_jurisdiction

from . import kinds
from .models import Engagement, PartyGrant, PartyInvitation


def _with_cases(rows, today, *, open_only: bool):
    """Attach `.kind`, `.case`, `.case_closed` to each row: one query per kind of case, not per row."""
    by_type = defaultdict(list)
    for row in rows:
        by_type[row.content_type_id].append(row)
    from django.contrib.contenttypes.models import ContentType

    for content_type_id, group in by_type.items():
        kind = kinds.for_content_type(ContentType.objects.get_for_id(content_type_id))
        ids = {row.object_id for row in group}
        cases = kind.model.objects.select_related(*kind.related).in_bulk(ids)
        closed = set(kind.model.objects.filter(kind.closed_q(today), pk__in=ids).values_list("pk", flat=True))
        for row in group:
            row.kind, row.case, row.case_closed = kind, cases.get(row.object_id), row.object_id in closed
            row.case_label = kind.label(row.case) if row.case else ""
            row.case_url = kind.url(row.case) if row.case else ""
    return [row for row in rows if not (open_only and row.case_closed)]


def party_grant_list_for_user(user, today=None):
    """The person's active grants on open cases, newest first: their "My cases"."""
    rows = list(PartyGrant.objects.filter(user=user, active=True).select_related("district"))
    return _with_cases(rows, today or clock.today(), open_only=True)


def party_grant_list_for_officer(user, today=None, *, active: bool = True, limit: int = 200):
    rows = list(in_jurisdiction(PartyGrant.objects.filter(active=active), user, "district")
                .select_related("user", "invitation", "district", "ended_by")[:limit])
    return _with_cases(rows, today or clock.today(), open_only=False)


def party_invitation_list_for_officer(user, today=None, *, limit: int = 200):
    """Invitations not accepted (pending, withdrawn, lapsed), newest first."""
    rows = list(in_jurisdiction(PartyInvitation.objects.filter(accepted_at__isnull=True), user, "district")
                .select_related("invited_by", "district")[:limit])
    return _with_cases(rows, today or clock.today(), open_only=False)


def engagement_list_for_officer(user, *, limit: int = 200):
    return list(in_jurisdiction(Engagement.objects.filter(closed_on__isnull=True), user, "society__district")
                .select_related("society__district")[:limit])
