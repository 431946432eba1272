"""Assets realised, leave to sue (ss.99, 101), compromises (s.115), quarterly reports and the distribution schedule
(issue 21 point 3). The liquidator records; the Registrar's acts (leave, sanction) are orders of the office, by an
officer with the capability and jurisdiction over the district."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from orders.services import order_issue
from registrar import activity
from registrar.capabilities import Act, may

from .. import workspace_rules as rules
from ..models import (
    Asset,
    Claim,
    Compromise,
    CompromiseState,
    DistributionLine,
    DistributionSchedule,
    LeaveState,
    LeaveToSue,
    QuarterlyReport,
    WindingUp,
)
from ..models.case import WindingUpState
from ..models.claims import ClaimClass, ClaimStatus
from ..workspace_access import require_liquidator
from ..workspace_actions import WorkspaceAction
from ..workspace_orders import COMPROMISE_SANCTION, LEAVE_TO_SUE

NOT_IN_EFFECT = _("The cancellation has not taken effect yet: until it does the liquidator has custody of the "
                  "society's property only, and nothing may be distributed or paid out (s.94(4); lifecycles.md §15 "
                  "item 11).")
NOT_THE_OFFICE = _("Only the ARCS of the district or an officer above may make this order.")
IN_FUTURE = _("This cannot be dated after today.")
NOT_NEGATIVE = _("Enter an amount of ₹0 or more.")
AMOUNT_NOT_POSITIVE = _("Enter an amount of more than ₹0.")
DESCRIBE = _("Describe the asset.")
TEXT_NEEDED = _("This is needed.")
ASSENTING_TOO_MANY = _("The creditors agreeing cannot be more than all the creditors of the class.")
ASSENTING_DEBTS_TOO_MUCH = _("The debts of those agreeing cannot be more than the debts of the class.")
NOT_AGREED_NUMBER = _("Not agreed: %(assenting)s of %(creditors)s creditors is not a majority in number (s.115).")
NOT_AGREED_VALUE = _("Not agreed: ₹%(assenting)s of ₹%(debts)s is less than three fourths of the debts (s.115).")
ONLY_AGREED = _("Only a compromise agreed at the creditors' meeting can be sanctioned.")
ALREADY_DECIDED = _("This is already decided.")
NOTHING_ADMITTED = _("No admitted claim is left unpaid: there is nothing to distribute.")
REPORT_FILED = _("The report for this quarter is already filed.")
QUARTER_NOT_ENDED = _("The quarter ends on %(day)s: file its report after that.")
PROGRESS_NEEDED = _("Say what was done in the quarter.")
PAUSED = _("The cancellation order is stayed: every winding-up step waits until the stay ends (s.95(2)); custody "
           "of the property and the claims register go on.")


def in_effect(case: WindingUp) -> bool:
    """The cancellation has taken effect (L1's liquidation.selectors.in_effect once it lands; the state says the
    same: IN_LIQUIDATION only from the legal day of effect)."""
    try:
        from ..selectors import in_effect as selector
    except ImportError:
        return case.state == WindingUpState.IN_LIQUIDATION
    return selector(case)


def require_in_effect(case: WindingUp) -> None:
    if not in_effect(case):
        raise ValidationError(NOT_IN_EFFECT)


def require_not_paused(case: WindingUp, today: date) -> None:
    """A stay of the cancellation order pauses every winding-up step (s.95(2), liquidation_paused_during_stay):
    calls, payments and distribution wait; custody and the claims register go on."""
    from ..selectors import is_paused

    if is_paused(case, today):
        raise ValidationError(PAUSED)


def _case(actor, winding_up_id: int) -> WindingUp:
    case = WindingUp.objects.select_for_update(of=("self",)).select_related("society", "district").get(pk=winding_up_id)
    require_liquidator(actor, case)
    return case


def _office_case(actor, winding_up_id: int) -> WindingUp:
    case = WindingUp.objects.select_for_update(of=("self",)).select_related("society", "district").get(pk=winding_up_id)
    if not may(actor, Act.SANCTION_IN_LIQUIDATION, case.district_id):
        raise PermissionDenied(NOT_THE_OFFICE)
    return case


def asset_realise(*, actor, winding_up_id: int, description: str, realised_amount: Decimal, realised_on: date,
                  today: date, book_value: Decimal | None = None, how: str = "") -> Asset:
    with transaction.atomic():
        case = _case(actor, winding_up_id)
        errors = {}
        if not description.strip():
            errors["description"] = [DESCRIBE]
        if realised_amount is None or realised_amount < 0:
            errors["realised_amount"] = [NOT_NEGATIVE]
        if realised_on > today:
            errors["realised_on"] = [IN_FUTURE]
        if errors:
            raise ValidationError(errors)
        asset = Asset.objects.create(winding_up=case, description=description.strip()[:200], book_value=book_value,
                                     realised_amount=realised_amount, realised_on=realised_on, how=how.strip()[:200],
                                     entered_by=actor)
        activity.record(WorkspaceAction.ASSET_REALISED, actor=actor, society=case.society, target=asset,
                        data={"asset": asset.description, "amount": realised_amount, "on": realised_on})
    return asset


def leave_record(*, actor, winding_up_id: int, applicant: str, against: str, particulars: str, applied_on: date,
                 today: date) -> LeaveToSue:
    """An application to the Registrar for leave to sue (ss.99, 101), entered by the office."""
    with transaction.atomic():
        case = _office_case(actor, winding_up_id)
        errors = {f: [TEXT_NEEDED] for f, v in (("applicant", applicant), ("against", against),
                                                 ("particulars", particulars)) if not v.strip()}
        if applied_on > today:
            errors["applied_on"] = [IN_FUTURE]
        if errors:
            raise ValidationError(errors)
        leave = LeaveToSue.objects.create(winding_up=case, applicant=applicant.strip()[:200],
                                          against=against.strip()[:200], particulars=particulars.strip(),
                                          applied_on=applied_on)
        activity.record(WorkspaceAction.LEAVE_APPLIED, actor=actor, society=case.society, target=leave,
                        data={"applicant": leave.applicant, "against": leave.against})
    return leave


def leave_decide(*, actor, leave_id: int, grant: bool, conditions: str, today: date) -> LeaveToSue:
    """The Registrar's order granting leave (on his conditions) or refusing it: an order in the register."""
    with transaction.atomic():
        leave = LeaveToSue.objects.select_for_update(of=("self",)).select_related("winding_up__society").get(pk=leave_id)
        _office_case(actor, leave.winding_up_id)
        if leave.state != LeaveState.APPLIED:
            raise ValidationError(ALREADY_DECIDED)
        leave.state = LeaveState.GRANTED if grant else LeaveState.REFUSED
        leave.conditions = conditions.strip()
        verb = "granted" if grant else "refused"
        leave.order = order_issue(kind=LEAVE_TO_SUE.code, made_on=today, society=leave.winding_up.society,
                                  officer=actor, target=leave,
                                  subject=f"Leave to sue {verb}: {leave.applicant} against {leave.against}")
        leave.save()
        activity.record(WorkspaceAction.LEAVE_DECIDED, actor=actor, society=leave.winding_up.society, target=leave,
                        data={"granted": grant, "order": leave.order.number, "conditions": leave.conditions})
    return leave


def compromise_record(*, actor, winding_up_id: int, terms: str, meeting_on: date, creditors: int, debts: Decimal,
                      assenting: int, assenting_debts: Decimal, today: date, creditor_class: str = "") -> Compromise:
    """The creditors' meeting on a proposed compromise: the guard counts both the majority in number and the three
    fourths of the debts (s.115, creditor_compromise_three_fourths). Agreed or not, the meeting is recorded; only
    an agreed one goes to the Registrar for sanction."""
    with transaction.atomic():
        case = _case(actor, winding_up_id)
        errors = {}
        if not terms.strip():
            errors["terms"] = [TEXT_NEEDED]
        if meeting_on > today:
            errors["meeting_on"] = [IN_FUTURE]
        if creditor_class and creditor_class not in ClaimClass.values:
            errors["creditor_class"] = [TEXT_NEEDED]
        if creditors is None or creditors < 1:
            errors["creditors"] = [AMOUNT_NOT_POSITIVE]
        if debts is None or debts <= 0:
            errors["debts"] = [AMOUNT_NOT_POSITIVE]
        if not errors and assenting > creditors:
            errors["assenting"] = [ASSENTING_TOO_MANY]
        if not errors and assenting_debts > debts:
            errors["assenting_debts"] = [ASSENTING_DEBTS_TOO_MUCH]
        if errors:
            raise ValidationError(errors)
        count = rules.compromise_count(creditors=creditors, debts=debts, assenting=assenting,
                                       assenting_debts=assenting_debts)
        compromise = Compromise.objects.create(
            winding_up=case, terms=terms.strip(), creditor_class=creditor_class, meeting_on=meeting_on,
            creditors=creditors, debts=debts, assenting=assenting, assenting_debts=assenting_debts,
            state=CompromiseState.AGREED if count.agreed else CompromiseState.NOT_AGREED, recorded_by=actor)
        activity.record(WorkspaceAction.COMPROMISE_RECORDED, actor=actor, society=case.society, target=compromise,
                        data={"agreed": count.agreed, "majority_in_number": count.majority_in_number,
                              "three_fourths_by_value": count.three_fourths_by_value})
    return compromise


def compromise_findings(compromise: Compromise) -> list[str]:
    """Why a recorded compromise was not agreed, in words (the page shows them)."""
    count = rules.compromise_count(creditors=compromise.creditors, debts=compromise.debts,
                                   assenting=compromise.assenting, assenting_debts=compromise.assenting_debts)
    found = []
    if not count.majority_in_number:
        found.append(str(NOT_AGREED_NUMBER % {"assenting": compromise.assenting, "creditors": compromise.creditors}))
    if not count.three_fourths_by_value:
        found.append(str(NOT_AGREED_VALUE % {"assenting": compromise.assenting_debts, "debts": compromise.debts}))
    return found


def compromise_decide(*, actor, compromise_id: int, sanction: bool, today: date) -> Compromise:
    """s.115(2): the Registrar sanctions (or refuses) an agreed compromise by order."""
    with transaction.atomic():
        compromise = (Compromise.objects.select_for_update(of=("self",)).select_related("winding_up__society")
                      .get(pk=compromise_id))
        _office_case(actor, compromise.winding_up_id)
        if compromise.state != CompromiseState.AGREED:
            raise ValidationError(ONLY_AGREED)
        compromise.state = CompromiseState.SANCTIONED if sanction else CompromiseState.REFUSED
        compromise.order = order_issue(
            kind=COMPROMISE_SANCTION.code, made_on=today, society=compromise.winding_up.society, officer=actor,
            target=compromise, subject=f"Compromise with creditors {'sanctioned' if sanction else 'not sanctioned'}"
                                       f" (meeting of {compromise.meeting_on:%d-%m-%Y})")
        compromise.save()
        activity.record(WorkspaceAction.COMPROMISE_DECIDED, actor=actor, society=compromise.winding_up.society,
                        target=compromise, data={"sanctioned": sanction, "order": compromise.order.number})
    return compromise


def report_open(case: WindingUp, today: date) -> QuarterlyReport | None:
    """The chore liquidation_reports_open: the report row of the quarter in progress, once the liquidator is
    appointed. Idempotent (one_report_a_quarter)."""
    ends = rules.quarter_end(today)
    report, _created = QuarterlyReport.objects.get_or_create(
        winding_up=case, quarter_ends_on=ends,
        defaults={"due_on": rules.quarterly_report_due(ends, _closed(ends)), "responsible": case.liquidator})
    return report


def _closed(ends: date) -> frozenset[date]:
    from datetime import timedelta

    from registrar.holidays import holiday_dates

    return holiday_dates(ends, ends + timedelta(days=45))


def report_file(*, actor, report_id: int, progress: str, today: date) -> QuarterlyReport:
    """The liquidator files the quarter's report: the figures are taken from the registers, the PDF made (English
    and Assamese) and kept with the row."""
    from django.core.files.base import ContentFile

    from ..workspace_documents import quarterly_report_pdf

    with transaction.atomic():
        report = (QuarterlyReport.objects.select_for_update(of=("self",)).select_related("winding_up__society")
                  .get(pk=report_id))
        case = report.winding_up
        require_liquidator(actor, case)
        if report.filed_on is not None:
            raise ValidationError(REPORT_FILED)
        if today <= report.quarter_ends_on:
            raise ValidationError(QUARTER_NOT_ENDED, params={"day": f"{report.quarter_ends_on:%d-%m-%Y}"})
        if not progress.strip():
            raise ValidationError({"progress": PROGRESS_NEEDED})
        report.progress, report.filed_on = progress.strip(), today
        report.realised_total = sum(Asset.objects.filter(winding_up=case).values_list("realised_amount", flat=True),
                                    Decimal(0))
        report.paid_total = sum(Claim.objects.filter(winding_up=case).values_list("paid_amount", flat=True),
                                Decimal(0))
        report.save()
        report.pdf.save(f"{report.pk}.pdf", ContentFile(quarterly_report_pdf(report, actor=actor)), save=False)
        report.save(update_fields=["pdf"])
        activity.record(WorkspaceAction.REPORT_FILED, actor=actor, society=case.society, target=report,
                        data={"quarter_ends_on": report.quarter_ends_on, "due_on": report.due_on, "filed_on": today})
    return report


def distribution_plan(case: WindingUp, available: Decimal) -> list[tuple[Claim, Decimal]]:
    """Admitted claims still unpaid, paid priority by priority; within a priority pro rata (pure apart from the
    read)."""
    by_priority: dict[int, list[Claim]] = defaultdict(list)
    for claim in Claim.objects.filter(winding_up=case, status=ClaimStatus.ADMITTED).order_by("priority", "serial"):
        if claim.admitted_amount > claim.paid_amount:
            by_priority[claim.priority].append(claim)
    plan, left = [], available
    for priority in sorted(by_priority):
        claims = by_priority[priority]
        shares = rules.pro_rata(left, [c.admitted_amount - c.paid_amount for c in claims])
        plan += [(c, s) for c, s in zip(claims, shares, strict=True) if s > 0]
        left -= sum(shares, Decimal(0))
        if left <= 0:
            break
    return plan


def distribution_make(*, actor, winding_up_id: int, available: Decimal, today: date) -> DistributionSchedule:
    """The schedule of what is to be paid on each admitted claim. Refused before the order takes effect."""
    with transaction.atomic():
        case = _case(actor, winding_up_id)
        require_in_effect(case)
        require_not_paused(case, today)
        if available is None or available <= 0:
            raise ValidationError({"available": AMOUNT_NOT_POSITIVE})
        plan = distribution_plan(case, available)
        if not plan:
            raise ValidationError(NOTHING_ADMITTED)
        schedule = DistributionSchedule.objects.create(winding_up=case, made_on=today, available=available,
                                                       made_by=actor)
        DistributionLine.objects.bulk_create([DistributionLine(schedule=schedule, claim=c, amount=a) for c, a in plan])
        activity.record(WorkspaceAction.DISTRIBUTION_MADE, actor=actor, society=case.society, target=schedule,
                        data={"available": available, "lines": len(plan),
                              "total": sum((a for _c, a in plan), Decimal(0))})
    return schedule
