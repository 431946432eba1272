"""Reversals of registration decisions (ss.10(2), 11) set aside on review or appeal (appeals.reversals).

- A refusal set aside: the application returns to scrutiny (the same transition as a review within 60 days,
  RegistrationApplication.reopen_on_review; ADR 0006: never deemed registered on its old clock), and the
  officer decides afresh.
- A certificate of registration set aside: the society's registration is set aside (legal status
  registration_set_aside, the same state a rectification reaches, ADR 0007), and supervision closes the
  society's clocks through the same signal (registration_corrected, set_aside=True).
A deemed registration is the Act's effect, not an order: it is rectified, not appealed (registrar.rectification).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from orders import kinds as order_kinds
from societies.choices import LegalStatus
from societies.models import Society
from societies.registration.models import AppState, RegistrationApplication
from societies.registration.rectifiers import registration_corrected

from ..reversals import reversal_for

NOT_REFUSED_NOW = _("The application is no longer refused (it is %(state)s): there is no refusal to reverse.")
NOT_REGISTERED_NOW = _("The society is no longer registered (%(status)s): there is no registration to set aside.")
SUMMARY_REFUSAL = _("Refusal set aside: application %(ack)s returns to scrutiny for a fresh decision.")
SUMMARY_CERTIFICATE = _("Registration of %(name)s (%(number)s) set aside.")


@reversal_for(order_kinds.REFUSAL.code, description=_("The refused application returns to scrutiny."))
def refusal_reversed(order, *, by, actor, today) -> str:
    application = RegistrationApplication.objects.select_for_update(of=("self",)).get(pk=order.target_id)
    if application.state != AppState.REFUSED:
        raise ValidationError(NOT_REFUSED_NOW, params={"state": application.get_state_display()})
    application.reopen_on_review()
    application.save()
    return gettext(SUMMARY_REFUSAL) % {"ack": application.acknowledgement_number or application.pk}


@reversal_for(order_kinds.CERTIFICATE.code, description=_("The society's registration is set aside."))
def registration_reversed(order, *, by, actor, today) -> str:
    society = Society.objects.select_for_update(of=("self",)).get(pk=order.society_id)
    if society.legal_status != LegalStatus.REGISTERED:
        raise ValidationError(NOT_REGISTERED_NOW, params={"status": society.get_legal_status_display()})
    Society.objects.filter(pk=society.pk).update(legal_status=LegalStatus.REGISTRATION_SET_ASIDE,
                                                 banking_blocked=False)
    registration_corrected.send(sender=Society, society=Society.objects.get(pk=society.pk),
                                previous_registered_on=society.registered_on, set_aside=True, order=by, today=today)
    return gettext(SUMMARY_CERTIFICATE) % {"name": society.name, "number": society.registration_number}
