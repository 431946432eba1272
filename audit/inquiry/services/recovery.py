"""What follows a report: the cost of the inquiry or inspection apportioned (s.89) and a surcharge (s.103), each an
order after a hearing that raises a due in the ledger (dues); a member's copy of a report on the fee (s.87(6),
s.88(5))."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from dues.models import Due
from dues.rules import DueKind, to_paise
from registrar import activity, bounds
from registrar.capabilities import Act
from registrar.l10n import ascii_digits, money

from .. import rules
from ..actions import InquiryAction
from ..models import CostOrSurcharge, InquiryCase, InquiryState, Inspection, InspectionState, ReportCopy
from ..orders import COST_ORDER, SURCHARGE_ORDER
from .common import DATE_IN_FUTURE, NOT_REGISTRAR, issue, require

# Dues raised by these orders are payable within 30 days of the order unless the order says otherwise (the
# office's usual term; a demand certificate follows under s.102 when unpaid, recovery issue).
PAY_WITHIN_DAYS = 30
AMOUNT_NEEDED = _("Enter an amount of more than ₹0.")
HEARING_NEEDED = _("The order is made after hearing the person: give the date of the hearing, on or before today.")
PAYER_NEEDED = _("Name who pays: the society, or a person with their address.")
OUTSIDE_WINDOW = _("The act of %(act)s is more than four years before the report of %(report)s: it cannot be "
                   "surcharged (s.103(1)); acts from %(earliest)s can.")
ACT_AFTER_REPORT = _("The act causing the loss cannot be after the report that revealed it.")
REPORT_NOT_FINISHED = _("The cost or a surcharge is ordered on a completed inquiry or inspection.")
LOSS_NEEDED = _("Describe the act and the loss it caused.")
NOT_A_MEMBER = _("No. %(number)s is not on the register of the society: a copy of an inquiry report is for its "
                 "members (s.87(6)).")
REPORT_NOT_OUT = _("The report has not been communicated yet: no copy can be given.")
FEE_NEEDED = _("Enter the copy fee the Registrar fixed (more than ₹0).")
NAME_NEEDED = _("Give the name of the person asking for the copy.")

FINISHED_INQUIRY = (InquiryState.COMPLETED, InquiryState.COMMUNICATED, InquiryState.PLACED)
FINISHED_INSPECTION = (InspectionState.RESULT_COMMUNICATED, InspectionState.PLACED)


def _case(inquiry_id, inspection_id):
    if inquiry_id:
        case = InquiryCase.objects.select_for_update(of=("self",)).select_related("society", "district").get(
            pk=inquiry_id)
        finished = case.state in FINISHED_INQUIRY
        report_on = case.completed_on
    else:
        case = Inspection.objects.select_for_update(of=("self",)).select_related("society", "district").get(
            pk=inspection_id)
        finished = case.state in FINISHED_INSPECTION
        report_on = case.result_communicated_on
    if not finished:
        raise ValidationError(REPORT_NOT_FINISHED)
    return case, report_on


def _order_and_due(*, kind, case, actor, today, amount, payer_is_society, person_name, person_address,
                   hearing_on, hearing_note, act_on=None, report_on=None, loss=""):
    person_name, person_address = person_name.strip(), person_address.strip()
    amount = to_paise(amount) if amount is not None else None
    errors = {}
    if amount is None or amount <= 0:
        errors["amount"] = AMOUNT_NEEDED
    if hearing_on is None or hearing_on > today:
        errors["hearing_on"] = HEARING_NEEDED
    if not payer_is_society and not (person_name and person_address):
        errors["person_name"] = PAYER_NEEDED
    if errors:
        raise ValidationError(errors)
    is_cost = kind == CostOrSurcharge.Kind.COST
    order_kind = COST_ORDER if is_cost else SURCHARGE_ORDER
    payer = case.society.name if payer_is_society else person_name
    order = issue(order_kind, case, actor=actor, today=today,
                  subject=f"{order_kind.label}: ₹{ascii_digits(money(amount))} — {payer} ({case.reference})")
    # Cost: payable to the office (s.89(4)); surcharge: payable to the society (s.103(1): "to the society").
    due = Due(society=case.society if payer_is_society else None,
              person_name="" if payer_is_society else person_name,
              person_address="" if payer_is_society else person_address, district=case.district,
              kind=DueKind.INQUIRY_COSTS if is_cost else DueKind.SURCHARGE, order=order,
              section=order_kind.section, rule_id=order_kind.rule_id, principal=amount, raised_on=today,
              due_by=today + timedelta(days=PAY_WITHIN_DAYS), raised_by=actor,
              note=str(order_kind.label))
    if not is_cost:
        due.creditor, due.claimant_name, due.claimant_society = Due.Creditor.CLAIMANT, case.society.name, case.society
        if payer_is_society:
            raise ValidationError({"person_name": PAYER_NEEDED})   # a surcharge is against a person
    due.full_clean(exclude=["society", "person_user", "district", "claimant_society", "order", "raised_by"])
    due.save()
    record = CostOrSurcharge.objects.create(
        kind=kind, society=case.society, district=case.district,
        inquiry=case if isinstance(case, InquiryCase) else None,
        inspection=case if isinstance(case, Inspection) else None, payer_is_society=payer_is_society,
        person_name=person_name, person_address=person_address, amount=amount, act_on=act_on, report_on=report_on,
        loss_description=loss, hearing_on=hearing_on, hearing_note=hearing_note.strip(), made_on=today, order=order,
        due=due, made_by=actor)
    from dues.actions import DueAction

    activity.record(DueAction.RAISED, actor=actor, society=case.society, target=due, data={
        "kind": due.kind, "principal": amount, "raised_on": today, "due_by": due.due_by, "order": order.number,
        "debtor": due.debtor_label, "payable_to": due.creditor_label})
    return record


def cost_order_make(*, actor, today: date, amount: Decimal, hearing_on: date, inquiry_id: int | None = None,
                    inspection_id: int | None = None, payer_is_society: bool = False, person_name: str = "",
                    person_address: str = "", hearing_note: str = "") -> CostOrSurcharge:
    """s.89(1), inquiry_inspection_cost_recovery: after hearing the parties, apportion the cost to the society or
    a person; recoverable like audit fees or by a demand certificate (s.89(4)): a due in the ledger."""
    with transaction.atomic():
        case, _report_on = _case(inquiry_id, inspection_id)
        require(actor, Act.DECIDE_INQUIRY, case.district_id)
        record = _order_and_due(kind=CostOrSurcharge.Kind.COST, case=case, actor=actor, today=today, amount=amount,
                                payer_is_society=payer_is_society, person_name=person_name,
                                person_address=person_address, hearing_on=hearing_on, hearing_note=hearing_note)
        activity.record(InquiryAction.COST_ORDERED, actor=actor, society=case.society, target=record,
                        data={"order": record.order.number, "amount": record.amount})
    return record


def surcharge_order_make(*, actor, today: date, amount: Decimal, hearing_on: date, act_on: date, loss: str,
                         person_name: str, person_address: str, inquiry_id: int | None = None,
                         inspection_id: int | None = None, hearing_note: str = "") -> CostOrSurcharge:
    """s.103(1), surcharge_lookback_4y: a person whose act within four years before the report caused a loss to
    the society is ordered, after a hearing, to repay it with interest or compensation: a due payable to the
    society, recoverable by a demand certificate (s.103(4))."""
    with transaction.atomic():
        case, report_on = _case(inquiry_id, inspection_id)
        require(actor, Act.ORDER_SURCHARGE, case.district_id, NOT_REGISTRAR)
        if act_on is None or act_on > report_on:
            raise ValidationError({"act_on": ACT_AFTER_REPORT})
        if act_on > today:
            raise ValidationError({"act_on": DATE_IN_FUTURE})
        if not rules.act_within_surcharge_window(act_on, report_on):
            raise ValidationError({"act_on": ValidationError(OUTSIDE_WINDOW, params={
                "act": bounds.long_date(act_on), "report": bounds.long_date(report_on),
                "earliest": bounds.long_date(rules.surcharge_earliest_act_day(report_on))})})
        if not loss.strip():
            raise ValidationError({"loss": LOSS_NEEDED})
        record = _order_and_due(kind=CostOrSurcharge.Kind.SURCHARGE, case=case, actor=actor, today=today,
                                amount=amount, payer_is_society=False, person_name=person_name,
                                person_address=person_address, hearing_on=hearing_on, hearing_note=hearing_note,
                                act_on=act_on, report_on=report_on, loss=loss.strip())
        activity.record(InquiryAction.SURCHARGED, actor=actor, society=case.society, target=record,
                        data={"order": record.order.number, "amount": record.amount, "act_on": act_on,
                              "report_on": report_on})
    return record


def report_copy_request(*, actor, today: date, name: str, fee: Decimal, inquiry_id: int | None = None,
                        inspection_id: int | None = None, member_number: int | None = None) -> ReportCopy:
    """s.87(6), inquiry_report_copy_on_fee: a member has a copy of the inquiry report on the fee the Registrar
    fixes; s.88(5) the same for an inspection report. The fee is a due on filing (dues COPY_FEE)."""
    from membership.selectors import has_register, on_register, versions_as_at

    with transaction.atomic():
        if inquiry_id:
            case = InquiryCase.objects.select_related("society", "district").get(pk=inquiry_id)
            out = case.state in (InquiryState.COMMUNICATED, InquiryState.PLACED)
        else:
            case = Inspection.objects.select_related("society", "district").get(pk=inspection_id)
            out = case.state in FINISHED_INSPECTION
        require(actor, Act.RECORD_DUES, case.district_id)
        if not out:
            raise ValidationError(REPORT_NOT_OUT)
        if not name.strip():
            raise ValidationError({"name": NAME_NEEDED})
        fee = to_paise(fee) if fee is not None else None
        if fee is None or fee <= 0:
            raise ValidationError({"fee": FEE_NEEDED})
        if inquiry_id and has_register(case.society_id) and not (
                member_number and versions_as_at(case.society_id, today).filter(
                    on_register(today), number=member_number).exists()):
            raise ValidationError({"member_number": ValidationError(NOT_A_MEMBER, params={"number": member_number})})
        due = Due(society=case.society, district=case.district, kind=DueKind.COPY_FEE, section="87(6)",
                  rule_id="inquiry_report_copy_on_fee", principal=fee, raised_on=today, due_by=today,
                  raised_by=actor, note=f"{case.reference} · {name.strip()}")
        due.full_clean(exclude=["society", "person_user", "district", "claimant_society", "order", "raised_by"])
        due.save()
        copy = ReportCopy.objects.create(
            inquiry=case if inquiry_id else None, inspection=None if inquiry_id else case,
            member_number=member_number, name=name.strip(), requested_on=today, due=due)
        activity.record(InquiryAction.COPY_REQUESTED, actor=actor, society=case.society, target=copy,
                        data={"report": case.reference, "fee": fee, "member_number": member_number})
    return copy
