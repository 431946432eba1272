"""Permission-triad cases of the audit work's URLs (added to tests/audit/triad_cases.py's CASES). The owner of the
auditor's pages is the allotted departmental auditor; of the society's pages, the secretary."""

from registrar.models import Rank
from tests.conftest import make_officer
from tests.triad import Case

from . import work_support as ws

MARKER = "Borsola Fishery Co-operative Society Limited"


def _auditor():
    return make_officer("auditor.worktriad", Rank.AUDITOR, ["SNT"])


def _allotted(p):
    auditor = _auditor()
    return {"pk": ws.allotted(p["arcs_officer"], auditor).pk}, auditor, ""


def _reported(p, *, via_service=False):
    auditor = _auditor()
    audit, report = ws.reported(p["arcs_officer"], auditor, secretary=p["secretary"], via_service=via_service)
    return audit, report, auditor


def _auditor_item(p):
    audit, report, auditor = _reported(p)
    return {"pk": audit.pk, "item": report.objections.first().pk}, auditor, ""


def _office(p):
    audit, _report, _auditor_user = _reported(p)
    return {"pk": audit.pk}, None, ""


def _office_pdf(p):
    audit, _report, _auditor_user = _reported(p, via_service=True)
    return {"pk": audit.pk}, None, ""


def _office_item(p):
    audit, report, _auditor_user = _reported(p)
    return {"pk": audit.pk, "item": report.objections.first().pk}, None, ""


def _overdue(p):
    from datetime import date

    from audit.services import objections

    audit, report, _auditor_user = _reported(p)
    item = report.objections.first()
    ws.explain(item, p["secretary"])
    objections.rectification_direct(audit_id=audit.pk, actor=p["arcs_officer"], objection_ids=[item.pk],
                                    rectify_by=date(2026, 10, 31), text="Rectify.", today=date(2026, 9, 1))
    return {}, None, MARKER   # 31 Oct 2026 has passed: the item is on the ARCS's list, not on Kamrup's


def _society_audit(p, *, via_service=False):
    audit, _report, _auditor_user = _reported(p, via_service=via_service)
    return {"pk": audit.pk}, p["secretary"], ""


def _society_item(p):
    audit, report, _auditor_user = _reported(p)
    return {"pk": audit.pk, "item": report.objections.first().pk}, p["secretary"], ""


def _society_list(p):
    _reported(p)
    return {"pk": p["secretary"].society.pk}, p["secretary"], ""


CASES = [
    Case("audit_work_auditor", "owner", _allotted, notes="the allotted auditor; another auditor: test_audit_views"),
    Case("audit_work_report", "owner", _allotted),
    Case("audit_work_auditor_close", "owner", _auditor_item, ok_status=405, notes="POST only, after the check"),
    Case("audit_work_office", "office", _office),
    Case("audit_work_direct", "office", _office, ok_status=405, notes="POST only, after the check"),
    Case("audit_work_office_close", "office", _office_item, ok_status=405, notes="POST only"),
    Case("audit_work_reaudit", "office", _office, ok_status=405, notes="POST only"),
    Case("audit_work_office_report_pdf", "office", _office_pdf),
    Case("audit_objections_overdue", "office", _overdue, about_record=False),
    Case("audit_society_list", "owner", _society_list),
    Case("audit_society_audit", "owner", _society_audit),
    Case("audit_society_explain", "owner", _society_item, ok_status=405, notes="POST only"),
    Case("audit_society_rectify", "owner", _society_item, ok_status=405, notes="POST only"),
    Case("audit_society_accept", "owner", _society_audit, ok_status=405, notes="POST only"),
    Case("audit_society_followup", "owner", _society_audit, ok_status=405, notes="POST only"),
    Case("audit_society_report_pdf", "owner", lambda p: _society_audit(p, via_service=True)),
]
