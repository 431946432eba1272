"""Permission-triad cases for the audit's URLs (walked by tests/test_permission_triad.py). The allotment's first;
the audit work's below them."""

from unittest import mock

from registrar.models import Rank
from tests.conftest import make_officer
from tests.triad import Case

from .allotment_support import TODAY, allot, firm_user, opened, panel, society, with_fee
from .work_triad import CASES as WORK_CASES

MARKER = "Borsola Fishery Co-operative Society Limited"


def _today():
    return mock.patch("registrar.clock.today", return_value=TODAY)


def _auditor():
    return make_officer("auditor.triad", Rank.AUDITOR, ["SNT"])


def _open(p):
    return opened(society())


def _list(p):
    _open(p)
    return {}, None, MARKER


def _detail(p):
    return {"pk": _open(p).pk}, None, ""


def _allotted(p):
    audit = _open(p)
    allot(p["arcs_officer"], audit, auditor=_auditor())
    return {"pk": audit.pk}, None, ""


def _fee(p, paid=False):
    audit = _open(p)
    allot(p["arcs_officer"], audit, auditor=_auditor())
    with_fee(p["arcs_officer"], audit, paid=paid)
    return {"pk": audit.pk}, None, ""


def _firm_audit(p):
    audit = _open(p)
    user = firm_user(p["arcs_officer"], audit, panel())
    return {"pk": audit.pk}, user, ""


CASES = [
    Case("audit_office_list", "office", _list, about_record=False, query="year=2025"),
    Case("audit_dashboard", "office", _list, about_record=False),
    Case("audit_panel", "office", about_record=False),
    Case("audit_office_detail", "office", _detail),
    Case("audit_allot", "office", _detail, ok_status=405, notes="POST only"),
    Case("audit_fee", "office", _detail, ok_status=405, notes="POST only"),
    Case("audit_allotment_letter", "office", _allotted),
    Case("audit_fee_demand", "office", _fee),
    Case("audit_fee_receipt", "office", lambda p: _fee(p, paid=True)),
    Case("audit_auditor_list", "authenticated"),
    Case("audit_auditor_detail", "owner", _firm_audit),
]

# the audit work (issue 18 points 3-5)
CASES += WORK_CASES
