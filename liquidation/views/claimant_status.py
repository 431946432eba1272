"""A claimant's private view of his own claim (ADR 0055): the link carries the claim's secret token (256 bits
from `secrets`), the only key; nothing else identifies or lists claims, so there is nothing to enumerate, and a
depositor needs no portal account. The page shows that claim's status only: no other claimant, no member."""

from django.http import Http404
from django.shortcuts import render

from ..models import Claim


def claim_status(request, token):
    if len(token) > 64:
        raise Http404("No such claim.")
    claim = Claim.objects.filter(token=token).select_related("winding_up__society").first()
    if claim is None:
        raise Http404("No such claim.")
    response = render(request, "liquidation/workspace/claim_status.html", {"claim": claim,
                                                                           "society": claim.winding_up.society})
    response["Referrer-Policy"] = "no-referrer"  # the token must not leak to another site through a link
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    return response
