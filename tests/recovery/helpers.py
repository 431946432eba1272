"""Builders for the Bakijai tests: a claimant bank, a delegation, a requisition heard and certified."""

from datetime import date
from decimal import Decimal

from recovery.services import decision, filing

TODAY = date(2026, 1, 5)


def bank(officer, district, name="Assam Co-operative Apex Bank, Tezpur branch"):
    return filing.claimant_add(actor=officer, district_id=district.pk, name=name, kind="bank", today=TODAY)


def delegate(registrar, officer, district=None, from_on=date(2025, 4, 1)):
    return filing.delegation_grant(actor=registrar, officer_user=officer, district_id=district.pk if district else None,
                                   order_reference="RCS/BKJ/12/2025", from_on=from_on, today=TODAY)


def particulars(account="LN-0042", lender="Assam Co-operative Apex Bank", **extra):
    values = {"debtor_name": "Bipul Saikia", "debtor_parent_name": "Late Dhaniram Saikia",
                  "debtor_address": "Village Borsola, Dhekiajuli, Sonitpur", "lender": lender, "loan_account": account,
                  "loan_sanctioned_on": date(2022, 3, 1), "principal": Decimal("100000"), "interest_rate": Decimal("12"),
                  "interest_from": date(2025, 1, 1), "interest_to": date(2025, 12, 31), "costs": Decimal("500")}
    values.update(extra)
    return filing.Particulars(**values)


def requisition(officer, claimant, today=TODAY, **extra):
    return filing.requisition_file(actor=officer, today=today, particulars=particulars(**extra),
                                   claimant_id=claimant.pk)


def certified(officer, claimant, today=TODAY, **extra):
    req = requisition(officer, claimant, today=today, **extra)
    hearing = decision.hearing_fix(requisition_id=req.pk, actor=officer, hearing_on=today, place="ARCS office, Tezpur",
                                   today=today)
    decision.hearing_record(hearing_id=hearing.pk, actor=officer, appearance="in_person",
                            statements="Debtor admits the loan; pleads crop failure.", documents_seen="Passbook",
                            today=today)
    return decision.certificate_grant(requisition_id=req.pk, actor=officer, today=today,
                                      reasons="The loan and the default are admitted; the amount is proved by the "
                                              "account statement.")


def served(officer, claimant, served_on=TODAY, **extra):
    cert = certified(officer, claimant, **extra)
    return decision.certificate_serve(certificate_id=cert.pk, actor=officer, served_on=served_on,
                                      reference="RP AS123456789IN", today=served_on)


def in_default_with_execution(officer, claimant):
    from recovery.clocks import DEMAND_CERTIFICATE
    from recovery.services import enforcement
    from registrar.clocks.derive import expiry_sweep

    cert = served(officer, claimant)
    expiry_sweep(DEMAND_CERTIFICATE, today=date(2026, 2, 10))
    return enforcement.execution_request(certificate_id=cert.pk, actor=officer, mode="public_demand",
                                         certificate_officer="Certificate Officer, Sonitpur", today=date(2026, 2, 10))


def branch_user(officer, execution, email="bakijai.snt@assam.gov.in"):
    from tests.parties.helpers import accept_new, invite

    return accept_new(invite(officer, execution, email=email, kind="bakijai_execution", role="bakijai_branch",
                             today=date(2026, 2, 10)), today=date(2026, 2, 10)).user
