"""Inspection (s.88): ordered by the Registrar or an authorised person (s.88(1)); on a creditor's application only
after the deposit, the proof of the debt and a hearing (s.88(2)); by a financing bank, recorded by the bank's
invited user (s.88(3)). Findings item by item; open audit objections carried in with one action."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from registrar import activity, bounds
from registrar.capabilities import Act
from societies.models import Society

from .. import rules
from ..actions import InquiryAction
from ..models import Finding, Inspection, InspectionBasis, InspectionState
from ..orders import CREDITOR_NOTICE, INSPECTION_ORDER
from .common import DATE_IN_FUTURE, OFFICER_NEEDED, WRONG_STATE, issue, require

SCOPE_NEEDED = _("State the scope of the inspection.")
CREDITOR_NEEDED = _("Name the creditor.")
PRECONDITIONS_MISSING = _("A creditor's inspection can be ordered only after %(missing)s (s.88(2)).")
PRECONDITION_LABELS = {
    "deposit": _("the security deposit the Registrar fixed is paid"),
    "debt_demanded": _("the creditor shows the debt is due, was demanded and not satisfied"),
    "society_heard": _("the society is heard"),
}
DEPOSIT_NEEDED = _("Fix the security deposit (more than ₹0) before recording its payment.")
REFERENCE_NEEDED = _("Give the challan or receipt number of the deposit.")
PROOF_NEEDED = _("Describe the proof that the debt is due and the date it was demanded.")
FINDING_NEEDED = _("Write the finding.")
RESULT_NEEDED = _("Write the result of the inspection.")
NO_OBJECTIONS_MODULE = _("The statutory audit module is not installed: there are no audit objections to carry in.")


def _lock(pk: int) -> Inspection:
    return Inspection.objects.select_for_update(of=("self",)).select_related("society", "district").get(pk=pk)


def _lock_society(society_id: int) -> Society:
    return Society.objects.select_for_update(of=("self",)).select_related("district").get(pk=society_id)


def _may_record(actor, inspection: Inspection) -> bool:
    """The officer named in the order (or the bank's invited user) records findings; so may the ARCS and above."""
    from registrar.capabilities import may

    return (inspection.officer_id is not None and actor.pk == inspection.officer_id) or \
        may(actor, Act.ORDER_INSPECTION, inspection.district_id)


def inspection_order(*, actor, society_id: int, scope: str, officer, today: date, inquiry=None,
                     basis: str = InspectionBasis.REGISTRAR) -> Inspection:
    """s.88(1): the Registrar (or the person he authorises) orders an inspection with its scope and officer."""
    with transaction.atomic():
        society = _lock_society(society_id)
        require(actor, Act.ORDER_INSPECTION, society.district_id)
        if not scope.strip():
            raise ValidationError({"scope": SCOPE_NEEDED})
        if officer is None:
            raise ValidationError({"officer": OFFICER_NEEDED})
        inspection = Inspection(society=society, district=society.district, basis=basis, scope=scope.strip(),
                                inquiry=inquiry)
        inspection.save()   # saved before its transition: django-fsm-log records it against the row
        inspection.order(on=today, scope=scope.strip(), officer=officer)
        inspection.save()
        order = issue(INSPECTION_ORDER, inspection, actor=actor, today=today,
                      subject=f"{INSPECTION_ORDER.label}: {society.name} ({inspection.reference})")
        activity.record(InquiryAction.INSPECTION_ORDERED, actor=actor, society=society, target=inspection, data={
            "order": order.number, "basis": basis, "officer": officer.pk, "target_on": inspection.target_on})
    return inspection


def creditor_inspection_apply(*, actor, society_id: int, creditor_name: str, debt_proof: str,
                              debt_demanded_on: date | None, deposit_required: Decimal, applied_on: date,
                              today: date) -> Inspection:
    """s.88(2): a creditor applies; the office enters it, fixes the security deposit and sends the society
    notice of the application (the hearing follows). Nothing is inspected yet."""
    with transaction.atomic():
        society = _lock_society(society_id)
        require(actor, Act.ORDER_INSPECTION, society.district_id)
        if not creditor_name.strip():
            raise ValidationError({"creditor_name": CREDITOR_NEEDED})
        if deposit_required is None or deposit_required <= 0:
            raise ValidationError({"deposit_required": DEPOSIT_NEEDED})
        bounds.check_act_date(applied_on, today=today)
        inspection = Inspection(
            society=society, district=society.district, basis=InspectionBasis.CREDITOR,
            scope=_("Inspection of the books on a creditor's application (s.88(2))"),
            creditor_name=creditor_name.strip(), debt_proof=debt_proof.strip(), debt_demanded_on=debt_demanded_on,
            deposit_required=deposit_required, requested_on=applied_on, state=InspectionState.REQUESTED)
        inspection.save()
        notice = issue(CREDITOR_NOTICE, inspection, actor=actor, today=today,
                       subject=f"{CREDITOR_NOTICE.label}: {society.name} ({inspection.reference})")
        activity.record(InquiryAction.INSPECTION_REQUESTED, actor=actor, society=society, target=inspection,
                        data={"creditor": inspection.creditor_name, "notice": notice.number,
                              "deposit_required": deposit_required})
    return inspection


def creditor_precondition_record(*, inspection_id: int, actor, today: date, deposit_paid_on: date | None = None,
                                 deposit_reference: str = "", debt_proof: str | None = None,
                                 debt_demanded_on: date | None = None, hearing_on: date | None = None,
                                 hearing_note: str = "") -> Inspection:
    """Record one or more of the s.88(2) preconditions: the deposit paid, the proof of the debt, the hearing."""
    with transaction.atomic():
        inspection = _lock(inspection_id)
        require(actor, Act.ORDER_INSPECTION, inspection.district_id)
        if inspection.state != InspectionState.REQUESTED:
            raise ValidationError(WRONG_STATE)
        for value in (deposit_paid_on, debt_demanded_on, hearing_on):
            if value is not None and value > today:
                raise ValidationError(DATE_IN_FUTURE)
        recorded = {}
        if deposit_paid_on is not None:
            if not deposit_reference.strip():
                raise ValidationError({"deposit_reference": REFERENCE_NEEDED})
            inspection.deposit_paid_on, inspection.deposit_reference = deposit_paid_on, deposit_reference.strip()
            recorded["deposit_paid_on"] = deposit_paid_on
        if debt_proof is not None:
            if not debt_proof.strip() or debt_demanded_on is None:
                raise ValidationError({"debt_proof": PROOF_NEEDED})
            inspection.debt_proof, inspection.debt_demanded_on = debt_proof.strip(), debt_demanded_on
            recorded["debt_demanded_on"] = debt_demanded_on
        if hearing_on is not None:
            inspection.hearing_on, inspection.hearing_note = hearing_on, hearing_note.strip()
            recorded["hearing_on"] = hearing_on
        inspection.save()
        activity.record(InquiryAction.INSPECTION_PRECONDITION, actor=actor, society=inspection.society,
                        target=inspection, data=recorded)
    return inspection


def preconditions_missing(inspection: Inspection) -> list[str]:
    return rules.creditor_preconditions_missing(
        deposit_paid=inspection.deposit_paid_on is not None,
        debt_due_and_demanded=bool(inspection.debt_proof) and inspection.debt_demanded_on is not None,
        society_heard=inspection.hearing_on is not None)


def creditor_inspection_order(*, inspection_id: int, actor, officer, today: date) -> Inspection:
    """s.88(2), creditor_inspection_preconditions: ordered only once all three are met."""
    with transaction.atomic():
        inspection = _lock(inspection_id)
        require(actor, Act.ORDER_INSPECTION, inspection.district_id)
        if inspection.state != InspectionState.REQUESTED:
            raise ValidationError(WRONG_STATE)
        missing = preconditions_missing(inspection)
        if missing:
            raise ValidationError(PRECONDITIONS_MISSING, params={
                "missing": "; ".join(str(PRECONDITION_LABELS[m]) for m in missing)})
        if officer is None:
            raise ValidationError({"officer": OFFICER_NEEDED})
        inspection.order(on=today, scope=inspection.scope, officer=officer)
        inspection.save()
        order = issue(INSPECTION_ORDER, inspection, actor=actor, today=today,
                      subject=f"{INSPECTION_ORDER.label}: {inspection.society.name} ({inspection.reference})")
        activity.record(InquiryAction.INSPECTION_ORDERED, actor=actor, society=inspection.society,
                        target=inspection, data={"order": order.number, "basis": inspection.basis,
                                                 "officer": officer.pk, "target_on": inspection.target_on})
    return inspection


def bank_inspection_record(*, actor, society_id: int, bank_name: str, scope: str, today: date) -> Inspection:
    """s.88(3): a financing bank inspects a society that borrowed from it or applied to it. The bank's invited
    user (parties, role claimant bank on the society) records it; it needs no order of this office."""
    from parties.access import party_case_or_404

    society = party_case_or_404(actor, Society, society_id, "societies.follow_as_claimant")
    with transaction.atomic():
        society = _lock_society(society.pk)
        if not scope.strip():
            raise ValidationError({"scope": SCOPE_NEEDED})
        inspection = Inspection(society=society, district=society.district, basis=InspectionBasis.FINANCING_BANK,
                                scope=scope.strip(), bank_name=bank_name.strip())
        inspection.save()
        inspection.order(on=today, scope=scope.strip(), officer=actor)
        inspection.save()
        activity.record(InquiryAction.INSPECTION_ORDERED, actor=actor, society=society, target=inspection,
                        data={"basis": inspection.basis, "bank": inspection.bank_name})
    return inspection


def finding_record(*, inspection_id: int, actor, text: str, amount: Decimal | None, today: date) -> Finding:
    with transaction.atomic():
        inspection = _lock(inspection_id)
        if not _may_record(actor, inspection):
            raise PermissionDenied(WRONG_STATE)
        if inspection.state not in (InspectionState.ORDERED, InspectionState.IN_PROGRESS):
            raise ValidationError(WRONG_STATE)
        if not text.strip():
            raise ValidationError({"text": FINDING_NEEDED})
        if inspection.state == InspectionState.ORDERED:
            inspection.start(on=today)
            inspection.save()
        number = (inspection.findings.aggregate(n=Max("number"))["n"] or 0) + 1
        finding = Finding.objects.create(inspection=inspection, number=number, text=text.strip(), amount=amount,
                                         recorded_by=actor, recorded_on=today)
        activity.record(InquiryAction.INSPECTION_FINDING, actor=actor, society=inspection.society,
                        target=inspection, data={"item": number})
    return finding


def objections_carry_in(*, inspection_id: int, actor, today: date) -> list[Finding]:
    """Carry every audit objection of the society not yet closed into the inspection as findings, with one
    action; an objection already carried in is not carried again (constraint finding_objection_carried_once)."""
    try:
        from audit.models.objections import UNCLOSED, Objection
    except ImportError:
        raise ValidationError(NO_OBJECTIONS_MODULE) from None
    with transaction.atomic():
        inspection = _lock(inspection_id)
        if not _may_record(actor, inspection):
            raise PermissionDenied(WRONG_STATE)
        if inspection.state not in (InspectionState.ORDERED, InspectionState.IN_PROGRESS):
            raise ValidationError(WRONG_STATE)
        carried = set(inspection.findings.filter(source_objection_id__isnull=False)
                      .values_list("source_objection_id", flat=True))
        objections = (Objection.objects.filter(report__audit__society=inspection.society, state__in=UNCLOSED)
                      .exclude(pk__in=carried).select_related("report__audit").order_by("report_id", "number"))
        number = inspection.findings.aggregate(n=Max("number"))["n"] or 0
        made = []
        for objection in objections:
            number += 1
            audit = objection.report.audit
            made.append(Finding(
                inspection=inspection, number=number, amount=objection.amount, source_objection_id=objection.pk,
                text=f"[{_('Audit objection')} {audit} · {objection.number}] {objection.text}"[:4000],
                recorded_by=actor, recorded_on=today))
        Finding.objects.bulk_create(made)
        if made and inspection.state == InspectionState.ORDERED:
            inspection.start(on=today)
            inspection.save()
        activity.record(InquiryAction.OBJECTIONS_CARRIED_IN, actor=actor, society=inspection.society,
                        target=inspection, data={"carried": len(made)})
    return made


def inspection_communicate_result(*, inspection_id: int, actor, result: str, today: date) -> Inspection:
    """s.88(4): the result goes to the society (and the creditor); the society places the report with an
    action-taken report before its next AGM (inspection_report_before_next_agm)."""
    with transaction.atomic():
        inspection = _lock(inspection_id)
        if not _may_record(actor, inspection):
            raise PermissionDenied(WRONG_STATE)
        if inspection.state not in (InspectionState.ORDERED, InspectionState.IN_PROGRESS):
            raise ValidationError(WRONG_STATE)
        if not result.strip():
            raise ValidationError({"result": RESULT_NEEDED})
        inspection.communicate(on=today, result=result.strip())
        inspection.save()
        activity.record(InquiryAction.INSPECTION_RESULT, actor=actor, society=inspection.society,
                        target=inspection, data={"to_creditor": bool(inspection.creditor_name)})
    return inspection


def inspection_report_place(inspection: Inspection, meeting, actor, today: date) -> None:
    """Inside general_meeting_record's transaction (governance agenda source): s.88(4) met at this AGM."""
    inspection = _lock(inspection.pk)
    if inspection.state != InspectionState.RESULT_COMMUNICATED:
        return
    inspection.place(meeting=meeting, action_taken=inspection.action_taken_report)
    inspection.save()
    activity.record(InquiryAction.REPORT_PLACED, actor=actor, society=inspection.society, target=inspection,
                    data={"meeting": meeting.pk, "held_on": meeting.held_on, "report": inspection.reference})
