"""Rectifiers of registration's automatic effects (registrar.rectification; ADR 0007).

Deemed registration (proviso to s.11) fires when no certificate or refusal was *recorded* as dispatched by the
last day. If one was in fact dispatched by then and only entered late, a Registrar's order sets the deemed
registration aside:
- a certificate: the society stays registered, now by certificate, dated the real dispatch date (the
  registration number and the certificate's QR token are kept; the certificate row becomes a certificate of
  registration, since a society has one certificate row);
- a refusal: the application returns to refused with the real dispatch date, and the deemed society is set
  aside (legal status `registration_set_aside`); the record stays, for the log and the timeline.

In the register of orders (orders.Order): for a refusal, the deemed certificate's Order is set aside by the
rectification's Order (so /verify/ says "set aside by RCS/RECT/...") and the refusal enters the register, made
and communicated on the real dispatch date, with no officer named (the order records who found it, not who
signed the refusal). For a certificate, the certificate stands and keeps its number and token, so its Order is
corrected in place like the Certificate row: it becomes a certificate of registration made and communicated on
the real date (the rectification's own Order and its activity entry are the record of the correction).

Either way `registration_corrected` is sent inside the transaction, so that domains holding clocks counted from
the registration date (supervision's promoter Board, first financial year) re-count or close them atomically::

    @receiver(registration_corrected)
    def _recount(sender, *, society, previous_registered_on, set_aside, order, today, **kwargs): ...

`society` is the updated, locked row (`registered_on` is the new date unless `set_aside`).
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.dispatch import Signal
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from orders import kinds as order_kinds
from orders.models import Order
from orders.naming import order_subject
from orders.services import order_for, order_issue, order_set_aside
from registrar.rectification import rectifier
from societies.actions import SocietyAction
from societies.choices import LegalStatus, RegistrationKind
from societies.models import Society

from .models import AppState, Certificate, RegistrationApplication

registration_corrected = Signal()

CERTIFICATE = "certificate"
REFUSAL = "refusal"

NOT_DEEMED_NOW = _("The application is no longer deemed registered: there is nothing to set aside.")
AFTER_LAST_DAY = _("The real dispatch date %(real)s is after the last day for a decision (%(last)s): the society "
                   "was rightly deemed registered.")
BEFORE_RECEIPT = _("The real dispatch date %(real)s is before the application was received (%(received)s).")
NO_HEARING = _("No hearing was scheduled on this application: a refusal cannot have been made without hearing "
               "the applicants (proviso to s.10(2)).")
BEFORE_HEARING = _("The real dispatch date %(real)s is before the hearing on %(hearing)s: a refusal follows the "
                   "hearing (proviso to s.10(2)).")
SOCIETY_NOT_REGISTERED = _("The society's legal status is no longer “registered”; set the deemed registration "
                           "aside only while it stands.")

SUMMARY_CERTIFICATE = _("Deemed registration set aside: the certificate of registration was dispatched on %(real)s, "
                        "so %(name)s is registered by certificate from that date (registration number %(reg)s kept).")
SUMMARY_REFUSAL = _("Deemed registration set aside: the refusal was dispatched on %(real)s, so the application "
                    "%(ack)s stands refused and %(name)s is not a registered society.")
REFUSAL_REASONS = _("Refusal dispatched on %(real)s, recorded by rectification order %(number)s: %(reasons)s")


def _d(day: date) -> str:
    return f"{day:%d %b %Y}"


def _deemed_certificate_order(society) -> Order | None:
    """The register's entry of the society's system certificate, locked (None before the register existed)."""
    certificate = Certificate.objects.filter(society=society).first()
    if certificate is None:
        return None
    found = order_for(certificate, order_kinds.DEEMED_CERTIFICATE.code)
    return Order.objects.select_for_update(of=("self",)).get(pk=found.pk) if found is not None else None


@rectifier(
    SocietyAction.DEEMED_REGISTERED,
    description=_("Deemed registration (proviso to s.11): the certificate or refusal was in fact dispatched by "
                  "the last day for a decision but recorded late."),
    outcomes=[(CERTIFICATE, _("A certificate of registration was dispatched")),
              (REFUSAL, _("A refusal order was dispatched"))],
)
def deemed_registration_set_aside(entry, *, real_date: date, order, actor, today: date) -> str:
    society = Society.objects.select_for_update(of=("self",)).get(pk=entry.society_id)
    application = RegistrationApplication.objects.select_for_update(of=("self",)).get(society=society)
    if application.state != AppState.DEEMED_REGISTERED:
        raise ValidationError(NOT_DEEMED_NOW)
    if society.legal_status != LegalStatus.REGISTERED:
        raise ValidationError(SOCIETY_NOT_REGISTERED)
    if real_date > application.decision_due_on:
        raise ValidationError(AFTER_LAST_DAY, params={"real": _d(real_date), "last": _d(application.decision_due_on)})
    if real_date < application.received_on:
        raise ValidationError(BEFORE_RECEIPT, params={"real": _d(real_date), "received": _d(application.received_on)})

    apps = RegistrationApplication.objects.filter(pk=application.pk)
    if order.outcome == REFUSAL:
        if application.hearing_on is None:
            raise ValidationError(NO_HEARING)
        if real_date < application.hearing_on:
            raise ValidationError(BEFORE_HEARING, params={"real": _d(real_date), "hearing": _d(application.hearing_on)})
        reasons = gettext(REFUSAL_REASONS) % {"real": _d(real_date), "number": order.number, "reasons": order.reasons}
        # The FSM fields are protected and the model declares no deemed -> refused transition (only this order
        # may make it), so the change is a guarded UPDATE of rows locked above.
        apps.update(state=AppState.REFUSED, dispatched_on=real_date, decided_on=real_date, deemed_on=None,
                    refusal_reasons=reasons)
        rectification = order_for(order, order_kinds.RECTIFICATION.code)
        deemed = _deemed_certificate_order(society)
        if deemed is not None and rectification is not None:
            order_set_aside(deemed, by=rectification, on=today, actor=actor)
        order_issue(kind=order_kinds.REFUSAL.code, made_on=real_date, communicated_on=real_date,
                    target=application, district=application.district,
                    subject=order_subject(application.proposed_name, application.acknowledgement_number or ""))
        Society.objects.filter(pk=society.pk).update(legal_status=LegalStatus.REGISTRATION_SET_ASIDE,
                                                     banking_blocked=False)
        registration_corrected.send(sender=Society, society=Society.objects.get(pk=society.pk),
                                    previous_registered_on=society.registered_on, set_aside=True, order=order,
                                    today=today)
        return gettext(SUMMARY_REFUSAL) % {"real": _d(real_date), "ack": application.acknowledgement_number,
                                           "name": society.name}

    apps.update(state=AppState.REGISTERED, dispatched_on=real_date, decided_on=real_date, deemed_on=None)
    previous = society.registered_on
    society.registered_on = real_date
    society.registration_kind = RegistrationKind.CERTIFICATE
    society.banking_blocked = False  # a certificate for a bank is issued only after RBI/NABARD clearance
    society.save(update_fields=["registered_on", "registration_kind", "banking_blocked"])
    Certificate.objects.filter(society=society).update(is_deemed=False, issued_on=real_date)
    deemed = _deemed_certificate_order(society)
    if deemed is not None:
        kind = order_kinds.CERTIFICATE
        Order.objects.filter(pk=deemed.pk).update(
            kind=kind.code, section=kind.section, rule_id=kind.rule_id, decides=kind.decides,
            reviewable=kind.reviewable, appealable=kind.appealable, made_on=real_date, communicated_on=real_date,
            communication_recorded=True)
    registration_corrected.send(sender=Society, society=society, previous_registered_on=previous, set_aside=False,
                                order=order, today=today)
    return gettext(SUMMARY_CERTIFICATE) % {"real": _d(real_date), "name": society.name,
                                           "reg": society.registration_number}
