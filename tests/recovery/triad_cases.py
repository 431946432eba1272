"""Permission-triad cases for Bakijai's URLs (walked by tests/test_permission_triad.py). The claimant's pages are
the "owner" audience: the bank's invited user 200; another citizen, and any officer, 404."""

from registrar.models import District
from tests.triad import Case

MARKER = "Bipul Saikia"


def _bank(p):
    from .helpers import bank

    return bank(p["arcs_officer"], District.objects.get(code="SNT"))


def _req(p):
    from .helpers import requisition

    return requisition(p["arcs_officer"], _bank(p))


def _certified(p):
    from .helpers import certified, delegate

    delegate(p["registrar"], p["arcs_officer"], District.objects.get(code="SNT"))
    return certified(p["arcs_officer"], _bank(p))


def _list(p):
    _req(p)
    return {}, None, MARKER


def _case(p):
    return {"pk": _req(p).pk}, None, ""


def _pdf(p):
    return {"pk": _certified(p).requisition_id, "doc": "certificate"}, None, ""


def _due(p):
    from datetime import date
    from decimal import Decimal

    from dues.services import due_raise

    due = due_raise(actor=p["arcs_officer"], kind="audit_fee", principal=Decimal("9000"), raised_on=date(2026, 1, 5),
                    due_by=date(2026, 2, 5), today=date(2026, 1, 5), society_id=p["secretary"].society.pk)
    return {"pk": due.pk}, None, ""


def _bank_user(p, claimant):
    from tests.parties.helpers import accept_new, invite

    invitation = invite(p["arcs_officer"], claimant, email="recovery@apexbank.in", kind="bakijai_claimant",
                        role="claimant_bank")
    return accept_new(invitation).user


def _claimant(p):
    claimant = _bank(p)
    return {"cpk": claimant.pk}, _bank_user(p, claimant), ""


def _claimant_req(p):
    from .helpers import requisition

    claimant = _bank(p)
    user = _bank_user(p, claimant)
    return {"cpk": claimant.pk, "pk": requisition(p["arcs_officer"], claimant).pk}, user, ""


def _claimant_pdf(p):
    from .helpers import certified, delegate

    claimant = _bank(p)
    user = _bank_user(p, claimant)
    delegate(p["registrar"], p["arcs_officer"], District.objects.get(code="SNT"))
    cert = certified(p["arcs_officer"], claimant)
    return {"cpk": claimant.pk, "pk": cert.requisition_id, "doc": "certificate"}, user, ""


def _execution(p):
    from .helpers import branch_user, delegate, in_default_with_execution

    delegate(p["registrar"], p["arcs_officer"], District.objects.get(code="SNT"))
    execution = in_default_with_execution(p["arcs_officer"], _bank(p))
    return {"pk": execution.pk}, branch_user(p["arcs_officer"], execution), ""


CASES = [
    Case("office_recovery", "office", build=_list, about_record=False),
    Case("office_recovery_file", "office", about_record=False),
    Case("office_recovery_setup", "office", build=_list, about_record=False),
    Case("office_recovery_dcb", "office", build=_list, about_record=False),
    Case("office_recovery_case", "office", build=_case),
    Case("office_recovery_pdf", "office", build=_pdf),
    Case("office_recovery_from_due", "office", build=_due, ok_status=405, notes="POST-only; 405 after the check"),
    Case("claimant_requisitions", "owner", build=_claimant, notes="party_case_or_404: the claimant's user only"),
    Case("claimant_requisition_file", "owner", build=_claimant),
    Case("claimant_requisition_bulk", "owner", build=_claimant),
    Case("claimant_requisition", "owner", build=_claimant_req),
    Case("claimant_requisition_pdf", "owner", build=_claimant_pdf),
    Case("bakijai_execution", "owner", build=_execution, notes="the Bakijai branch's invited user on that execution"),
]
