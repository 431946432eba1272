"""Permission-triad cases of the liquidator's workspace (helper L2; extended into triad_cases.CASES). The workspace
is the "owner" audience: the named liquidator 200; another citizen and another district's officer 404 (and the
liquidator of another society: tests/liquidation/test_claims_register.py)."""

from datetime import date
from decimal import Decimal

from tests.triad import Case


def _case(p):
    from .workspace_helpers import liquidator_officer, winding_up

    liquidator = liquidator_officer("liquidator.triad")
    return winding_up(p["arcs_officer"], liquidator), liquidator


def _home(p):
    case, liquidator = _case(p)
    return {"pk": case.pk}, liquidator, ""


def _claim_entered(case, liquidator):
    from liquidation.services.claims import ClaimInput, claim_enter

    return claim_enter(actor=liquidator, winding_up_id=case.pk, source="books", today=date(2026, 6, 1),
                       data=ClaimInput(claimant_name="Bipul Saikia", amount=Decimal("500")))


def _claim(p):
    case, liquidator = _case(p)
    return {"pk": case.pk, "cpk": _claim_entered(case, liquidator).pk}, liquidator, ""


def _contributory(p):
    from liquidation.models import Contributory
    from liquidation.services.contributories import contributories_list
    from tests.membership.helpers import make_member

    case, liquidator = _case(p)
    make_member(case.society, 1, admitted_on=date(2015, 1, 1))
    contributories_list(actor=liquidator, winding_up_id=case.pk, today=date(2026, 6, 1))
    return {"pk": case.pk, "cpk": Contributory.objects.get(winding_up=case).pk}, liquidator, ""


def _report(p):
    from liquidation.services.workspace import report_file, report_open

    case, liquidator = _case(p)
    report = report_open(case, date(2026, 6, 1))
    report_file(actor=liquidator, report_id=report.pk, progress="Claims examined.", today=date(2026, 7, 2))
    return {"pk": case.pk, "rpk": report.pk}, liquidator, ""


def _office(p):
    case, _liquidator = _case(p)
    return {"pk": case.pk}, None, ""


def _status(p):
    case, liquidator = _case(p)
    return {"token": _claim_entered(case, liquidator).token}, None, ""


CASES = [
    Case("liquidator_cases", "authenticated", notes="the user's own liquidations only (none for a citizen)"),
    Case("liquidator_home", "owner", build=_home, notes="workspace_access: the named liquidator or the invited party"),
    Case("liquidator_claims", "owner", build=_home),
    Case("liquidator_claim_new", "owner", build=_home),
    Case("liquidator_claims_import", "owner", build=_home),
    Case("liquidator_claims_notice", "owner", build=_home),
    Case("liquidator_claim", "owner", build=_claim),
    Case("liquidator_contributories", "owner", build=_home),
    Case("liquidator_contributory", "owner", build=_contributory),
    Case("liquidator_assets", "owner", build=_home),
    Case("liquidator_compromises", "owner", build=_home),
    Case("liquidator_reports", "owner", build=_home),
    Case("liquidator_report_pdf", "owner", build=_report),
    Case("liquidator_distribution", "owner", build=_home),
    Case("office_liquidation_registrar", "office", build=_office),
    Case("liquidation_claim_status", "public", build=_status,
         notes="the claim's secret token is the only key (ADR 0055); a wrong token 404"),
]
