"""Telling the claimant: its invited users (parties grants on the Claimant) get an inbox entry and an e-mail."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from parties.models import PartyGrant
from registrar.notify import notify

GRANTED_SUBJECT = _("Demand certificate %(number)s granted on requisition %(requisition)s")
GRANTED_BODY = _("The Registrar of Co-operative Societies granted the Cooperative Demand Certificate %(number)s "
                 "against %(debtor)s on your requisition %(requisition)s. Open the portal to download it.")
CLOSED_SUBJECT = _("Demand certificate %(number)s paid in full")
CLOSED_BODY = _("The demand certificate %(number)s against %(debtor)s is paid in full and closed; a no-dues "
                "certificate (%(no_dues)s) is issued.")


def _users(claimant):
    if claimant is None:
        return []
    from ..models import Claimant

    grants = PartyGrant.objects.filter(content_type=ContentType.objects.get_for_model(Claimant),
                                       object_id=claimant.pk, active=True).select_related("user")
    return [g.user for g in grants]


def tell_claimant(certificate, granted=False) -> None:
    requisition = certificate.requisition
    params = {"number": certificate.order.number, "requisition": requisition.number,
              "debtor": requisition.debtor_name,
              "no_dues": certificate.closure.number if certificate.closure_id else ""}
    url = reverse("claimant_requisition", args=[requisition.claimant_id, requisition.pk]) \
        if requisition.claimant_id else ""
    for user in _users(requisition.claimant):
        notify(user, key=f"recovery:{'granted' if granted else 'closed'}:{certificate.pk}",
               subject=GRANTED_SUBJECT if granted else CLOSED_SUBJECT,
               body=GRANTED_BODY if granted else CLOSED_BODY, params=params, url=url)
