"""Inspection (s.88): the creditor's preconditions (s.88(2)), findings, open audit objections carried in with one
action, the financing bank's inspection by its invited user (s.88(3)); seizure (s.126) opening one at once and
the 7-day flag; cost and surcharge orders raising dues (ss.89, 103)."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from audit.inquiry.models import Finding, InspectionBasis, InspectionState, Seizure
from audit.inquiry.services import inspection as services
from audit.inquiry.services import recovery
from audit.inquiry.services.seizure import records_seize
from dues.models import Due
from dues.rules import DueKind
from registrar import sweeps

from .helpers import completed_case

pytestmark = pytest.mark.django_db


def _sweep(*, today):
    return sweeps.get("seizures_flag_no_audit").func(today=today)
TODAY = date(2026, 6, 1)


def _creditor_application(officer, society):
    return services.creditor_inspection_apply(
        actor=officer, society_id=society.pk, creditor_name="Tezpur Fertiliser Agency", debt_proof="",
        debt_demanded_on=None, deposit_required=Decimal("5000"), applied_on=TODAY, today=TODAY)


def test_creditor_inspection_needs_deposit_proof_and_hearing_first(secretary, arcs_officer):
    inspection = _creditor_application(arcs_officer, secretary.society)
    assert inspection.state == InspectionState.REQUESTED
    with pytest.raises(ValidationError) as exc:
        services.creditor_inspection_order(inspection_id=inspection.pk, actor=arcs_officer, officer=arcs_officer,
                                           today=TODAY)
    assert exc.value.messages == [
        "A creditor's inspection can be ordered only after the security deposit the Registrar fixed is paid; the "
        "creditor shows the debt is due, was demanded and not satisfied; the society is heard (s.88(2))."]
    services.creditor_precondition_record(inspection_id=inspection.pk, actor=arcs_officer, today=TODAY,
                                          deposit_paid_on=TODAY, deposit_reference="GRN123",
                                          debt_proof="Invoice 77 and demand letter", debt_demanded_on=date(2026, 4, 1))
    with pytest.raises(ValidationError) as exc:   # the hearing is still missing
        services.creditor_inspection_order(inspection_id=inspection.pk, actor=arcs_officer, officer=arcs_officer,
                                           today=TODAY)
    assert exc.value.messages == ["A creditor's inspection can be ordered only after the society is heard "
                                  "(s.88(2))."]
    services.creditor_precondition_record(inspection_id=inspection.pk, actor=arcs_officer, today=TODAY,
                                          hearing_on=TODAY, hearing_note="The society disputes the amount.")
    inspection = services.creditor_inspection_order(inspection_id=inspection.pk, actor=arcs_officer,
                                                    officer=arcs_officer, today=TODAY)
    assert inspection.state == InspectionState.ORDERED and inspection.target_on == date(2026, 7, 1)


def test_inspection_carries_in_open_audit_objections_once(arcs_officer, auditor):
    from tests.audit.work_support import reported

    audit, report = reported(arcs_officer, auditor, via_service=False)
    inspection = services.inspection_order(actor=arcs_officer, society_id=audit.society_id, scope="Loans",
                                           officer=arcs_officer, today=TODAY)
    services.finding_record(inspection_id=inspection.pk, actor=arcs_officer, text="Stock register not kept",
                            amount=None, today=TODAY)
    made = services.objections_carry_in(inspection_id=inspection.pk, actor=arcs_officer, today=TODAY)
    assert [f.number for f in made] == [2, 3]
    assert {f.source_objection_id for f in made} == set(report.objections.values_list("pk", flat=True))
    assert services.objections_carry_in(inspection_id=inspection.pk, actor=arcs_officer, today=TODAY) == []
    assert Finding.objects.filter(inspection=inspection).count() == 3


def test_inspection_by_a_financing_bank_is_recorded_by_its_invited_user(secretary, other_citizen, citizen):
    from guardian.shortcuts import assign_perm

    society = secretary.society
    with pytest.raises(Http404):
        services.bank_inspection_record(actor=citizen, society_id=society.pk, bank_name="Assam Co-operative Apex "
                                        "Bank", scope="Crop loans", today=TODAY)
    assign_perm("societies.follow_as_claimant", other_citizen, society)
    inspection = services.bank_inspection_record(actor=other_citizen, society_id=society.pk,
                                                 bank_name="Assam Co-operative Apex Bank", scope="Crop loans",
                                                 today=TODAY)
    assert (inspection.basis, inspection.officer, inspection.state) == (
        InspectionBasis.FINANCING_BANK, other_citizen, InspectionState.ORDERED)


def test_inspection_seizure_opens_an_inspection_at_once_and_is_never_flagged(secretary, arcs_officer):
    seizure = records_seize(actor=arcs_officer, society_id=secretary.society.pk, seized_on=TODAY,
                            holder_name="Cashier", items="Cash book 2025-26\nCash ₹12,000", holder_signed=False,
                            witness_1="Witness One", witness_2="Witness Two", copy_given_to="Secretary", today=TODAY)
    assert seizure.inspection.basis == InspectionBasis.SEIZURE and seizure.order.kind == "inquiry.seizure_list"
    with pytest.raises(ValidationError) as exc:
        records_seize(actor=arcs_officer, society_id=secretary.society.pk, seized_on=TODAY, holder_name="Cashier",
                      items="Cash book", holder_signed=False, witness_1="Only One", witness_2="",
                      copy_given_to="Secretary", today=TODAY)
    assert "two witnesses" in exc.value.message_dict["witness_1"][0]


def test_inspection_seizure_without_audit_is_flagged_after_seven_days(secretary, arcs_officer):
    seizure = records_seize(actor=arcs_officer, society_id=secretary.society.pk, seized_on=TODAY,
                            holder_name="Cashier", items="Cash book", holder_signed=True, witness_1="", witness_2="",
                            copy_given_to="Secretary", today=TODAY, open_inspection=False)
    _sweep(today=date(2026, 6, 8))       # the last day: nothing
    assert Seizure.objects.get(pk=seizure.pk).flagged_on is None
    _sweep(today=date(2026, 6, 20))      # late run: dated the legal day
    _sweep(today=date(2026, 6, 21))      # twice: once
    assert Seizure.objects.get(pk=seizure.pk).flagged_on == date(2026, 6, 9)


def test_surcharge_four_year_window_and_dues_raised(secretary, citizen, arcs_officer, registrar):
    case = completed_case(citizen, arcs_officer, secretary.society, completed=date(2026, 4, 11))
    kwargs = {"actor": registrar, "today": date(2026, 6, 1), "inquiry_id": case.pk, "amount": Decimal("40000"),
              "hearing_on": date(2026, 5, 20), "loss": "Loan without security", "person_name": "Former President",
              "person_address": "Dhekiajuli"}
    with pytest.raises(ValidationError) as exc:
        recovery.surcharge_order_make(act_on=date(2022, 4, 10), **kwargs)     # the day before the four years
    assert exc.value.message_dict["act_on"] == [
        "The act of 10 Apr 2022 is more than four years before the report of 11 Apr 2026: it cannot be "
        "surcharged (s.103(1)); acts from 11 Apr 2022 can."]
    with pytest.raises(PermissionDenied):   # an ARCS may not make a surcharge order (Registrar level only)
        recovery.surcharge_order_make(act_on=date(2022, 4, 11), **{**kwargs, "actor": arcs_officer})
    record = recovery.surcharge_order_make(act_on=date(2022, 4, 11), **kwargs)
    due = Due.objects.get(pk=record.due_id)
    assert (due.kind, due.principal, due.claimant_society, due.order.kind) == (
        DueKind.SURCHARGE, Decimal("40000.00"), secretary.society, "inquiry.surcharge_order")


def test_inquiry_cost_order_after_hearing_raises_a_due(secretary, citizen, arcs_officer):
    case = completed_case(citizen, arcs_officer, secretary.society)
    with pytest.raises(ValidationError):     # no hearing recorded
        recovery.cost_order_make(actor=arcs_officer, today=date(2026, 6, 1), inquiry_id=case.pk,
                                 amount=Decimal("3000"), hearing_on=None, payer_is_society=True)
    record = recovery.cost_order_make(actor=arcs_officer, today=date(2026, 6, 1), inquiry_id=case.pk,
                                      amount=Decimal("3000"), hearing_on=date(2026, 5, 25), payer_is_society=True)
    assert record.due.kind == DueKind.INQUIRY_COSTS and record.due.society == secretary.society
    assert record.due.due_by == date(2026, 7, 1)
