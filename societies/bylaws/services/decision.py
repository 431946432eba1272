"""The Registrar's decision on an amendment (issue 16 point 4).

- s.12(7) proviso: no refusal without first directing the society to reconsider within a period he fixes
  (default 30 days, bye_law_reconsideration_period). Not for a credit structure society: s.141 (30 days, rejection
  only as contrary to the Act or the Rules, no reconsideration round; Chapter XIV overrides, s.133).
- s.12(8): after the reply, or when the period ends, the decision within 30 days
  (bye_law_decision_after_reconsideration_30d). The period's end is applied here, when the officer next acts,
  dated on its legal day: the state change is the society's lost chance to reply, never a decision.
- Registration binds from its date and produces the new version (bye_law_amendment_effective_on_registration);
  the certified copy is an order with QR (s.12(3)); the amendment fee is raised in the dues ledger.
- A refusal is an order with its review and appeal windows (orders.windows).
"""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from dues.rules import DueKind
from dues.services import due_raise
from orders.services import order_issue
from registrar import activity
from registrar.calendar import add_days

from .. import clausefile, redline, rules
from ..actions import ByeLawAction
from ..models import AmendmentKind, AmendmentState, ByeLawVersion, ClauseChange
from ..orders import CERTIFIED_COPY, CREDIT_REJECTION, DIRECTION, REFUSAL
from .common import d, lock_amendment, lock_society, next_version_number, require_deciding
from .versions import save_clauses

FEE_DAYS = 30
CONDITIONS = ("consistent", "schedule_a")   # s.12(6)(a) and (b); bye_law_amendment_conditions
NOT_OPEN = _("This amendment is already decided.")
NO_ROUND_FOR_CREDIT = _("A credit structure society's amendment is registered or rejected within 30 days under "
                        "section 141; there is no direction to reconsider.")
DIRECTION_ALREADY = _("The society was already directed to reconsider on %(day)s.")
DIRECTIONS_NEEDED = _("Write the directions: what the society is to reconsider, and why.")
PERIOD_NOT_AFTER_TODAY = _("The period to reconsider must end after today.")
REFUSAL_NEEDS_DIRECTION = _("No refusal without first directing the society to reconsider within a period you "
                            "fix (section 12(7) proviso).")
PERIOD_RUNNING = _("The society may reply until %(day)s. Decide after its reply, or once that period has ended.")
REASONS_NEEDED = _("Write the reasons for the refusal.")
CREDIT_REASONS_NEEDED = _("Write how the amendment is contrary to the Act or the Rules (section 141(2)).")
CONDITIONS_NOT_MET = _("Register only when both conditions of section 12(6) are met: tick each after checking it. "
                       "If one fails, direct the society to reconsider.")
FEE_NEEDED = _("Enter the amendment fee to be raised in the dues ledger.")
VERSION_TODAY = _("A version of the bye-laws already takes effect today (%(day)s): register tomorrow or correct "
                  "that version's date.")


def _expire_if_due(amendment, today: date, actor) -> None:
    """The period fixed under s.12(7) ended with no reply: record it, dated on its legal day."""
    if amendment.state == AmendmentState.RECONSIDERATION_DIRECTED and today > amendment.reconsider_by:
        amendment.expire_reply_period()
        amendment.save()
        activity.record(ByeLawAction.REPLY_PERIOD_EXPIRED, actor=None, society=amendment.society, target=amendment,
                        data={"period_ended": amendment.reconsider_by,
                              "on": rules.period_expired_on(amendment.reconsider_by),
                              "final_due_on": amendment.final_due_on, "noticed_by": getattr(actor, "pk", None)})


@transaction.atomic
def amendment_direct_reconsideration(*, actor, amendment_id: int, today: date, directions: str,
                                     reconsider_by: date | None = None):
    amendment = lock_amendment(amendment_id)
    require_deciding(actor, amendment.society)
    if amendment.credit_structure:
        raise ValidationError(NO_ROUND_FOR_CREDIT)
    if amendment.state != AmendmentState.FILED:
        if amendment.directed_on:
            raise ValidationError(DIRECTION_ALREADY, params={"day": d(amendment.directed_on)})
        raise ValidationError(NOT_OPEN)
    if not directions.strip():
        raise ValidationError({"directions": DIRECTIONS_NEEDED})
    reconsider_by = reconsider_by or rules.reconsideration_default_by(today)
    if reconsider_by <= today:
        raise ValidationError({"reconsider_by": PERIOD_NOT_AFTER_TODAY})
    amendment.direct_reconsideration(
        on=today, by=reconsider_by, directions=directions.strip(),
        final_due_on=rules.decision_after_reconsideration_last_day(None, reconsider_by))
    amendment.save()
    letter = order_issue(kind=DIRECTION.code, made_on=today, target=amendment, society=amendment.society,
                         officer=actor, subject=f"Direction to reconsider: bye-law amendment of "
                                                f"{amendment.society.name}")
    # bye_law_amendment_decision_60d DEFAULT: a direction by day 60 satisfies the 60-day duty; later is a breach.
    activity.record(ByeLawAction.RECONSIDERATION_DIRECTED, actor=actor, society=amendment.society,
                    target=amendment, data={"reconsider_by": reconsider_by, "final_due_on": amendment.final_due_on,
                                            "after_day_60": today > amendment.decision_due_on,
                                            "letter": letter.number})
    return amendment


def _new_version(amendment, society, today: date, actor) -> ByeLawVersion | None:
    base = amendment.base_version
    changes = [redline.ClauseChange(c.change, c.number, c.heading, c.old_text, c.new_text)
               for c in amendment.clauses.all()]
    if base is None and not changes:
        return None
    if ByeLawVersion.objects.filter(society=society, effective_from=today).exists():
        raise ValidationError(VERSION_TODAY, params={"day": d(today)})
    version = ByeLawVersion(society=society, number=next_version_number(society), effective_from=today,
                            amendment=amendment, created_by=actor,
                            note=f"Amendment registered on {today:%d %b %Y}")
    if base is not None and base.transcribed:
        current = [clausefile.ParsedClause(c.heading, c.number, c.text) for c in base.clauses.all()]
        clauses = redline.apply(current, changes)
        version.transcribed = True
    else:
        # Against a PDF: the clauses substituted are text; the rest stay the earlier PDF's. A clause omitted is
        # kept as a line saying so, or the consolidated copy would send the reader back to the PDF for it.
        clauses = [clausefile.ParsedClause(c.heading, c.number, c.new_text if c.change != ClauseChange.DELETED
                                           else f"Omitted by the amendment registered on {today:%d %B %Y}.")
                   for c in changes]
        version.pdf_version = base.pdf_source if base is not None else None
    version.save()
    save_clauses(version, clauses)
    return version


@transaction.atomic
def amendment_register(*, actor, amendment_id: int, today: date, checklist: dict, fee: Decimal | None):
    """s.12(2), (6): register. Binds from today (the registration date), never from the resolution's."""
    amendment = lock_amendment(amendment_id)
    society = lock_society(amendment.society_id)
    require_deciding(actor, society)
    if not amendment.is_open:
        raise ValidationError(NOT_OPEN)
    _expire_if_due(amendment, today, actor)
    if amendment.state == AmendmentState.RECONSIDERATION_DIRECTED:
        raise ValidationError(PERIOD_RUNNING, params={"day": d(amendment.reconsider_by)})
    checked = {key: bool(checklist.get(key)) for key in CONDITIONS}
    if not all(checked.values()):
        raise ValidationError({"__all__": CONDITIONS_NOT_MET})
    if fee is None or fee <= 0:
        raise ValidationError({"fee": FEE_NEEDED})
    amendment.register(on=today, by=actor, checklist=checked)
    changed = []
    if amendment.kind == AmendmentKind.NAME:
        society.name = amendment.new_name
        changed.append("name")
    elif amendment.kind == AmendmentKind.ADDRESS:
        society.address = amendment.new_address
        changed.append("address")
        amendment.address_notice_due_on = rules.address_notice_last_day(amendment.moved_on, today)
    if changed:
        society.save()
    amendment.save()
    version = _new_version(amendment, society, today, actor)
    order = order_issue(kind=CERTIFIED_COPY.code, made_on=today, target=amendment, society=society, officer=actor,
                        subject=f"Certified copy: amendment of the bye-laws of {society.name}")
    due = due_raise(actor=actor, kind=DueKind.AMENDMENT_FEE, principal=fee, raised_on=today,
                    due_by=add_days(today, FEE_DAYS), today=today, society_id=society.pk,
                    note=f"Amendment of the bye-laws registered on {today:%d %b %Y} ({order.number})")
    activity.record(ByeLawAction.AMENDMENT_REGISTERED, actor=actor, society=society, target=amendment, data={
        "registered_on": today, "version": version.number if version else None, "order": order.number,
        "fee_due": due.pk, "changed": changed, "checklist": checked,
        "address_notice_due_on": amendment.address_notice_due_on})
    return amendment


@transaction.atomic
def amendment_refuse(*, actor, amendment_id: int, today: date, reasons: str):
    """s.12(7), (8): refuse with reasons, only after the direction to reconsider; s.141(2) for the credit
    structure: rejection as contrary to the Act or the Rules, within 30 days, no direction first."""
    amendment = lock_amendment(amendment_id)
    require_deciding(actor, amendment.society)
    if not amendment.is_open:
        raise ValidationError(NOT_OPEN)
    reasons = reasons.strip()
    if amendment.credit_structure:
        if not reasons:
            raise ValidationError({"reasons": CREDIT_REASONS_NEEDED})
        amendment.reject_credit(on=today, by=actor, reasons=reasons)
        kind = CREDIT_REJECTION
    else:
        _expire_if_due(amendment, today, actor)
        if amendment.state == AmendmentState.FILED:
            raise ValidationError(REFUSAL_NEEDS_DIRECTION)
        if amendment.state == AmendmentState.RECONSIDERATION_DIRECTED:
            raise ValidationError(PERIOD_RUNNING, params={"day": d(amendment.reconsider_by)})
        if not reasons:
            raise ValidationError({"reasons": REASONS_NEEDED})
        amendment.refuse(on=today, by=actor, reasons=reasons)
        kind = REFUSAL
    amendment.save()
    order = order_issue(kind=kind.code, made_on=today, target=amendment, society=amendment.society, officer=actor,
                        subject=f"Refusal: amendment of the bye-laws of {amendment.society.name}")
    activity.record(ByeLawAction.AMENDMENT_REFUSED, actor=actor, society=amendment.society, target=amendment,
                    data={"refused_on": today, "order": order.number, "section": kind.section})
    return amendment
