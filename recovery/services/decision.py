"""From requisition to certificate and its time to pay: hearing notice, hearing record, reasoned order, the
Cooperative Demand Certificate (Schedule C), service, extension, default (the clock), cancellation."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from dues.models import Due
from dues.services import due_raise
from orders.services import order_issue
from registrar import activity, bounds
from registrar.holidays import holidays_around
from registrar.l10n import ascii_digits, money

from .. import orders, permissions, rules
from ..actions import RecoveryAction
from ..models import Certificate, CertState, Extension, Hearing, ReqState, Requisition
from .filing import loan_problems

NOT_OPEN = _("This requisition is no longer open: it was %(state)s.")
HEARING_PAST = _("A hearing is fixed for today or a later day.")
HEARING_NOT_YET = _("The hearing of %(day)s cannot be recorded before it is held.")
HEARING_RECORDED = _("This hearing is already recorded.")
APPEARANCE_NEEDED = _("Record whether the debtor appeared.")
NO_HEARING = _("The debtor must be heard before the requisition is decided (s.102(1)): record a hearing first.")
REASONS_NEEDED = _("Give the reasons of the order: a certificate without a reasoned order does not survive in court.")
NOT_GRANTED = _("Only a granted certificate not yet served can be served.")
SERVED_IN_FUTURE = _("The certificate cannot be served after today.")
SERVED_BEFORE = _("The certificate cannot be served before it was granted (%(day)s).")
REFERENCE_NEEDED = _("Give the process-server's or registered-post reference of the service.")
NOT_SERVED = _("Time to pay can be extended only on a served certificate not in default.")
EXTENSION_CAP = _("The time to pay can be extended by at most 30 days in all (s.114(5)); %(room)s day(s) remain.")
EXTENSION_LATE = _("The time to pay ended on %(day)s: it cannot be extended after it has run out.")
EXTENSION_DAYS = _("Give the number of days (at least 1).")
EXTENSION_REASONS = _("The reasons for the extension must be recorded (s.114(5)).")
NOT_CANCELLABLE = _("Only a certificate not paid can be set aside.")


def _lock_requisition(pk) -> Requisition:
    return Requisition.objects.select_for_update(of=("self",)).select_related("district", "claimant").get(pk=pk)


def _lock_certificate(pk) -> Certificate:
    return (Certificate.objects.select_for_update(of=("self",))
            .select_related("district", "requisition", "order", "due").get(pk=pk))


def _open(requisition):
    if requisition.state not in (ReqState.RECEIVED, ReqState.HEARING):
        raise ValidationError(NOT_OPEN, params={"state": requisition.get_state_display().lower()})


def hearing_fix(*, requisition_id: int, actor, hearing_on: date, place: str, today: date) -> Hearing:
    """The hearing notice to the debtor (s.102(1)): a letter in the register, dated, with the place."""
    with transaction.atomic():
        requisition = _lock_requisition(requisition_id)
        permissions.require_office(actor, requisition.district_id)
        _open(requisition)
        if hearing_on < today:
            raise ValidationError({"hearing_on": HEARING_PAST})
        bounds.check_act_date(hearing_on, today=today, ahead_years=1)
        notice = order_issue(kind=orders.HEARING_NOTICE.code, made_on=today, district=requisition.district,
                             society=requisition.debtor_society, officer=actor,
                             subject=f"{requisition.number}: hearing of {requisition.debtor_name}")
        hearing = Hearing.objects.create(requisition=requisition, hearing_on=hearing_on,
                                         place=place.strip()[:200], notice=notice)
        notice.target = hearing
        notice.save(update_fields=["target_type", "target_id"])
        requisition.state = ReqState.HEARING
        requisition.save(update_fields=["state"])
        activity.record(RecoveryAction.HEARING_FIXED, actor=actor, society=requisition.debtor_society,
                        target=requisition, data={"hearing_on": hearing_on, "notice": notice.number})
    return hearing


def hearing_record(*, hearing_id: int, actor, appearance: str, statements: str, documents_seen: str,
                   today: date) -> Hearing:
    with transaction.atomic():
        hearing = Hearing.objects.select_for_update().select_related("requisition").get(pk=hearing_id)
        requisition = hearing.requisition
        permissions.require_office(actor, requisition.district_id)
        _open(requisition)
        if hearing.recorded_on is not None:
            raise ValidationError(HEARING_RECORDED)
        if hearing.hearing_on > today:
            raise ValidationError(HEARING_NOT_YET, params={"day": bounds.long_date(hearing.hearing_on)})
        if appearance not in Hearing.Appearance.values:
            raise ValidationError({"appearance": APPEARANCE_NEEDED})
        hearing.appearance, hearing.statements = appearance, statements.strip()
        hearing.documents_seen, hearing.recorded_on, hearing.recorded_by = documents_seen.strip(), today, actor
        hearing.save()
        activity.record(RecoveryAction.HEARING_RECORDED, actor=actor, society=requisition.debtor_society,
                        target=requisition, data={"hearing_on": hearing.hearing_on, "appearance": appearance})
    return hearing


def requisition_refuse(*, requisition_id: int, actor, reasons: str, today: date) -> Requisition:
    with transaction.atomic():
        requisition = _lock_requisition(requisition_id)
        permissions.require_office(actor, requisition.district_id)
        _open(requisition)
        _check_heard(requisition, reasons)
        order = order_issue(kind=orders.REFUSAL.code, made_on=today, district=requisition.district,
                            society=requisition.debtor_society, officer=actor, target=requisition,
                            subject=f"{requisition.number}: certificate refused")
        requisition.state, requisition.decided_on, requisition.reasons = ReqState.REFUSED, today, reasons.strip()
        requisition.save(update_fields=["state", "decided_on", "reasons"])
        activity.record(RecoveryAction.REQUISITION_REFUSED, actor=actor, society=requisition.debtor_society,
                        target=requisition, data={"order": order.number})
    return requisition


def _check_heard(requisition, reasons):
    errors = {}
    if not requisition.hearings.filter(recorded_on__isnull=False).exists():
        errors["__all__"] = [NO_HEARING]
    if not (reasons or "").strip():
        errors["reasons"] = [REASONS_NEEDED]
    if errors:
        raise ValidationError(errors)


def certificate_grant(*, requisition_id: int, actor, reasons: str, today: date) -> Certificate:
    """The reasoned order and the Cooperative Demand Certificate in the form of Schedule C (s.114), signed by
    the Registrar or an officer holding a Delegation in force. Refused when another certificate stands on the
    loan (cdc_one_per_loan). The amount becomes a due in the ledger (payments, interest to realisation), unless
    the requisition came from the ledger, whose due it then is."""
    with transaction.atomic():
        requisition = _lock_requisition(requisition_id)
        permissions.require_office(actor, requisition.district_id)
        may_sign, delegation = permissions.signing_delegation(actor, requisition.district_id, today)
        if not may_sign:
            raise ValidationError(permissions.MAY_NOT_SIGN)
        _open(requisition)
        _check_heard(requisition, reasons)
        problems = loan_problems(requisition.loan_key, exclude_requisition=requisition.pk)
        if problems:
            raise ValidationError(problems)
        order = order_issue(kind=orders.CERTIFICATE.code, made_on=today, district=requisition.district,
                            society=requisition.debtor_society, officer=actor,
                            subject=f"{requisition.number}: ₹{ascii_digits(money(requisition.principal))} — "
                                    f"{requisition.debtor_name}")
        due, costs_due = requisition.due, None
        if due is None:
            due = due_raise(actor=actor, kind=Due.Kind.OTHER, principal=requisition.principal, raised_on=today,
                            due_by=today, today=today, person_name=requisition.debtor_name,
                            person_address=requisition.debtor_address, district_id=requisition.district_id,
                            claimant_name=requisition.claimant_name, order_number=order.number,
                            interest_rate=requisition.interest_rate, interest_from=requisition.interest_from,
                            note=f"Demand certificate {order.number} ({requisition.number})")
            if requisition.costs > 0:
                costs_due = due_raise(actor=actor, kind=Due.Kind.OTHER, principal=requisition.costs,
                                      raised_on=today, due_by=today, today=today,
                                      person_name=requisition.debtor_name,
                                      person_address=requisition.debtor_address,
                                      district_id=requisition.district_id, claimant_name=requisition.claimant_name,
                                      order_number=order.number, note=f"Costs of {order.number}")
        certificate = Certificate.objects.create(
            requisition=requisition, order=order, district=requisition.district, loan_key=requisition.loan_key,
            principal=requisition.principal, interest_rate=requisition.interest_rate,
            interest_from=requisition.interest_from, costs=requisition.costs, granted_on=today, signed_by=actor,
            delegation=delegation, due=due, costs_due=costs_due)
        order.target = certificate
        order.save(update_fields=["target_type", "target_id"])
        requisition.state, requisition.decided_on, requisition.reasons = ReqState.CERTIFIED, today, reasons.strip()
        requisition.save(update_fields=["state", "decided_on", "reasons"])
        activity.record(RecoveryAction.CERTIFICATE_GRANTED, actor=actor, society=requisition.debtor_society,
                        target=certificate, data={"number": order.number, "requisition": requisition.number,
                                                  "delegation": delegation.order_reference if delegation else "",
                                                  "principal": requisition.principal})
        from .notices import tell_claimant

        tell_claimant(certificate, granted=True)  # delivered to the claimant (issue 22 point 2)
    return certificate


def _set_last_day(certificate):
    certificate.pay_by = rules.payment_last_day(certificate.served_on, certificate.extension_days,
                                                holidays_around(certificate.served_on, 120))
    Due.objects.filter(pk__in=[d for d in (certificate.due_id, certificate.costs_due_id) if d]).update(
        due_by=certificate.pay_by)


def certificate_serve(*, certificate_id: int, actor, served_on: date, reference: str, today: date) -> Certificate:
    """Service of the certificate and the demand notice on the debtor: the 30 days of s.114(5) start
    (cdc_payment_30d)."""
    with transaction.atomic():
        certificate = _lock_certificate(certificate_id)
        permissions.require_office(actor, certificate.district_id)
        if certificate.state != CertState.GRANTED:
            raise ValidationError(NOT_GRANTED)
        if served_on > today:
            raise ValidationError({"served_on": SERVED_IN_FUTURE})
        if served_on < certificate.granted_on:
            raise ValidationError({"served_on": ValidationError(
                SERVED_BEFORE, params={"day": bounds.long_date(certificate.granted_on)})})
        if not reference.strip():
            raise ValidationError({"reference": REFERENCE_NEEDED})
        certificate.state, certificate.served_on = CertState.SERVED, served_on
        certificate.service_reference = reference.strip()[:80]
        _set_last_day(certificate)
        certificate.save()
        requisition = certificate.requisition
        notice = order_issue(kind=orders.DEMAND_NOTICE.code, made_on=certificate.granted_on,
                             district=certificate.district, society=requisition.debtor_society, officer=actor,
                             target=certificate, communicated_on=served_on, reference=certificate.service_reference,
                             subject=f"{certificate.order.number}: demand notice to {requisition.debtor_name}")
        activity.record(RecoveryAction.CERTIFICATE_SERVED, actor=actor, society=requisition.debtor_society,
                        target=certificate, data={"served_on": served_on, "pay_by": certificate.pay_by,
                                                  "notice": notice.number})
    return certificate


def certificate_extend(*, certificate_id: int, actor, days: int, reasons: str, today: date) -> Extension:
    """s.114(5): extend the time to pay, with recorded reasons, by at most 30 days in all (cdc_payment_30d)."""
    with transaction.atomic():
        certificate = _lock_certificate(certificate_id)
        permissions.require_office(actor, certificate.district_id)
        if certificate.state != CertState.SERVED:
            raise ValidationError(NOT_SERVED)
        if today > certificate.pay_by:
            raise ValidationError(EXTENSION_LATE, params={"day": bounds.long_date(certificate.pay_by)})
        if not days or days < 1:
            raise ValidationError({"days": EXTENSION_DAYS})
        room = rules.extension_room(certificate.extension_days)
        if days > room:
            raise ValidationError({"days": ValidationError(EXTENSION_CAP, params={"room": room})})
        if not reasons.strip():
            raise ValidationError({"reasons": EXTENSION_REASONS})
        certificate.extension_days += days
        _set_last_day(certificate)
        certificate.save(update_fields=["extension_days", "pay_by"])
        extension = Extension(certificate=certificate, days=days, reasons=reasons.strip(), granted_on=today,
                              granted_by=actor)
        extension.order = order_issue(
            kind=orders.EXTENSION.code, made_on=today, district=certificate.district,
            society=certificate.requisition.debtor_society, officer=actor,
            subject=f"{certificate.order.number}: time to pay extended by {days} day(s)")
        extension.save()
        extension.order.target = extension
        extension.order.save(update_fields=["target_type", "target_id"])
        activity.record(RecoveryAction.TIME_EXTENDED, actor=actor, society=certificate.requisition.debtor_society,
                        target=certificate, data={"days": days, "total": certificate.extension_days,
                                                  "pay_by": certificate.pay_by, "order": extension.order.number})
    return extension


def certificate_default(certificate: Certificate, today: date):
    """The clock's declared status change (recovery.clocks): the last day to pay has passed. Dated the day after
    the last day however late the sweep runs. Not a legal effect: execution and prosecution still need an
    officer's act (cdc_payment_30d is not automatic)."""
    certificate.state = CertState.IN_DEFAULT
    certificate.default_on = rules.default_day(certificate.pay_by)
    certificate.save(update_fields=["state", "default_on"])
    activity.record(RecoveryAction.CERTIFICATE_DEFAULTED, actor=None,
                    society=certificate.requisition.debtor_society, target=certificate,
                    data={"number": certificate.order.number, "default_on": certificate.default_on,
                          "pay_by": certificate.pay_by})
    return f"{certificate.order.number}: in default from {certificate.default_on:%d %b %Y}"


def certificate_cancel(certificate: Certificate, *, on: date, actor=None, log: bool = True) -> Certificate:
    """Set aside (on review or appeal): the certificate is cancelled and its loan is free for a fresh one. Called
    by the appeals reversal (recovery/reversals.py) with log=False: order_reverse writes the entries there."""
    certificate = _lock_certificate(certificate.pk)
    if certificate.state == CertState.PAID:
        raise ValidationError(NOT_CANCELLABLE)
    certificate.state, certificate.closed_on = CertState.SET_ASIDE, on
    certificate.save(update_fields=["state", "closed_on"])
    if log:
        activity.record(RecoveryAction.CERTIFICATE_CANCELLED, actor=actor,
                        society=certificate.requisition.debtor_society, target=certificate,
                        data={"number": certificate.order.number, "on": on})
    return certificate
