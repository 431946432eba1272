"""Demo Bakijai in Sonitpur, through the services (idempotent: each case is keyed by its loan account):

- the Assam Co-operative Apex Bank (Tezpur) as a claimant, its loans officer invited and accepted (sees only the
  bank's requisitions at /recovery/claimants/<id>/); the Registrar's delegation to the Sonitpur ARCS;
- a bank requisition awaiting its hearing;
- a certificate served ten days ago, in its 30 days to pay;
- a certificate in default, sent to the Certificate Officer, with two part-payments realised;
- the dues demo's audit fee (Dhekiajuli Dairy) turned into a requisition and a certificate.
"""

from datetime import date, timedelta
from decimal import Decimal

from registrar.demo import DEMO_PASSWORD, register_login
from registrar.models import District, User

BANK = "Assam Co-operative Apex Bank, Tezpur branch"
BANK_EMAIL = "bakijai@apexbank.in"


def _case(arcs, claimant, account, today, *, name, principal, filed_days_ago):
    from .models import Requisition
    from .services import filing

    found = Requisition.objects.filter(loan_account=account).first()
    if found is not None:
        return found, False
    p = filing.Particulars(
        debtor_name=name, debtor_parent_name="", debtor_address="Village Borsola, Dhekiajuli, Sonitpur",
        lender="Assam Co-operative Apex Bank", loan_account=account, loan_sanctioned_on=date(2022, 4, 1),
        principal=Decimal(principal), interest_rate=Decimal("11.5"), interest_from=date(2024, 4, 1),
        costs=Decimal("750"), property_schedule="Dag 211, patta 37, 2 bighas, Borsola mouza",
        prior_notice_on=today - timedelta(days=filed_days_ago + 30))
    filed = today - timedelta(days=filed_days_ago)
    p.interest_to = filed
    return filing.requisition_file(actor=arcs, today=filed, particulars=p, claimant_id=claimant.pk), True


def _certify(arcs, requisition, on):
    from .services import decision

    hearing = decision.hearing_fix(requisition_id=requisition.pk, actor=arcs, hearing_on=on,
                                   place="Office of the ARCS, Tezpur", today=on)
    decision.hearing_record(hearing_id=hearing.pk, actor=arcs, appearance="in_person", today=on,
                            statements="The debtor admits the loan and the balance; asks for time.",
                            documents_seen="Pass book, loan ledger extract")
    return decision.certificate_grant(requisition_id=requisition.pk, actor=arcs, today=on,
                                      reasons="The loan, its sanction and the default are admitted; the balance is "
                                              "proved by the loan account statement.")


def seed(*, today: date, stdout) -> None:
    from parties.models import PartyInvitation
    from parties.services import party_invitation_accept, party_invite

    from .models import Claimant, Delegation
    from .services import decision, enforcement, filing, money

    arcs = User.objects.filter(username="arcs.sonitpur").first()
    rcs = User.objects.filter(username="rcs").first()
    sonitpur = District.objects.filter(code="SNT").first()
    if arcs is None or rcs is None or sonitpur is None:
        return
    made = 0
    claimant = Claimant.objects.filter(district=sonitpur, name=BANK).first() or filing.claimant_add(
        actor=arcs, district_id=sonitpur.pk, name=BANK, kind=Claimant.Kind.BANK, address="Main Road, Tezpur",
        today=today)
    if not PartyInvitation.objects.filter(email=BANK_EMAIL).exists():
        invitation = party_invite(actor=arcs, kind="bakijai_claimant", case_id=claimant.pk, role="claimant_bank",
                                  email=BANK_EMAIL, name="Dipankar Kalita", organisation=BANK, today=today)
        party_invitation_accept(token=invitation.token, full_name="Dipankar Kalita", password=DEMO_PASSWORD,
                                today=today)
    register_login("Claimant bank (Bakijai): its own requisitions only", BANK_EMAIL, "/parties/ then the bank")
    if not Delegation.objects.filter(officer=arcs).exists():
        filing.delegation_grant(actor=rcs, officer_user=arcs, district_id=sonitpur.pk, today=today,
                                order_reference="RCS/BKJ/DEL/3/2025", from_on=date(2025, 4, 1))

    # 1. Awaiting hearing.
    req, new = _case(arcs, claimant, "APX/TZP/KCC/1187", today, name="Ratul Bora", principal="84000",
                     filed_days_ago=6)
    if new:
        decision.hearing_fix(requisition_id=req.pk, actor=arcs, hearing_on=today + timedelta(days=9),
                             place="Office of the ARCS, Tezpur", today=today)
        made += 1
    # 2. In its 30 days.
    req, new = _case(arcs, claimant, "APX/TZP/KCC/0954", today, name="Mina Kalita", principal="126500",
                     filed_days_ago=40)
    if new:
        cert = _certify(arcs, req, today - timedelta(days=20))
        decision.certificate_serve(certificate_id=cert.pk, actor=arcs, served_on=today - timedelta(days=10),
                                   reference="RP EA 1934 5521 8IN", today=today - timedelta(days=10))
        made += 1
    # 3. In default, with the Certificate Officer, part paid.
    req, new = _case(arcs, claimant, "APX/TZP/ST/0412", today, name="Jadav Saikia", principal="215000",
                     filed_days_ago=160)
    if new:
        served_on = today - timedelta(days=120)
        cert = _certify(arcs, req, served_on - timedelta(days=10))
        decision.certificate_serve(certificate_id=cert.pk, actor=arcs, served_on=served_on,
                                   reference="Process server, Dhekiajuli", today=served_on)
        cert.refresh_from_db()
        decision.certificate_default(cert, today)
        started = cert.default_on + timedelta(days=5)
        execution = enforcement.execution_request(certificate_id=cert.pk, actor=arcs, mode="public_demand",
                                                  certificate_officer="Certificate Officer (Bakijai), Sonitpur",
                                                  today=started)
        for days, amount in ((30, "40000"), (60, "25000")):
            enforcement.execution_enter(execution_id=execution.pk, actor=arcs, kind="realisation",
                                        on=started + timedelta(days=days), amount=Decimal(amount),
                                        case_number="BKJ-CO 211/2026", today=started + timedelta(days=days))
        made += 1
    # 4. An audit fee in the ledger turned into a certificate.
    from dues.models import Due

    fee = Due.objects.filter(note="Demo: audit fee 2025-26").first()
    if fee is not None and not hasattr(fee, "requisition"):
        req = filing.requisition_from_due(due_id=fee.pk, actor=arcs, today=today)
        _certify(arcs, req, today)
        made += 1
    del money
    if made:
        stdout.write(f"Bakijai: {made} demo cases in Sonitpur (see /office/recovery/).\n")
