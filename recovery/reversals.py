"""The reversal of a demand certificate set aside on review or appeal (appeals.reversals, issue 23 point 4): the
certificate is cancelled, so its loan is free for a fresh one (cdc_one_per_loan), and the interest stops; payments
already received stay in the ledger (a refund is a separate order). order_reverse writes the activity entries
(orders.set_aside and appeals.effect_reversed, naming the certificate's own recovery.certificate_granted)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from appeals.reversals import reversal_for

from .models import Certificate, CertState
from .orders import CERTIFICATE

PAID_ALREADY = _("The certificate is paid and closed: a refund is ordered separately, not by setting it aside.")
SUMMARY = _("Demand certificate %(number)s cancelled; the loan is free for a fresh certificate.")


@reversal_for(CERTIFICATE.code, description=_("The demand certificate is cancelled and its loan freed."))
def demand_certificate_cancelled(order, *, by, actor, today) -> str:
    from .services.decision import certificate_cancel

    certificate = Certificate.objects.select_for_update(of=("self",)).get(pk=order.target_id)
    if certificate.state == CertState.PAID:
        raise ValidationError(PAID_ALREADY)
    certificate_cancel(certificate, on=today, actor=actor, log=False)
    return gettext(SUMMARY) % {"number": order.number}
