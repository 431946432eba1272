"""Public verification of any order by its token (/verify/<token>/, the QR code printed on every order).

It says whether the document is genuine (number, kind, who issued it, date made, society), whether it is still in
force, set aside (by which order, on what date) or stayed (since when), and nothing personal beyond what the order
itself publishes: no officer's name, no reasons, no subject text. No login. Like every page that reads no secret
it is not throttled (registrar.throttle guards only forms that check a secret or send an e-mail); a token is 32
random bytes, so guessing is no way in. Certificates issued before the register keep working through the
certificate's own token until they are migrated into it (orders/migrations/0002_existing_orders).
"""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from registrar import activity, clock
from registrar.models import Rank
from societies.actions import SocietyAction
from societies.models import Certificate
from societies.views import public as society_public

from .. import selectors
from ..actions import OrderAction
from ..kinds import (
    CERTIFICATE,
    DEEMED_CERTIFICATE,
    GOVERNMENT,
    ISSUER_LABELS,
    LIQUIDATOR,
    OFFICE,
    SOCIETY,
    get_kind,
)

NO_SUCH_ORDER = _(
    "No order, certificate, decision or letter entered in the register of the Registrar of Co-operative "
    "Societies, Assam, has this verification code. Do not rely on the document; you may report "
    "it to the district office."
)
CERTIFICATE_KINDS = frozenset({CERTIFICATE.code, DEEMED_CERTIFICATE.code})


def verify_order(request, token):
    token = token[:100]
    order = selectors.order_for_token(token)
    if order is None:
        if Certificate.objects.filter(token=token).exists():
            # A certificate issued before the register and not migrated yet: its own page.
            return society_public.verify_certificate(request, token)
        return render(request, "orders/public/verify_unknown.html", {"message": NO_SUCH_ORDER}, status=404)
    is_certificate = order.kind in CERTIFICATE_KINDS
    # Counted outside the chain (ADR 0031): one upsert per (code, order, day), no chained entry per anonymous GET.
    activity.tally(SocietyAction.CERTIFICATE_VERIFIED if is_certificate else OrderAction.VERIFIED,
                   society=order.society, target=order)
    today = clock.today()
    try:
        kind_label = get_kind(order.kind).label
    except KeyError:
        kind_label = order.kind
    society = order.society
    return render(request, "orders/public/verify.html", {
        "order": order, "kind_label": kind_label, "society": society, "today": today,
        "status": selectors.order_status(order, today),
        "issuer": order.issuer, "OFFICE": OFFICE, "SOCIETY": SOCIETY, "LIQUIDATOR": LIQUIDATOR,
        "GOVERNMENT": GOVERNMENT,
        "issuer_label": ISSUER_LABELS.get(order.issuer, ""),
        "rank_label": Rank(order.officer_rank).label if order.officer_rank in Rank.values else "",
        "is_certificate": is_certificate, "is_deemed": order.kind == DEEMED_CERTIFICATE.code,
        # Genuine is not the same as valid: a dissolved society's certificate, or one whose registration was set
        # aside by order, is void.
        "certificate_valid": bool(society) and society.legal_status not in society_public.CERTIFICATE_VOID_STATUSES,
    })
