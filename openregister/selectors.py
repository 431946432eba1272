"""Reads for the public register: the public orders of a society, the societies of a page."""

from django.urls import reverse

from orders.kinds import public_kind_codes
from orders.models import Order


def public_orders(society) -> list[Order]:
    """The society's orders of the public kinds (OrderKind.public), newest first, with their verification."""
    return list(Order.objects.filter(society=society, kind__in=public_kind_codes())
                .select_related("set_aside_by").order_by("-made_on", "-pk"))


def serialise_order(order: Order) -> dict:
    return {
        "number": order.number,
        "kind": order.kind,
        "section": order.section,
        "made_on": order.made_on.isoformat(),
        "communicated_on": order.communicated_on.isoformat() if order.communicated_on else None,
        "set_aside_on": order.set_aside_on.isoformat() if order.set_aside_on else None,
        "verify_url": reverse("verify_order", args=[order.token]),
    }
