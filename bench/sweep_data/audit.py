"""Audits (audit/work_clocks.py): one Audit per bench society g, of a year ended long ago (so audits_open
still opens the bench's recent years), each done by the district's ARCS as departmental auditor, reported (status
`reported`: no audit of the society is open, which seizures_flag_no_audit re-checks) and accepted by the AGM:

- g <= due: the Board's follow-up report due in 7 days, not filed (audit_followup_remind);
- due < g <= 2 due: its last day was yesterday, not filed, not flagged (audits_flag_missing_followup);
- the rest: follow-up filed long ago."""

from datetime import date, timedelta

from django.db import connection

from .sql import _first_id, _people_ids, insert_series


def _fill_audits(n: int, due: int, today: date) -> dict[str, int]:
    from django.apps import apps

    if not apps.is_installed("audit"):
        return {}
    from audit.models import Audit, AuditReport
    from audit.models.audit import AuditorKind, AuditStatus
    from registrar.models import Officer
    from societies.models import Society

    with connection.cursor() as cursor:
        society0 = _first_id(cursor, Society._meta.db_table, "registration_number LIKE 'SNT/BENCH/%'")
    fy_end = date(today.year - 10, 3, 31)
    params = {"due": due, "society0": society0, "arcs": _people_ids(), "fy_end": fy_end,
              "officer": Officer.objects.get(user_id=_people_ids()).pk, "reported": AuditStatus.REPORTED.value,
              "departmental": AuditorKind.DEPARTMENTAL.value, "allotted": fy_end + timedelta(days=30),
              "started": fy_end + timedelta(days=60), "completed": fy_end + timedelta(days=140),
              "report_due": fy_end + timedelta(days=154),
              "opened": fy_end + timedelta(days=1), "audit_due": fy_end + timedelta(days=180),
              "filed": fy_end + timedelta(days=150), "soon": today + timedelta(days=7),
              "yesterday": today - timedelta(days=1), "accepted": today - timedelta(days=83),
              "accepted_late": today - timedelta(days=95), "old_accepted": fy_end + timedelta(days=170),
              "old_due": fy_end + timedelta(days=260), "old_filed": fy_end + timedelta(days=250)}
    counts = {Audit._meta.db_table: insert_series(Audit, n, {
        "society_id": "%(society0)s + g", "fy_end": "%(fy_end)s::date", "opened_on": "%(opened)s::date",
        "due_on": "%(audit_due)s::date", "status": "%(reported)s", "auditor_kind": "%(departmental)s",
        "auditor_officer_id": "%(officer)s", "allotted_on": "%(allotted)s::date", "allotted_by_id": "%(arcs)s",
        "started_on": "%(started)s::date", "completed_on": "%(completed)s::date",
        "report_due_on": "%(report_due)s::date", "reported_on": "%(filed)s::date"}, params)}
    with connection.cursor() as cursor:
        params["audit0"] = _first_id(cursor, Audit._meta.db_table, f"fy_end = '{fy_end.isoformat()}'")
    which = "CASE WHEN g <= %(due)s THEN {a} WHEN g <= 2 * %(due)s THEN {b} ELSE {c} END"
    money = dict.fromkeys(AuditReport.SUMMARY_FIELDS, "1000")
    counts[AuditReport._meta.db_table] = insert_series(AuditReport, n, {
        "audit_id": "%(audit0)s + g", "marks": "70", "audit_class": "'B'", "opinion": "'Bench opinion ' || g",
        **money, "pdf": "''", "followup_document": "''", "filed_on": "%(filed)s::date", "filed_by_id": "%(arcs)s",
        "accepted_on": which.format(a="%(accepted)s::date", b="%(accepted_late)s::date",
                                    c="%(old_accepted)s::date"),
        "followup_due_on": which.format(a="%(soon)s::date", b="%(yesterday)s::date", c="%(old_due)s::date"),
        "followup_filed_on": "CASE WHEN g <= 2 * %(due)s THEN NULL ELSE %(old_filed)s::date END",
    }, params)
    return counts
