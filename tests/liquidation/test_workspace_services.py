"""The liquidator's workspace services: contributories from the register of members (edges on real entries),
calls become dues, no distribution or payment before the order takes effect, the compromise guard and the
Registrar's sanction, leave to sue, the quarterly report (chore, PDF, reminder to the liquidator) and the yearly
audit of a society in liquidation with its liquidator in the Board's place."""

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from dues.models import Due
from dues.selectors import due_balance
from liquidation.models import (
    Claim,
    Compromise,
    CompromiseState,
    Contributory,
    DistributionLine,
    LeaveState,
    QuarterlyReport,
)
from liquidation.models.case import WindingUpState
from liquidation.services import claims as claim_services
from liquidation.services import contributories as contributory_services
from liquidation.services import workspace as services
from liquidation.workspace_clocks import QUARTERLY_REPORT, cases_without_report
from orders.models import Order
from societies.models import Society
from tests.membership.helpers import make_member

from .workspace_helpers import ORDER_ON, TODAY, liquidator_officer, winding_up

pytestmark = pytest.mark.django_db


@pytest.fixture
def liquidator(db):
    return liquidator_officer()


@pytest.fixture
def case(arcs_officer, liquidator):
    return winding_up(arcs_officer, liquidator)


def _admitted(case, liquidator, amount, klass="unsecured", name="Creditor"):
    claim = claim_services.claim_enter(actor=liquidator, winding_up_id=case.pk, source="books", today=TODAY,
                                       data=claim_services.ClaimInput(claimant_name=name, amount=Decimal(amount),
                                                                      claim_class=klass))
    return claim_services.claim_decide(actor=liquidator, claim_id=claim.pk, admit=True, today=TODAY)


def test_contributories_listed_from_the_register_at_the_window_edges(case, liquidator):
    society = case.society
    ceased = {2: date(2024, 3, 2), 3: date(2024, 3, 1), 4: date(2021, 3, 2), 5: date(2021, 3, 1), 6: date(2026, 4, 1)}
    make_member(society, 1, admitted_on=date(2015, 1, 1))
    for number, day in ceased.items():
        make_member(society, number, admitted_on=date(2015, 1, 1), ceased_on=day, cessation_cause="death")
    make_member(society, 7, admitted_on=date(2026, 3, 3))  # admitted after the order: not a contributory
    added = contributory_services.contributories_list(actor=liquidator, winding_up_id=case.pk, today=TODAY)
    rows = {c.member.number: (c.basis, c.liable_until) for c in Contributory.objects.select_related("member")}
    assert added == 5 and rows == {
        1: ("current", None), 2: ("s4_4", None), 3: ("s28", date(2029, 3, 1)), 4: ("s28", ORDER_ON),
        6: ("current", None)}
    assert contributory_services.contributories_list(actor=liquidator, winding_up_id=case.pk, today=TODAY) == 0


def test_call_on_a_contributory_becomes_a_due_in_the_ledger(case, liquidator):
    make_member(case.society, 1, admitted_on=date(2015, 1, 1))
    contributory_services.contributories_list(actor=liquidator, winding_up_id=case.pk, today=TODAY)
    contributory = Contributory.objects.get()
    call = contributory_services.call_make(actor=liquidator, contributory_id=contributory.pk, amount=Decimal("5000"),
                                           called_on=TODAY, due_by=date(2026, 7, 1), today=TODAY)
    due = Due.objects.get(pk=call.due_id)
    assert (due.kind, due.principal, due.claimant_society_id, due.person_name) == (
        "liquidator_call", Decimal("5000.00"), case.society_id, contributory.name)
    assert due.order.kind == "liquidation.call" and due.order.issuer == "liquidator"
    assert due_balance(due.pk, TODAY) == Decimal("5000.00")  # unpaid: the ledger's, for recovery


def test_call_refused_once_the_s28_five_years_have_ended(case, liquidator):
    make_member(case.society, 1, admitted_on=date(2015, 1, 1), ceased_on=date(2021, 4, 1), cessation_cause="death")
    contributory_services.contributories_list(actor=liquidator, winding_up_id=case.pk, today=TODAY)
    with pytest.raises(ValidationError) as exc:
        contributory_services.call_make(actor=liquidator, contributory_id=Contributory.objects.get().pk,
                                        amount=Decimal("10"), called_on=date(2026, 4, 2), due_by=date(2026, 5, 1),
                                        today=TODAY)
    assert "ended on 01-04-2026" in " ".join(exc.value.messages)
    assert Due.objects.count() == 0


def test_no_distribution_or_payment_before_the_order_takes_effect(arcs_officer, liquidator):
    case = winding_up(arcs_officer, liquidator, state=WindingUpState.CANCELLATION_ORDERED)
    claim = _admitted(case, liquidator, "1000")
    with pytest.raises(ValidationError) as exc:
        services.distribution_make(actor=liquidator, winding_up_id=case.pk, available=Decimal("500"), today=TODAY)
    assert exc.value.messages == [str(services.NOT_IN_EFFECT)]
    with pytest.raises(ValidationError):
        claim_services.claim_pay(actor=liquidator, claim_id=claim.pk, amount=Decimal("1"), paid_on=TODAY, today=TODAY)


def test_distribution_pays_priority_first_then_pro_rata(case, liquidator):
    wages = _admitted(case, liquidator, "3000", "wages", "Staff")
    a = _admitted(case, liquidator, "6000", name="A")
    b = _admitted(case, liquidator, "2000", name="B")
    schedule = services.distribution_make(actor=liquidator, winding_up_id=case.pk, available=Decimal("5000"),
                                          today=TODAY)
    lines = {line.claim_id: line.amount for line in DistributionLine.objects.filter(schedule=schedule)}
    assert lines == {wages.pk: Decimal("3000"), a.pk: Decimal("1500.00"), b.pk: Decimal("500.00")}


def test_compromise_recorded_with_the_guard_and_sanctioned_by_the_registrar(case, liquidator, arcs_officer,
                                                                             other_district_officer):
    kwargs = {"actor": liquidator, "winding_up_id": case.pk, "terms": "60 paise in the rupee", "today": TODAY,
              "meeting_on": date(2026, 5, 20), "creditors": 10, "debts": Decimal("100000")}
    short = services.compromise_record(assenting=9, assenting_debts=Decimal("74999"), **kwargs)
    assert short.state == CompromiseState.NOT_AGREED
    assert services.compromise_findings(short) == [
        "Not agreed: ₹74999 of ₹100000 is less than three fourths of the debts (s.115)."]
    with pytest.raises(ValidationError):
        services.compromise_decide(actor=arcs_officer, compromise_id=short.pk, sanction=True, today=TODAY)
    agreed = services.compromise_record(assenting=6, assenting_debts=Decimal("75000"), **kwargs)
    assert agreed.state == CompromiseState.AGREED
    with pytest.raises(PermissionDenied):
        services.compromise_decide(actor=other_district_officer, compromise_id=agreed.pk, sanction=True, today=TODAY)
    done = services.compromise_decide(actor=arcs_officer, compromise_id=agreed.pk, sanction=True, today=TODAY)
    assert done.state == CompromiseState.SANCTIONED and done.order.kind == "liquidation.compromise_sanction"
    assert Compromise.objects.get(pk=agreed.pk).order.section == "115(2)"


def test_leave_to_sue_is_the_registrars_order(case, arcs_officer, liquidator):
    leave = services.leave_record(actor=arcs_officer, winding_up_id=case.pk, applicant="Apex Bank",
                                  against="the society", particulars="Money suit", applied_on=TODAY, today=TODAY)
    with pytest.raises(PermissionDenied):
        services.leave_decide(actor=liquidator, leave_id=leave.pk, grant=True, conditions="", today=TODAY)
    leave = services.leave_decide(actor=arcs_officer, leave_id=leave.pk, grant=True, today=TODAY,
                                  conditions="Decree to be executed only through the liquidator.")
    assert leave.state == LeaveState.GRANTED and Order.objects.get(pk=leave.order_id).kind == "liquidation.leave_to_sue"


def test_quarterly_report_opened_by_the_chore_filed_with_its_pdf_and_reminded(case, liquidator):
    from pypdf import PdfReader

    from registrar.clocks.derive import reminder_sweep
    from registrar.models import Notification

    assert list(cases_without_report(TODAY)) == [case]
    report = services.report_open(case, TODAY)
    assert (report.quarter_ends_on, report.due_on, report.responsible) == (date(2026, 6, 30), date(2026, 7, 15),
                                                                           liquidator)
    assert list(cases_without_report(TODAY)) == []
    reminder_sweep(QUARTERLY_REPORT, today=date(2026, 7, 8))       # 7 days before
    assert Notification.objects.filter(recipient=liquidator).count() == 1
    with pytest.raises(ValidationError):
        services.report_file(actor=liquidator, report_id=report.pk, progress="x", today=date(2026, 6, 30))
    _admitted(case, liquidator, "1000")
    report = services.report_file(actor=liquidator, report_id=report.pk, today=date(2026, 7, 2),
                                  progress="Claims examined; the godown at Borgang advertised for sale.")
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(report.pdf.read())).pages)
    assert "Liquidator's report to the Registrar" in text and "godown at Borgang" in text
    assert QuarterlyReport.objects.get(pk=report.pk).filed_on == date(2026, 7, 2)


def test_audit_of_a_society_in_liquidation_is_opened_and_its_liquidator_answers(case, liquidator, secretary):
    from guardian.shortcuts import assign_perm

    from audit.clocks import years_due_for_audit
    from audit.services.allotment import audit_open
    from audit.work_access import audit_for_secretary_or_404, society_representatives
    from societies.governance.models import FinancialYear

    Society.objects.filter(pk=case.society_id).update(legal_status="in_liquidation")
    society = Society.objects.get(pk=case.society_id)
    assign_perm("societies.act_as_secretary", secretary, society)
    year = FinancialYear.objects.create(society=society, starts_on=date(2025, 4, 1), ends_on=date(2026, 3, 31),
                                        agm_last_day=date(2026, 9, 30), returns_last_day=date(2026, 10, 30))
    assert year in list(years_due_for_audit(TODAY))
    audit = audit_open(society, year.ends_on, today=TODAY)
    assert society_representatives(society) == [liquidator]
    assert audit_for_secretary_or_404(liquidator, audit.pk) == audit
    with pytest.raises(Http404):
        audit_for_secretary_or_404(secretary, audit.pk)  # the Board no longer speaks for the society


def test_claims_in_the_register_are_the_liquidators_only(case, arcs_officer):
    with pytest.raises(PermissionDenied):
        claim_services.claim_enter(actor=arcs_officer, winding_up_id=case.pk, source="filed", today=TODAY,
                                   data=claim_services.ClaimInput(claimant_name="X", amount=Decimal("1")))
    assert Claim.objects.count() == 0


def test_call_and_distribution_wait_while_the_cancellation_is_stayed(case, liquidator, arcs_officer):
    from orders.models import Stay

    make_member(case.society, 1, admitted_on=date(2015, 1, 1))
    contributory_services.contributories_list(actor=liquidator, winding_up_id=case.pk, today=TODAY)
    _admitted(case, liquidator, "1000")
    Stay.objects.create(order=case.cancellation_order, pending="review", reasons="Review petition pending",
                        granted_on=date(2026, 5, 25), granted_by=arcs_officer)
    with pytest.raises(ValidationError) as exc:
        contributory_services.call_make(actor=liquidator, contributory_id=Contributory.objects.get().pk,
                                        amount=Decimal("10"), called_on=TODAY, due_by=date(2026, 7, 1), today=TODAY)
    assert exc.value.messages == [str(services.PAUSED)]
    with pytest.raises(ValidationError):
        services.distribution_make(actor=liquidator, winding_up_id=case.pk, available=Decimal("500"), today=TODAY)
