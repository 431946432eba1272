"""Outside parties (parties/chores.py)."""

from datetime import date, timedelta

from django.db import connection

from .sql import _first_id, _people_ids, insert_series


def _fill_parties(n: int, due: int, today: date, district_id: int, party_id: int) -> dict[str, int]:
    """Outside parties (parties/chores.py), as the tables stand after years of work: most cases closed long ago
    and their grants ended, a tenth open. n engagements on the bench societies: `due` closed yesterday, then the
    open ones, the rest closed long ago. n grants (each from its own accepted invitation), grant g on engagement
    g: active on the `due` just closed (party_grants_end_for_closed_cases) and on the open ones, ended on the
    rest. n invitations beside them, invitation g on engagement g: pending and past their last day on the `due`
    (party_invitations_lapse), pending and waiting on the open ones, lapsed long ago on the rest."""
    from django.apps import apps

    if not apps.is_installed("parties"):
        return {}
    from django.contrib.contenttypes.models import ContentType

    from parties.models import Engagement, PartyGrant, PartyInvitation
    from societies.models import Society

    arcs = _people_ids()
    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    params = {"due": due, "today": today, "society0": society0, "arcs": arcs, "party": party_id,
              "district": district_id, "ct": ContentType.objects.get_for_model(Engagement).pk, "rows": n,
              "closed": today - timedelta(days=1), "opened": today - timedelta(days=30),
              "lapsed": today - timedelta(days=1), "waiting": today + timedelta(days=10),
              "open_end": max(2 * due, n // 10), "opened_old": today - timedelta(days=400),
              "closed_old": today - timedelta(days=340)}
    old = "g > %(open_end)s"  # the long-closed cases: grants ended, invitations lapsed
    counts = {Engagement._meta.db_table: insert_series(Engagement, n, {
        "role": "'auditor_firm'", "society_id": "%(society0)s + g", "scope": "'accounts ' || g",
        "opened_on": f"CASE WHEN {old} THEN %(opened_old)s::date ELSE %(opened)s::date END",
        "opened_by_id": "%(arcs)s",
        "closed_on": f"CASE WHEN g <= %(due)s THEN %(closed)s::date WHEN {old} THEN %(closed_old)s::date END"},
        params)}
    with connection.cursor() as cursor:
        params["engagement0"] = _first_id(cursor, Engagement._meta.db_table, "scope LIKE 'accounts %'")
    case = {"content_type_id": "%(ct)s", "object_id": "%(engagement0)s + ((g - 1) %% %(rows)s) + 1",
            "role": "'auditor_firm'", "district_id": "%(district)s",
            "society_id": "%(society0)s + ((g - 1) %% %(rows)s) + 1"}
    # insert_series sets %(n)s to its own row count: the bench size is %(rows)s. g <= rows: pending invitations;
    # g > rows: the accepted invitations the grants come from.
    counts[PartyInvitation._meta.db_table] = insert_series(PartyInvitation, 2 * n, {
        **case, "email": "'party' || g || '@bench.example.in'", "name": "'Bench Party ' || g",
        "token": "md5('bench-invitation' || g)", "invited_by_id": "%(arcs)s", "sent_at": "now()",
        "expires_on": "CASE WHEN g <= %(due)s THEN %(lapsed)s::date ELSE %(waiting)s::date END",
        "accepted_by_id": "CASE WHEN g > %(rows)s THEN %(party)s ELSE NULL END",
        "accepted_at": "CASE WHEN g > %(rows)s THEN now() ELSE NULL END",
        "lapsed_on": f"CASE WHEN g <= %(rows)s AND {old} THEN %(closed_old)s::date END"}, params)
    with connection.cursor() as cursor:
        params["invitation0"] = _first_id(cursor, PartyInvitation._meta.db_table,
                                          "email LIKE 'party%@bench.example.in'")
    counts[PartyGrant._meta.db_table] = insert_series(PartyGrant, n, {
        **case, "user_id": "%(party)s", "invitation_id": "%(invitation0)s + %(rows)s + g", "granted_at": "now()",
        "active": f"NOT ({old})", "ended_at": f"CASE WHEN {old} THEN now() END",
        "ended_reason": f"CASE WHEN {old} THEN 'case_closed' ELSE '' END"}, params)
    return counts
