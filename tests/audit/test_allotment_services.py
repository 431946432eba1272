"""Allotment (audit.services.allotment): each guard, the order, the firm's invitation, the opening chore."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from audit import clocks
from audit.models import Audit, AuditStatus, PanelApprover, StateBankDesignation
from audit.services import allotment
from membership.models import Member, Person
from orders.models import Order
from parties.models import PartyInvitation
from registrar.models import ActivityEntry, Rank
from tests.conftest import make_officer

from .allotment_support import FY, TODAY, allot, opened, panel, past_audit, society

pytestmark = pytest.mark.django_db


def _messages(exc):
    return " ".join(exc.value.messages)


def test_audit_allot_departmental_issues_the_order(arcs_officer, auditor):
    audit = opened(society())
    audit = allot(arcs_officer, audit, auditor=auditor)
    assert audit.status == AuditStatus.ALLOTTED and audit.auditor_officer.user == auditor
    order = Order.objects.get(pk=audit.allotment_order_id)
    assert order.kind == "audit.allotment" and order.section == "81(1)" and order.number.startswith("ALT/SNT/2026/")
    assert ActivityEntry.objects.filter(action="audit.allotted").count() == 1


def test_audit_allot_firm_needs_the_agm_resolution_and_invites_the_firm(arcs_officer):
    audit, firm = opened(society()), panel()
    with pytest.raises(ValidationError) as exc:
        allot(arcs_officer, audit, firm=firm, agm_resolution_on=None)
    assert "AGM resolution" in _messages(exc)
    audit = allot(arcs_officer, audit, firm=firm)
    assert audit.chosen_by_society and audit.panel_firm == firm
    assert PartyInvitation.objects.get(object_id=audit.pk).email == "audit@dasandco.in"


@pytest.mark.parametrize("registered_on, departmental, refused", [
    (date(2024, 6, 1), [], False),                               # 2025-26 is year 2
    (date(2023, 6, 1), [], True),                                # year 3, years 1-2 unaudited
    (date(2023, 6, 1), [date(2025, 3, 31)], False),              # year 3, year 2 departmental
    (date(2022, 6, 1), [date(2023, 3, 31)], True),               # year 4, only year 1 departmental
    (date(2022, 6, 1), [date(2024, 3, 31)], False),              # year 4, year 2 departmental
])
def test_audit_allot_three_year_rule_at_years_2_3_4(arcs_officer, auditor, registered_on, departmental, refused):
    row = society(registered_on=registered_on)
    for year in departmental:
        past_audit(row, year, auditor=auditor)
    audit, firm = opened(row), panel()
    if refused:
        with pytest.raises(ValidationError) as exc:
            allot(arcs_officer, audit, firm=firm)
        assert "must be done by a departmental auditor" in _messages(exc)
        allot(arcs_officer, audit, auditor=auditor)  # a departmental auditor may take it
    else:
        allot(arcs_officer, audit, firm=firm)


def test_audit_allot_state_cooperative_bank_only_on_nabards_panel(arcs_officer, auditor):
    row = society(registered_on=date(2010, 1, 1))
    StateBankDesignation.objects.create(society=row)
    audit = opened(row)
    with pytest.raises(ValidationError) as exc:
        allot(arcs_officer, audit, auditor=auditor)
    assert "NABARD" in _messages(exc)
    with pytest.raises(ValidationError):
        allot(arcs_officer, audit, firm=panel())
    nabard = panel(approver=PanelApprover.NABARD, number="NB/2025/7", frn="300001E", email="sb@ca.in")
    allot(arcs_officer, audit, firm=nabard, agm_resolution_on=None)  # never departmental, no AGM choice needed
    assert Audit.objects.get(pk=audit.pk).status == AuditStatus.ALLOTTED


def test_audit_allot_refused_over_capacity(arcs_officer):
    firm = panel(capacity=2)
    for n in range(2):
        allot(arcs_officer, opened(society(number=f"SNT/REG/2020/{n:04d}", name=f"Society {n}")), firm=firm)
    third = opened(society(number="SNT/REG/2020/0999", name="Third"))
    with pytest.raises(ValidationError) as exc:
        allot(arcs_officer, third, firm=firm)
    assert "its capacity is 2" in _messages(exc)
    # the next audit year has its own capacity
    later = society(number="SNT/REG/2025/0001", name="Later", registered_on=date(2025, 6, 1))
    allot(arcs_officer, opened(later, fy_end=date(2027, 3, 31), today=date(2027, 4, 5)), firm=firm,
          today=date(2027, 4, 5), agm_resolution_on=date(2027, 4, 2))


def test_audit_allot_refused_to_a_member_or_director_of_the_society(arcs_officer, auditor):
    from societies.governance.models import Board, Director

    row = society()
    person = Person.objects.create(name="Jyotishmita Saikia", gender="female", user=auditor)
    member = Member.objects.create(society=row, number=7, person=person, admitted_on=date(2021, 1, 5),
                                   admission_basis="founder")
    with pytest.raises(ValidationError) as exc:
        allot(arcs_officer, opened(row), auditor=auditor)
    assert "a member of Borsola Fishery" in _messages(exc)
    member.ceased_on, member.cessation_cause = date(2025, 1, 1), "withdrawal"
    member.save()
    board = Board.objects.create(society=row, kind="elected", took_office_on=date(2024, 1, 1),
                                 term_ends_on=date(2029, 1, 1))
    Director.objects.create(board=board, name="J. Saikia", person=person, gender="female",
                            joined_on=date(2024, 1, 1))
    with pytest.raises(ValidationError) as exc:
        allot(arcs_officer, opened(row), auditor=auditor)
    assert "a Director of Borsola Fishery" in _messages(exc)


def test_audit_allot_warns_on_a_fourth_consecutive_year(arcs_officer, auditor):
    row = society(registered_on=date(2015, 1, 1))
    for year in (2023, 2024, 2025):
        past_audit(row, date(year, 3, 31), auditor=auditor)
    audit = opened(row)
    with pytest.raises(ValidationError) as exc:
        allot(arcs_officer, audit, auditor=auditor)
    assert exc.value.code == "consecutive" and "4 consecutive years" in _messages(exc)
    allot(arcs_officer, audit, auditor=auditor, confirm_consecutive=True)
    assert "4 consecutive years" in Audit.objects.get(pk=audit.pk).allotment_warning


def test_audit_allot_checks_rank_district_and_state(arcs_officer, other_district_officer, auditor):
    audit = opened(society())
    with pytest.raises(PermissionDenied):
        allot(other_district_officer, audit, auditor=auditor)
    kamrup_auditor = make_officer("auditor.kamrup", Rank.AUDITOR, ["KMR"])
    with pytest.raises(ValidationError) as exc:
        allot(arcs_officer, audit, auditor=kamrup_auditor)
    assert "not a departmental auditor in service in Sonitpur" in _messages(exc)
    allot(arcs_officer, audit, auditor=auditor)
    with pytest.raises(ValidationError):
        allot(arcs_officer, audit, auditor=auditor)


def test_audits_open_chore_opens_each_ended_year_once_dated_by_the_law(arcs_officer):
    from societies.governance.services.supervision import financial_year_open

    row = society()
    financial_year_open(row, FY)
    late = date(2026, 11, 20)  # the sweep ran late: the audit's last day is still six months from the year end
    assert list(clocks.years_due_for_audit(date(2026, 3, 31))) == []
    due = list(clocks.years_due_for_audit(late))
    assert [y.ends_on for y in due] == [FY]
    audit = allotment.audit_open(row, FY, today=late)
    assert audit.due_on == date(2026, 9, 30) and audit.opened_on == late
    assert allotment.audit_open(row, FY, today=late).pk == audit.pk
    assert list(clocks.years_due_for_audit(late)) == []
    assert ActivityEntry.objects.filter(action="audit.opened").count() == 1


def test_audits_open_runs_in_the_sweep_frame_once():
    from registrar import sweeps
    from societies.governance.services.supervision import financial_year_open

    row = society()
    financial_year_open(row, FY)
    for _ in range(2):
        sweeps.run_all(today=date(2026, 4, 1), only="audits_open")
    assert list(Audit.objects.filter(society=row).values_list("fy_end", "due_on", "opened_on")) == [
        (FY, date(2026, 9, 30), date(2026, 4, 1))]


def test_audit_fee_raised_as_deemed_dues_with_its_demand_order(arcs_officer, auditor):
    from decimal import Decimal

    from audit.models import AuditFeeBand
    from audit.services.fees import audit_fee_raise

    AuditFeeBand.objects.create(effective_from=date(2025, 4, 1), min_working_capital=0, fee=Decimal(800))
    AuditFeeBand.objects.create(effective_from=date(2025, 4, 1), min_working_capital=500000, fee=Decimal(2500))
    audit = opened(society())
    allot(arcs_officer, audit, auditor=auditor)
    with pytest.raises(ValidationError):
        audit_fee_raise(actor=arcs_officer, audit_id=audit.pk, working_capital=Decimal(600000), today=TODAY)
    Audit.objects.filter(pk=audit.pk).update(status=AuditStatus.COMPLETED, completed_on=TODAY)
    due = audit_fee_raise(actor=arcs_officer, audit_id=audit.pk, working_capital=Decimal(600000), today=TODAY,
                          writing_up_cost=Decimal(300))
    assert due.kind == "audit_fee" and due.principal == Decimal(2800) and due.rule_id == "audit_fee_deemed_dues"
    assert due.order.kind == "dues.demand"
    with pytest.raises(ValidationError):
        audit_fee_raise(actor=arcs_officer, audit_id=audit.pk, working_capital=Decimal(1), today=TODAY)


@pytest.mark.parametrize("today, overdue", [(date(2026, 9, 30), False), (date(2026, 10, 1), True),
                                            (date(2027, 2, 1), True)])
def test_audit_within_6_months_clock_last_day_and_day_after_run_late(arcs_officer, auditor, today, overdue):
    from audit.selectors import audit_list_for_officer

    # opened late (the chore ran on the day asked about): the last day is still the year end + 6 months
    audit = allotment.audit_open(society(), FY, today=today)
    assert audit.due_on == date(2026, 9, 30)
    listed = audit_list_for_officer(arcs_officer, today, year=2025, filter="overdue")
    assert (audit in listed) is overdue


@pytest.mark.parametrize("today, late", [(date(2026, 8, 24), False), (date(2026, 8, 25), True),
                                         (date(2026, 12, 1), True)])
def test_audit_report_fortnight_clock_last_day_and_day_after_run_late(arcs_officer, auditor, today, late):
    from audit.selectors import audit_list_for_officer

    audit = allot(arcs_officer, opened(society()), auditor=auditor)
    audit = Audit.objects.get(pk=audit.pk)
    audit.start(on=date(2026, 6, 1))
    audit.complete(on=date(2026, 8, 10))
    audit.save()
    assert audit.report_due_on == date(2026, 8, 24)
    assert (audit in audit_list_for_officer(arcs_officer, today, year=2025, filter="reports_late")) is late


def test_audit_report_to_government_not_before_day_211():
    from audit.rules import state_report_earliest_day

    earliest = state_report_earliest_day(FY)
    assert (earliest - FY).days == 211 and earliest == date(2026, 10, 28)


def test_audit_panel_recorded_by_the_directorate_only(arcs_officer, registrar):
    from audit.models import PanelFirm
    from audit.services.panel import panel_firm_add, panel_order_record

    args = {"number": "FIN(AUDIT)/1/2026", "made_on": date(2026, 3, 2), "approver": "state_government",
            "valid_from": date(2026, 4, 1), "valid_to": date(2029, 3, 31)}
    with pytest.raises(PermissionDenied):
        panel_order_record(actor=arcs_officer, **args)
    with pytest.raises(ValidationError):
        panel_order_record(actor=registrar, **{**args, "valid_to": date(2026, 1, 1)})
    order = panel_order_record(actor=registrar, **args)
    with pytest.raises(ValidationError):
        panel_firm_add(actor=registrar, order_id=order.pk, name="Das & Co.", frn="312345e", email="A@das.in",
                       capacity=10, partners=[("Ritu Das", "54321")])  # five digits: not an ICAI number
    firm = panel_firm_add(actor=registrar, order_id=order.pk, name="Das  & Co.", frn="312345e", email="A@das.in",
                          capacity=10, partners=[("Ritu Das", "054321")])
    assert (firm.name, firm.frn, firm.email) == ("Das & Co.", "312345E", "a@das.in")
    assert list(firm.partners.values_list("icai_number", flat=True)) == ["054321"]
    assert PanelFirm.objects.count() == 1
