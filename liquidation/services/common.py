"""What the cancellation services share: the locked case, the permission check, dates in messages."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from registrar.capabilities import Act, may

from ..models import WindingUp

NOT_ALLOWED = _("You may not do this for a society outside your jurisdiction or rank.")
WRONG_STATE = _("That cannot be done at this stage of the case (%(state)s).")


def d(day) -> str:
    return f"{day:%d %b %Y}" if day else ""


def lock(winding_up_id: int) -> WindingUp:
    return (WindingUp.objects.select_for_update(of=("self",))
            .select_related("society", "district", "cancellation_order", "liquidator").get(pk=winding_up_id))


def check(actor, district_id) -> None:
    if not may(actor, Act.ORDER_CANCELLATION, district_id):
        raise PermissionDenied(NOT_ALLOWED)
