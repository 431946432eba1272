"""The outcome (issue 23 point 4): allowed, dismissed, modified or remanded, by a numbered order. An order set
aside (allowed, or remanded for a fresh decision) has its effects reversed through the one reversal registered
for its kind (appeals.reversals.order_reverse), with the original decision and the reversal both in the activity
log. A review ORDER after day 60 of communication is refused (s.111(2), registrar_review_60d: the Registrar's own
power, never moved by a holiday or an outage). Costs against a frivolous appeal and the fee for a certified copy
are raised in the dues ledger (dues.services.due_raise)."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from dues.rules import DueKind
from dues.services import due_raise
from orders.naming import order_subject
from orders.services import order_issue, stay_vacate
from registrar import activity

from .. import orders as kinds
from .. import rules
from ..actions import AppealAction
from ..models import CaseState, Forum, Outcome, Route
from ..reversals import order_reverse
from .common import check, lock, notify_parties

NOT_PENDING = _("Only a pending appeal can be decided (this one is: %(state)s).")
TEXT_NEEDED = _("Write the order: the points for decision, the finding on each and the relief granted.")
REVIEW_LIMIT_PASSED = _("The Registrar may review an order only within 60 days of its communication (s.111(2)): "
                        "the last day was %(last)s. A review order cannot be made now.")
ORDER_SET_ASIDE_ALREADY = _("The order appealed has already been set aside by %(number)s.")
NOT_DISMISSED = _("Costs are awarded only against an appeal dismissed as frivolous.")
AMOUNT_POSITIVE = _("Enter an amount above zero.")
NOT_DECIDED = _("A certified copy can be issued once the order is made.")
DECIDED_SUBJECT = _("%(number)s decided: %(outcome)s")
DECIDED_BODY = _("By order %(order)s dated %(on)s, %(number)s is %(outcome)s. %(summary)s")

SETS_ASIDE = (Outcome.ALLOWED, Outcome.REMANDED)


def _d(day):
    return f"{day:%d %b %Y}"


def decision_kind(appeal):
    if appeal.route == Route.REVIEW:
        return kinds.REVIEW_ORDER
    if appeal.forum == Forum.STATE_GOVERNMENT:
        return kinds.STATE_APPEAL_ORDER
    if appeal.rule_id in ("president_removal_appeal_30d", "mortgage_sale_appeal_30d"):
        return kinds.FINAL_APPEAL_ORDER  # "the Registrar's decision is final" (s.36(5), s.61(3))
    return kinds.APPEAL_ORDER


def appeal_decide(*, appeal_id: int, actor, outcome: str, text: str, today: date):
    text = (text or "").strip()
    with transaction.atomic():
        appeal = lock(appeal_id)
        check(actor, appeal)
        if appeal.state != CaseState.PENDING:
            raise ValidationError(NOT_PENDING, params={"state": appeal.get_state_display()})
        if not text:
            raise ValidationError({"text": TEXT_NEEDED})
        if appeal.route == Route.REVIEW and appeal.last_day is not None and today > appeal.last_day:
            raise ValidationError(REVIEW_LIMIT_PASSED, params={"last": _d(appeal.last_day)})
        original = appeal.order
        if outcome in SETS_ASIDE and not original.in_force:
            raise ValidationError(ORDER_SET_ASIDE_ALREADY, params={"number": original.number})
        kind = decision_kind(appeal)
        decision = order_issue(kind=kind.code, made_on=today, target=appeal, society=appeal.society,
                               district=appeal.district, officer=actor,
                               subject=order_subject(appeal.appellant_name, f"{appeal.number} against {original.number}"))
        # The appeal is over: a stay pending it ends today, so a held effect of an order that stands falls on the
        # later of its legal date and tomorrow (ADR 0032-stays).
        if original.stays.filter(vacated_on__isnull=True).exists():
            stay_vacate(order_id=original.pk, actor=actor, vacated_on=today, today=today)
        summary = ""
        if outcome in SETS_ASIDE:
            summary = order_reverse(original, by=decision, actor=actor, today=today)
        appeal.decide(outcome=outcome, order=decision, text=text, on=today, by=actor)
        appeal.reversal_summary = summary[:300]
        appeal.save()
        activity.record(AppealAction.DECIDED, actor=actor, society=appeal.society, target=appeal, data={
            "number": appeal.number, "order": decision.number, "appealed": original.number, "outcome": outcome,
            "summary": summary})
        notify_parties(appeal, key=f"appeal:{appeal.pk}:decided", subject=DECIDED_SUBJECT, body=DECIDED_BODY,
                       params={"number": appeal.number, "order": decision.number, "on": _d(today),
                               "outcome": Outcome(outcome).label, "summary": summary}, sms=True)
    return appeal


def appeal_award_costs(*, appeal_id: int, actor, amount: Decimal, today: date, due_by: date | None = None):
    """s.111(4): costs against a frivolous appeal, raised on the appellant in the dues ledger on the order."""
    with transaction.atomic():
        appeal = lock(appeal_id)
        check(actor, appeal)
        if appeal.state != CaseState.DECIDED or appeal.outcome != Outcome.DISMISSED:
            raise ValidationError(NOT_DISMISSED)
        if amount is None or amount <= 0:
            raise ValidationError({"amount": AMOUNT_POSITIVE})
        due = due_raise(actor=actor, kind=DueKind.OTHER, principal=amount, raised_on=today,
                        due_by=due_by or today + timedelta(days=30), today=today,
                        person_user=appeal.appellant, person_name="" if appeal.appellant_id else appeal.appellant_name,
                        person_address="" if appeal.appellant_id else appeal.appellant_address,
                        district_id=appeal.district_id, order_number=appeal.decision_order.number,
                        note=f"Costs of a frivolous appeal, {appeal.number} (s.111(4))")
        activity.record(AppealAction.COSTS_AWARDED, actor=actor, society=appeal.society, target=appeal,
                        data={"number": appeal.number, "amount": amount, "due": due.pk})
    return due


def appeal_record_copy(*, appeal_id: int, actor, fee: Decimal, requested_by: str, today: date):
    """A certified copy of the order on request, for a fee raised in the dues ledger on the requester."""
    with transaction.atomic():
        appeal = lock(appeal_id)
        check(actor, appeal)
        if appeal.decision_order_id is None:
            raise ValidationError(NOT_DECIDED)
        if fee is None or fee <= 0:
            raise ValidationError({"fee": AMOUNT_POSITIVE})
        requested_by = (requested_by or appeal.appellant_name).strip()
        due = due_raise(actor=actor, kind=DueKind.OTHER, principal=fee, raised_on=today, due_by=today, today=today,
                        person_user=appeal.appellant if requested_by == appeal.appellant_name else None,
                        person_name="" if (appeal.appellant_id and requested_by == appeal.appellant_name)
                        else requested_by,
                        person_address=appeal.appellant_address or (appeal.district.name if appeal.district else ""),
                        district_id=appeal.district_id, order_number=appeal.decision_order.number,
                        note=f"Certified copy of order {appeal.decision_order.number}")
        activity.record(AppealAction.COPY_REQUESTED, actor=actor, society=appeal.society, target=appeal,
                        data={"number": appeal.number, "order": appeal.decision_order.number, "fee": fee,
                              "by": requested_by, "due": due.pk})
    return due


__all__ = ["appeal_decide", "appeal_award_costs", "appeal_record_copy", "rules"]
