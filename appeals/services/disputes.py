"""Disputes referred to the Registrar (issue 23 point 5; lifecycles.md §10): s.92 disputes touching the business
of a society, and in the same case file the disputes the Registrar decides himself — formation, registration or
continuance (s.8(1), formation_disputes_decided_by_registrar) and between the Chief Executive and the Board
(s.49(2)(l), ce_board_dispute_registrar_binding). Under s.93(1) he decides a s.92 dispute himself, authorises
another officer, or refers it to one arbitrator or to three: each party nominates one within 15 days of his
notice (arbitrator_nomination_15d), he nominates for a party that does not, and names the chairman; no legal
practitioner may be nominated. The award is an order; a money award is raised as dues (dues.services.due_raise),
which can become a demand certificate."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from dues.rules import DueKind
from dues.services import due_raise
from orders.naming import order_subject
from orders.services import order_issue
from registrar import activity
from registrar.capabilities import Act, may
from registrar.statute.engine import due as statute_due

from .. import orders as kinds
from .. import rules
from ..actions import AppealAction
from ..models import Arbitrator, Dispute, DisputeKind, DisputeState
from .common import case_number

NOT_ALLOWED = _("You may not act on a dispute outside your jurisdiction or rank.")
DISCIPLINE = _("An employee's disciplinary matter is not a dispute under s.92; it cannot be referred.")
ONLY_S92_ROUTES = _("A dispute under s.8(1) or s.49(2)(l) is decided by the Registrar himself.")
LEGAL_PRACTITIONER = _("No legal practitioner may be nominated as an arbitrator (s.93(1)).")
ARBITRATOR_NEEDED = _("Name the arbitrator (or, for three, the chairman).")
OFFICER_NEEDED = _("Choose the officer authorised to decide it.")
NOT_THREE = _("Nominations are made only where three arbitrators decide the dispute.")
TOO_EARLY = _("The party has until %(last)s to nominate; the Registrar may nominate for it only after that day.")
ALREADY = _("An arbitrator is already nominated for this party.")
NOT_DECIDING = _("This dispute is not before a deciding authority yet.")
PANEL_INCOMPLETE = _("The panel of three is not complete: each party's arbitrator and the chairman are needed.")
AWARD_TEXT = _("Write the award or decision.")
REFERRED_IN_FUTURE = _("The date of reference cannot be after today.")


def _lock(dispute_id: int, actor) -> Dispute:
    dispute = Dispute.objects.select_for_update(of=("self",)).select_related("society", "district").get(pk=dispute_id)
    if not may(actor, Act.DECIDE_DISPUTE, dispute.district_id):
        raise PermissionDenied(NOT_ALLOWED)
    return dispute


def dispute_refer(*, society, actor, kind: str, subject: str, claimant_name: str, respondent_name: str,
                  referred_on: date, today: date, employee_discipline: bool = False, claimant=None,
                  respondent=None) -> Dispute:
    if not may(actor, Act.DECIDE_DISPUTE, society.district_id):
        raise PermissionDenied(NOT_ALLOWED)
    if employee_discipline:
        raise ValidationError({"employee_discipline": DISCIPLINE})
    if referred_on > today:
        raise ValidationError({"referred_on": REFERRED_IN_FUTURE})
    with transaction.atomic():
        dispute = Dispute(
            number=case_number("DSP", society.district, referred_on.year), kind=kind, society=society,
            district=society.district, subject=subject.strip(), claimant=claimant, respondent=respondent,
            claimant_name=claimant_name.strip()[:200], respondent_name=respondent_name.strip()[:200],
            referred_on=referred_on,
            service_target_on=referred_on + timedelta(days=rules.DISPUTE_SERVICE_TARGET_DAYS))
        dispute.full_clean(exclude=["society", "district", "claimant", "respondent", "state"])
        dispute.save()
        if kind != DisputeKind.S92:  # ss.8(1), 49(2)(l): the Registrar decides it himself, in this file
            dispute.keep(officer=actor)
            dispute.save()
        activity.record(AppealAction.DISPUTE_REFERRED, actor=actor, society=society, target=dispute,
                        data={"number": dispute.number, "kind": kind, "referred_on": referred_on})
    return dispute


def _nominee_ok(name: str, legal_practitioner: bool) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError({"arbitrator": ARBITRATOR_NEEDED})
    if legal_practitioner:
        raise ValidationError({"legal_practitioner": LEGAL_PRACTITIONER})
    return name[:200]


def dispute_route(*, dispute_id: int, actor, how: str, today: date, officer=None, arbitrator: str = "",
                  legal_practitioner: bool = False) -> Dispute:
    """s.93(1): self | officer | one | three. For three, the notice to nominate is a letter in the register; the
    15 days run from its communication (today)."""
    with transaction.atomic():
        dispute = _lock(dispute_id, actor)
        if dispute.kind != DisputeKind.S92 and how != "self":
            raise ValidationError(ONLY_S92_ROUTES)
        if how == "self":
            dispute.keep(officer=actor)
        elif how == "officer":
            if officer is None:
                raise ValidationError({"officer_username": OFFICER_NEEDED})
            dispute.authorise(officer=officer)
        else:
            name = _nominee_ok(arbitrator, legal_practitioner)
            notice = None
            due_on = None
            if how == "three":
                notice = order_issue(kind=kinds.ARBITRATION_NOTICE.code, made_on=today, target=dispute,
                                     society=dispute.society, officer=actor, communicated_on=today,
                                     subject=order_subject(dispute.society.name, f"{dispute.number}: nominate"))
                due_on = statute_due("arbitrator_nomination_15d", today).filing_last_day
            dispute.refer_to_arbitration(three=how == "three", notice=notice, nomination_due_on=due_on)
            Arbitrator.objects.create(dispute=dispute, name=name, nominated_by=Arbitrator.NominatedBy.REGISTRAR,
                                      chairman=how == "three", nominated_on=today)
        dispute.save()
        activity.record(AppealAction.DISPUTE_ROUTED, actor=actor, society=dispute.society, target=dispute,
                        data={"number": dispute.number, "how": how, "nomination_due_on": dispute.nomination_due_on})
    return dispute


def dispute_nominate(*, dispute_id: int, actor, for_party: str, name: str, today: date, by_registrar: bool = False,
                     legal_practitioner: bool = False) -> Arbitrator:
    with transaction.atomic():
        dispute = _lock(dispute_id, actor)
        if not (dispute.state == DisputeState.ARBITRATION and dispute.three_arbitrators):
            raise ValidationError(NOT_THREE)
        name = _nominee_ok(name, legal_practitioner)
        if by_registrar and today <= dispute.nomination_due_on:
            raise ValidationError(TOO_EARLY, params={"last": f"{dispute.nomination_due_on:%d %b %Y}"})
        if dispute.arbitrators.filter(for_party=for_party).exists():
            raise ValidationError(ALREADY)
        arbitrator = Arbitrator.objects.create(
            dispute=dispute, name=name, for_party=for_party, nominated_on=today,
            nominated_by=Arbitrator.NominatedBy.REGISTRAR_FOR_PARTY if by_registrar else for_party)
        activity.record(AppealAction.ARBITRATOR_NOMINATED, actor=actor, society=dispute.society, target=dispute,
                        data={"number": dispute.number, "for": for_party, "by_registrar": by_registrar})
    return arbitrator


def dispute_award(*, dispute_id: int, actor, text: str, today: date, amount: Decimal | None = None) -> Dispute:
    """The award (or decision) is an order of the register; a money award is raised as dues payable to the
    claimant by the respondent."""
    text = (text or "").strip()
    with transaction.atomic():
        dispute = _lock(dispute_id, actor)
        if dispute.state == DisputeState.REFERRED:
            raise ValidationError(NOT_DECIDING)
        if dispute.three_arbitrators and dispute.arbitrators.count() < 3:
            raise ValidationError(PANEL_INCOMPLETE)
        if not text:
            raise ValidationError({"text": AWARD_TEXT})
        order = order_issue(kind=kinds.AWARD.code, made_on=today, target=dispute, society=dispute.society,
                            officer=actor, communicated_on=today,
                            subject=order_subject(dispute.society.name, f"{dispute.number}: award"))
        dispute.make_award(order=order, text=text, amount=amount, on=today)
        if amount:
            dispute.due = due_raise(
                actor=actor, kind=DueKind.OTHER, principal=amount, raised_on=today, due_by=today + timedelta(days=30),
                today=today, society_id=dispute.society_id, person_user=dispute.respondent,
                person_name="" if dispute.respondent_id else dispute.respondent_name,
                person_address="" if dispute.respondent_id else dispute.society.address,
                claimant_name=dispute.claimant_name, order_number=order.number,
                note=f"Award in dispute {dispute.number} (s.93)")
        dispute.save()
        activity.record(AppealAction.AWARD_MADE, actor=actor, society=dispute.society, target=dispute,
                        data={"number": dispute.number, "order": order.number, "amount": amount})
    return dispute
