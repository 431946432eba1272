"""Membership admission and termination (membership/clocks.py)."""

from datetime import date, timedelta

from django.db import connection

from .sql import _first_id, insert_series
from .supervision import _p, _trigger_for


def _fill_membership(n: int, due: int, today: date, arcs: int) -> dict[str, int]:
    """Admission and termination (membership/clocks.py), one row of each per bench society g:

    - n applications for membership (one Person each, open: "applied"): `due` past day 90 with no refusal
      (applications_deem_admitted), `due` whose 60-day last day is in 7 days (membership_decision_reminders),
      the rest received 10 days ago (last day 50 days ahead, after every reminder window);
    - n members (one Person each, with their register versions) and n Board terminations: `due` whose s.24(2)
      hold ended yesterday (terminated_names_delete), `due` held to a day ahead, the rest deleted long ago (the
      member ceased the day after the hold: two versions)."""
    from django.apps import apps

    if not apps.is_installed("membership"):
        return {}
    from membership import rules
    from membership.models import Member, MembershipApplication, MemberVersion, Person, Termination
    from societies.models import Society

    def hold(decided: date) -> date:  # the member receives the resolution the day after it
        return rules.deletion_hold_last_day(decided, appeal_rule="termination_appeal_30d",
                                            received_on=decided + timedelta(days=1))

    overdue_received = _trigger_for(rules.deemed_admission_last_day, today - timedelta(days=3), 90)
    remind_received = _trigger_for(rules.decision_last_day, today + timedelta(days=7), 60)
    open_received = today - timedelta(days=10)
    t_due = _trigger_for(hold, today - timedelta(days=1), 30)
    t_wait, t_old = today - timedelta(days=3), today - timedelta(days=400)
    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    params = {"due": due, "rows": n, "society0": society0, "arcs": arcs, "admitted": today - timedelta(days=2000),
              "r1": overdue_received, "c1": rules.decision_last_day(overdue_received),
              "d1": rules.deemed_admission_last_day(overdue_received),
              "r2": remind_received, "c2": rules.decision_last_day(remind_received),
              "d2": rules.deemed_admission_last_day(remind_received),
              "r3": open_received, "c3": rules.decision_last_day(open_received),
              "d3": rules.deemed_admission_last_day(open_received),
              "t1": t_due, "h1": hold(t_due), "b1": rules.readmission_bar_longest(t_due),
              "t2": t_wait, "h2": hold(t_wait), "b2": rules.readmission_bar_longest(t_wait),
              "t3": t_old, "h3": hold(t_old), "b3": rules.readmission_bar_longest(t_old),
              "gone": hold(t_old) + timedelta(days=1)}
    assert params["c2"] == today + timedelta(days=7) and params["d1"] < today <= params["d2"], params
    assert params["h1"] == today - timedelta(days=1) and params["h2"] >= today, params
    which = "CASE WHEN g <= %(due)s THEN {a} WHEN g <= 2 * %(due)s THEN {b} ELSE {c} END"

    def by_row(key: str) -> str:
        return which.format(a=_p(f"{key}1"), b=_p(f"{key}2"), c=_p(f"{key}3"))

    # Persons g <= n apply; persons n < g <= 2n are the members.
    counts = {Person._meta.db_table: insert_series(Person, 2 * n, {
        "name": "'Bench Person ' || g", "name_key": "'bench person ' || g", "parent_name": "'Bench Parent ' || g",
        "gender": "CASE WHEN g %% 2 = 0 THEN 'woman' ELSE 'man' END", "address": "'Tezpur'"}, params)}
    with connection.cursor() as cursor:
        params["person0"] = _first_id(cursor, Person._meta.db_table, "name LIKE 'Bench Person %'")
    counts[MembershipApplication._meta.db_table] = insert_series(MembershipApplication, n, {
        "society_id": "%(society0)s + g", "person_id": "%(person0)s + g", "channel": "'paper'",
        "entered_by_id": "%(arcs)s", "state": "'applied'", "applied_on": by_row("r"), "received_on": by_row("r"),
        "decision_due_on": by_row("c"), "deemed_last_day": by_row("d")}, params)
    gone = "g > 2 * %(due)s"
    counts[Member._meta.db_table] = insert_series(Member, n, {
        "society_id": "%(society0)s + g", "number": "1", "person_id": "%(person0)s + %(rows)s + g",
        "admitted_on": "%(admitted)s::date", "admission_basis": "'existing_register'",
        "ceased_on": f"CASE WHEN {gone} THEN %(gone)s::date END",
        "cessation_cause": f"CASE WHEN {gone} THEN 'termination' ELSE '' END"}, params)
    with connection.cursor() as cursor:
        params["member0"] = _first_id(cursor, Member._meta.db_table, f"person_id > {params['person0'] + n:d}")
    version = {"member_id": "%(member0)s + g", "society_id": "%(society0)s + g", "number": "1",
               "name": "'Bench Person ' || (%(rows)s + g)", "parent_name": "'Bench Parent ' || (%(rows)s + g)",
               "gender": "CASE WHEN g %% 2 = 0 THEN 'woman' ELSE 'man' END", "address": "'Tezpur'"}
    # Every member's version from admission (closed on the deletion day for the deleted), then the deleted
    # members' version from that day.
    counts[MemberVersion._meta.db_table] = insert_series(MemberVersion, n, {
        **version, "valid_from": "%(admitted)s::date", "valid_to": f"CASE WHEN {gone} THEN %(gone)s::date END"},
        params) + insert_series(MemberVersion, n - 2 * due, {
            **version, "member_id": "%(member0)s + 2 * %(due)s + g", "society_id": "%(society0)s + 2 * %(due)s + g",
            "valid_from": "%(gone)s::date", "ceased_on": "%(gone)s::date", "cessation_cause": "'termination'"},
            params)
    counts[Termination._meta.db_table] = insert_series(Termination, n, {
        "society_id": "%(society0)s + g", "member_id": "%(member0)s + g", "ground": "'f'",
        "ground_detail": "'Missed three consecutive AGMs'", "decided_on": by_row("t"), "heard_on": by_row("t"),
        "present_and_voting": "8", "votes_for": "7", "bar_until": by_row("b"),
        "communicated_on": by_row("t"), "received_on": f"{by_row('t')} + 1", "recorded_by_id": "%(arcs)s",
        "state": f"CASE WHEN {gone} THEN 'deleted' ELSE 'resolved' END", "hold_last_day": by_row("h"),
        "deleted_on": f"CASE WHEN {gone} THEN %(gone)s::date END"}, params)
    return counts
