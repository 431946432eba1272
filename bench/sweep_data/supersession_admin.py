"""The administrators' clocks (societies/supersession/administration.py, S2): three blocks of `due` societies
just before supersession.py's last `due` (g in (n - 4*due, n - due]), whose closed cases are turned into cases
in charge, superseded long ago, the administrators' period ending in 7 days (each clock's 7-day reminder today):

- the first block: an ordinary society (made a dairy society: the bench's societies are all GPSS), s.125
  (supersession_administrators_remind);
- the second: a GPSS, a credit structure society, s.140(2) (supersession_credit_elections_remind);
- the third: a bank at the Reserve Bank's requisition, s.4A (supersession_bank_administrators_remind).
Every other case stays closed, so the reminder queries read supersession_period_idx (state, period_ends_on)."""

from datetime import date, timedelta

from django.db import connection


def _fill_supersession_admin(n: int, due: int, today: date) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("societies.supersession"):
        return {}
    from societies.models import Society
    from societies.supersession.models import Supersession

    cases, societies = Supersession._meta.db_table, Society._meta.db_table
    first = n - 4 * due  # the blocks are g in (first, first + 3*due]
    params = {"first": first, "due": due, "superseded": today - timedelta(days=170),
              "ends": today + timedelta(days=7)}
    block = "(g.rank - %(first)s - 1) / %(due)s::int"
    numbered = (f"SELECT c.id, c.society_id, ROW_NUMBER() OVER (ORDER BY c.society_id) AS rank FROM {cases} c")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {cases} AS s SET state = 'superseded', superseded_on = %(superseded)s, "
            f"period_ends_on = %(ends)s, action_taken_on = NULL, "
            f"ground = CASE {block} WHEN 2 THEN 'rbi_s4a' ELSE s.ground END "
            f"FROM ({numbered}) AS g WHERE s.id = g.id AND g.rank > %(first)s AND g.rank <= %(first)s + 3 * %(due)s",
            params)
        updated = cursor.rowcount
        cursor.execute(
            f"UPDATE {societies} AS o SET society_type = 'dairy', governance_status = 'superseded' "
            f"FROM ({numbered}) AS g WHERE o.id = g.society_id AND g.rank > %(first)s "
            f"AND g.rank <= %(first)s + %(due)s", params)
        cursor.execute(
            f"UPDATE {societies} AS o SET governance_status = 'superseded' "
            f"FROM ({numbered}) AS g WHERE o.id = g.society_id AND g.rank > %(first)s + %(due)s "
            f"AND g.rank <= %(first)s + 3 * %(due)s", params)
    assert updated == 3 * due, updated
    return {}  # supersession.py counts (and ANALYZEs) the table
