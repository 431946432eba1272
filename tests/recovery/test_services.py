"""Bakijai services: one certificate per loan, the 30-day clock (with and without the extension cap, run late),
interest to the payment date, distraint after 12 months, execution and prosecution only after default."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from dues.models import Payment
from recovery.clocks import DEMAND_CERTIFICATE
from recovery.models import CertState, ReqState
from recovery.services import bulk_filing, decision, enforcement, filing, money
from registrar.clocks.derive import expiry_sweep
from registrar.models import ActivityEntry

from .helpers import TODAY, bank, certified, delegate, particulars, requisition, served


@pytest.fixture
def claimant(arcs_officer, sonitpur):
    return bank(arcs_officer, sonitpur)


@pytest.fixture
def signer(registrar, arcs_officer, sonitpur):
    delegate(registrar, arcs_officer, sonitpur)
    return arcs_officer


def test_certificate_needs_the_registrar_or_a_delegation(arcs_officer, claimant):
    with pytest.raises(ValidationError) as exc:
        certified(arcs_officer, claimant)
    assert "delegated the power" in str(exc.value)


def test_certificate_is_one_per_loan_whoever_asks(signer, claimant, arcs_officer, sonitpur):
    first = certified(signer, claimant)
    other = bank(arcs_officer, sonitpur, name="Sonitpur Central Co-operative Bank")
    with pytest.raises(ValidationError) as exc:
        requisition(arcs_officer, other, account="ln 0042", lender="ASSAM Co-operative Apex Bank.")
    assert first.order.number in str(exc.value) and "s.114(3)" in str(exc.value)
    # Set aside, the loan is free for a fresh certificate.
    decision.certificate_cancel(first, on=TODAY)
    assert requisition(arcs_officer, other, account="ln 0042").state == ReqState.RECEIVED


def test_certificate_is_refused_without_a_recorded_hearing(signer, claimant):
    req = requisition(signer, claimant)
    with pytest.raises(ValidationError) as exc:
        decision.certificate_grant(requisition_id=req.pk, actor=signer, reasons="Proved.", today=TODAY)
    assert "s.102(1)" in str(exc.value)


def test_demand_certificate_defaults_the_day_after_30_days_when_run_late(signer, claimant):
    cert = served(signer, claimant, served_on=date(2026, 1, 5))
    assert cert.pay_by == date(2026, 2, 4)
    assert expiry_sweep(DEMAND_CERTIFICATE, today=date(2026, 2, 4)).count == 0
    expiry_sweep(DEMAND_CERTIFICATE, today=date(2026, 3, 20))       # beat was down for six weeks
    expiry_sweep(DEMAND_CERTIFICATE, today=date(2026, 3, 21))       # and runs twice: one effect
    cert.refresh_from_db()
    assert (cert.state, cert.default_on) == (CertState.IN_DEFAULT, date(2026, 2, 5))
    assert ActivityEntry.objects.filter(action="recovery.certificate_defaulted").count() == 1


def test_demand_certificate_extension_is_capped_at_30_days_in_all(signer, claimant):
    cert = served(signer, claimant, served_on=date(2026, 1, 5))
    decision.certificate_extend(certificate_id=cert.pk, actor=signer, days=20, reasons="Flood in the village.",
                                today=date(2026, 1, 20))
    with pytest.raises(ValidationError) as exc:
        decision.certificate_extend(certificate_id=cert.pk, actor=signer, days=11, reasons="More time.",
                                    today=date(2026, 1, 21))
    assert "10 day(s) remain" in str(exc.value)
    decision.certificate_extend(certificate_id=cert.pk, actor=signer, days=10, reasons="Harvest delayed.",
                                today=date(2026, 1, 22))
    cert.refresh_from_db()
    assert (cert.extension_days, cert.pay_by) == (30, date(2026, 3, 6))
    expiry_sweep(DEMAND_CERTIFICATE, today=date(2026, 3, 6))
    cert.refresh_from_db()
    assert cert.state == CertState.SERVED
    expiry_sweep(DEMAND_CERTIFICATE, today=date(2026, 4, 30))
    cert.refresh_from_db()
    assert (cert.state, cert.default_on) == (CertState.IN_DEFAULT, date(2026, 3, 7))


def test_demand_certificate_extension_needs_reasons(signer, claimant):
    cert = served(signer, claimant)
    with pytest.raises(ValidationError):
        decision.certificate_extend(certificate_id=cert.pk, actor=signer, days=5, reasons=" ", today=TODAY)


def test_payment_carries_interest_to_the_payment_date_and_closes_when_paid(signer, claimant):
    cert = served(signer, claimant)   # ₹1,00,000 at 12% from 1 Jan 2025, costs ₹500
    position = money.certificate_position(cert, date(2026, 2, 1))
    # 396 days from 1 Jan 2025 to 1 Feb 2026: 100000 * 0.12 * 396 / 365 = 13019.18
    assert (position.principal, position.interest, position.costs) == (
        Decimal("100000.00"), Decimal("13019.18"), Decimal("500.00"))
    receipt = money.certificate_pay(certificate_id=cert.pk, actor=signer, amount=Decimal("20000"),
                                    paid_on=date(2026, 2, 1), today=date(2026, 2, 1))
    parts = dict(Payment.objects.filter(reference_number__startswith=receipt).values_list("reference_number",
                                                                                           "interest_part"))
    assert parts == {f"{receipt}-C": Decimal("0"), receipt: Decimal("13019.18")}
    after = money.certificate_position(cert, date(2026, 2, 1))
    assert after.principal == Decimal("93519.18") and after.costs == 0
    final = money.certificate_position(cert, date(2026, 3, 3))
    money.certificate_pay(certificate_id=cert.pk, actor=signer, amount=final.balance, paid_on=date(2026, 3, 3),
                          today=date(2026, 3, 3))
    cert.refresh_from_db()
    assert cert.state == CertState.PAID and cert.closure.kind == "recovery.no_dues"


def test_distraint_is_refused_after_12_months_from_the_instalment_due_date(signer, claimant):
    cert = served(signer, claimant)
    first, second = money.instalments_fix(certificate_id=cert.pk, actor=signer, today=TODAY, schedule=[
        (date(2026, 2, 1), Decimal("40000")), (date(2026, 5, 1), Decimal("40000"))])
    with pytest.raises(ValidationError) as exc:
        money.distraint_order(instalment_id=first.pk, actor=signer, ordered_on=date(2026, 3, 3), produce="Paddy",
                              today=date(2026, 3, 3))
    assert "from 04 Mar 2026" in str(exc.value)
    money.distraint_order(instalment_id=first.pk, actor=signer, ordered_on=date(2026, 3, 4),
                          produce="Standing sali paddy, 2 bighas", today=date(2026, 3, 4))
    with pytest.raises(ValidationError) as exc:
        money.distraint_order(instalment_id=second.pk, actor=signer, ordered_on=date(2027, 5, 2), produce="Paddy",
                              today=date(2027, 5, 2))
    assert "barred" in str(exc.value)


def test_execution_and_prosecution_are_blocked_without_default_but_attachment_is_allowed(
        signer, claimant, registrar):
    cert = served(signer, claimant)
    with pytest.raises(ValidationError) as exc:
        enforcement.execution_request(certificate_id=cert.pk, actor=signer, mode="public_demand",
                                      certificate_officer="Certificate Officer, Tezpur", today=TODAY)
    assert "in default" in str(exc.value)
    with pytest.raises(ValidationError):
        enforcement.prosecution_sanction(certificate_id=cert.pk, actor=registrar, sanctioned_on=TODAY, today=TODAY)
    attachment = enforcement.attachment_order(requisition_id=cert.requisition_id, actor=signer,
                                              property_description="Dag 112, patta 45, Borsola",
                                              reasons="Debtor is about to sell the land.", today=TODAY)
    assert attachment.withdrawn_on is None and attachment.order.kind == "recovery.attachment"
    expiry_sweep(DEMAND_CERTIFICATE, today=date(2026, 2, 10))
    execution = enforcement.execution_request(certificate_id=cert.pk, actor=signer, mode="public_demand",
                                              certificate_officer="Certificate Officer, Tezpur",
                                              today=date(2026, 2, 10))
    enforcement.execution_enter(execution_id=execution.pk, actor=signer, kind="realisation", on=date(2026, 3, 1),
                                amount=Decimal("10000"), case_number="BKJ-CO 17/2026", today=date(2026, 3, 1))
    with pytest.raises(PermissionDenied):
        enforcement.prosecution_sanction(certificate_id=cert.pk, actor=signer, sanctioned_on=date(2026, 3, 1),
                                         today=date(2026, 3, 1))
    with pytest.raises(ValidationError) as exc:
        enforcement.prosecution_sanction(certificate_id=cert.pk, actor=registrar, sanctioned_on=date(2031, 2, 6),
                                         today=date(2031, 2, 6))
    assert "barred" in str(exc.value)
    enforcement.prosecution_sanction(certificate_id=cert.pk, actor=registrar, sanctioned_on=date(2031, 2, 5),
                                     today=date(2031, 2, 5))


def test_bulk_csv_saves_nothing_when_one_row_is_wrong(arcs_officer, claimant):
    header = "debtor_name,debtor_address,lender,loan_account,principal,interest_rate,interest_from,interest_to\n"
    good = "Rina Das,\"Ward 3, Tezpur\",Apex Bank,A-1,50000,10,01-01-2025,31-12-2025\n"
    bad = "Mon Bora,,Apex Bank,A-1,abc,,,\n"
    with pytest.raises(bulk_filing.ImportRefused) as exc:
        bulk_filing.requisitions_import(actor=arcs_officer, today=TODAY, claimant_id=claimant.pk, name="loans.csv",
                                   data=(header + good + bad).encode())
    (problem,) = exc.value.problems
    assert problem.row == 3 and any("address" in m for m in problem.messages) and \
        any("Row 2" in m for m in problem.messages)
    assert not claimant.requisitions.exists()
    made = bulk_filing.requisitions_import(actor=arcs_officer, today=TODAY, claimant_id=claimant.pk, name="loans.csv",
                                      data=(header + good).encode())
    assert [r.interest_claimed for r in made] == [Decimal("4986.30")]


def test_ledger_due_becomes_a_requisition_in_one_action(arcs_officer, secretary):
    from dues.services import due_raise

    due = due_raise(actor=arcs_officer, kind="audit_fee", principal=Decimal("12000"), raised_on=TODAY,
                    due_by=TODAY + timedelta(days=30), today=TODAY, society_id=secretary.society.pk)
    req = filing.requisition_from_due(due_id=due.pk, actor=arcs_officer, today=TODAY)
    assert (req.source, req.debtor_society, req.principal, req.due) == ("ledger", secretary.society,
                                                                        Decimal("12000.00"), due)
    with pytest.raises(ValidationError):
        filing.requisition_from_due(due_id=due.pk, actor=arcs_officer, today=TODAY)


def test_claimant_users_file_only_for_their_own_claimant(citizen, claimant):
    with pytest.raises(PermissionDenied):
        filing.requisition_file(actor=citizen, today=TODAY, particulars=particulars(), claimant_id=claimant.pk)


def test_certificate_set_aside_on_appeal_is_cancelled_with_both_entries_logged(signer, claimant):
    from appeals.reversals import order_reverse
    from orders.services import order_issue

    cert = served(signer, claimant)
    by = order_issue(kind="recovery.requisition_refused", made_on=TODAY, district=cert.district, officer=signer,
                     subject="Stand-in for the appellate order")
    order_reverse(cert.order, by=by, actor=signer, today=TODAY)
    cert.refresh_from_db()
    assert cert.state == CertState.SET_ASIDE
    granted = ActivityEntry.objects.get(action="recovery.certificate_granted")
    reversed_entry = ActivityEntry.objects.get(action="appeals.effect_reversed")
    # Both in the log: the certificate's own entries stay, and the reversal names the latest of them.
    assert granted.seq <= reversed_entry.data["original_seq"] < reversed_entry.seq
    assert ActivityEntry.objects.filter(action="orders.set_aside").count() == 1
    assert requisition(signer, claimant).state == ReqState.RECEIVED   # the loan is free again


def test_bakijai_branch_reports_a_realisation_the_office_then_receipts(signer, claimant, citizen):
    from .helpers import branch_user, in_default_with_execution

    execution = in_default_with_execution(signer, claimant)
    branch = branch_user(signer, execution)
    day = date(2026, 3, 2)
    enforcement.execution_enter(execution_id=execution.pk, actor=branch, kind="notice", on=day, today=day,
                                case_number="BKJ-CO 17/2026", note="Notice under s.7 of the 1913 Act served.")
    entry = enforcement.execution_enter(execution_id=execution.pk, actor=branch, kind="realisation", on=day,
                                        amount=Decimal("15000"), today=day)
    assert entry.receipt == "" and money.paid_total(execution.certificate, day) == 0
    with pytest.raises(PermissionDenied):
        enforcement.execution_enter(execution_id=execution.pk, actor=citizen, kind="notice", on=day, today=day)
    with pytest.raises(PermissionDenied):
        enforcement.realisation_receipt(entry_id=entry.pk, actor=branch, today=day)
    receipt = enforcement.realisation_receipt(entry_id=entry.pk, actor=signer, today=day)
    assert receipt.startswith("RCP/SNT/2026/") and money.paid_total(execution.certificate, day) == Decimal("15000")
    execution.refresh_from_db()
    assert execution.case_number == "BKJ-CO 17/2026"


def test_requisition_documents_are_checked_like_every_upload(arcs_officer, claimant):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("sanction.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    with pytest.raises(ValidationError) as exc:
        filing.requisition_file(actor=arcs_officer, today=TODAY, particulars=particulars(), claimant_id=claimant.pk,
                                documents=[("sanction", fake)])
    assert "“sanction.pdf” is not a PDF file" in str(exc.value)
    assert not claimant.requisitions.exists()


def test_society_claimant_names_its_member_from_the_register_of_members(arcs_officer, secretary):
    from tests.membership.helpers import make_member, make_person

    society = secretary.society
    make_member(society, 17, person=make_person("Ranjit Bora", address="Ward 4, Dhekiajuli"))
    own = filing.claimant_add(actor=arcs_officer, district_id=society.district_id, name=society.name,
                              kind="society", society_id=society.pk, today=TODAY)
    req = filing.requisition_file(actor=arcs_officer, today=TODAY, claimant_id=own.pk,
                                  particulars=particulars(debtor_name="", debtor_address="", member_number=17))
    assert (req.debtor_person.name, req.debtor_address, req.debtor_society) == (
        "Ranjit Bora", "Ward 4, Dhekiajuli", society)
    with pytest.raises(ValidationError) as exc:
        filing.requisition_file(actor=arcs_officer, today=TODAY, claimant_id=own.pk,
                                particulars=particulars(account="LN-9", member_number=99))
    assert "No member numbered 99" in str(exc.value)
