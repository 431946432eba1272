"""Who is told when the Registrar orders a society's registration cancelled (s.94(1)-(3), s.95(1)): the
liquidator named in the order takes charge forthwith, and the society's secretaries learn of the order and of the
members' appeal. Inbox and e-mail through registrar.notify (the outbox: sent after the order's transaction
commits, never lost); one notice per person per order (the key), however often this is called."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.l10n import display_date
from registrar.notify import notify
from registrar.selectors import secretaries_by_society

LIQUIDATOR_SUBJECT = _("You are appointed liquidator of %(society)s")
LIQUIDATOR_BODY = _(
    "By order %(number)s dated %(day)s the Registrar cancelled the registration of %(society)s and appointed you "
    "its liquidator (s.95(1)). Take custody of its property, books and records forthwith (s.95(2)); make no "
    "distribution before the order takes effect, and take no step while a stay is in force. The order takes "
    "effect two months after its publication in the Gazette if no member appeals (s.94(4)); the office's "
    "target for the Gazette notice is %(gazette_by)s.")
SECRETARY_SUBJECT = _("Cancellation of the registration of %(society)s ordered")
SECRETARY_BODY = _(
    "By order %(number)s dated %(day)s the Registrar cancelled the registration of %(society)s and appointed "
    "%(liquidator)s its liquidator. Hand over the property, books and records to the liquidator (s.95(2)). Any "
    "member may appeal within two months of the order's publication in the Gazette (s.94(5)); with no appeal, "
    "the order takes effect when those two months pass (s.94(4)).")


def notify_cancellation_order(case, order, *, gazette_by) -> None:
    """Tell the liquidator and the society's secretaries of the cancellation order (called inside the order's
    transaction; the e-mails leave after it commits, each with the link to the person's own page)."""
    society, liquidator = case.society, case.liquidator
    params = {"society": society.name, "number": order.number, "day": display_date(order.made_on),
              "gazette_by": display_date(gazette_by),
              "liquidator": liquidator.get_full_name() or liquidator.username}
    notify(liquidator, key=f"liquidation:appointed:{order.pk}", subject=LIQUIDATOR_SUBJECT, body=LIQUIDATOR_BODY,
           params=params, url=reverse("liquidator_home", args=[case.pk]))
    for secretary in secretaries_by_society([society.pk]).get(society.pk, []):
        notify(secretary, key=f"liquidation:ordered:{order.pk}", subject=SECRETARY_SUBJECT, body=SECRETARY_BODY,
               params=params, url=reverse("society_winding_up", args=[society.pk]))
