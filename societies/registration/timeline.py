"""Registration's history on a society's statutory timeline (registrar.timeline), and its rectifications.

The last days come from the clocks: the Registrar's 60 days from registration's clocks.py, the promoter Board's
year from the Board clock in societies/governance/clocks.py.

Both a deemed registration and the order that set it aside stay on the timeline (ADR 0007): the deemed date
reads "set aside by order …", and the order has its own row.
"""

from datetime import date

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registrar.models import RectificationOrder
from registrar.timeline import TimelineItem, event_item, timeline_source
from societies.actions import SocietyAction
from societies.choices import LegalStatus, RegistrationKind

from .models import RegistrationApplication

RECEIVED = _("Registration application %(ack)s received")
REGISTERED_BY_CERTIFICATE = _("Registered: certificate of registration dispatched (s.11)")
DEEMED = _("Deemed registered (proviso to s.11)")
DEEMED_SET_ASIDE = _("Deemed registered (proviso to s.11) — set aside by rectification order %(number)s")
REFUSAL_DISPATCHED = _("Refusal of registration dispatched (s.10(2))")
PROMOTER_BOARD_LAST_DAY = _("Last day of the promoter Board (s.35(1))")
ORDER_MADE = _("Rectification order %(number)s: “%(effect)s” set aside; real date %(real)s")


def _application(society):
    try:
        return society.application
    except RegistrationApplication.DoesNotExist:
        return None


@timeline_source("registration")
def registration_history(society, today: date) -> list[TimelineItem]:
    items: list[TimelineItem] = []
    application = _application(society)
    if application is not None and application.received_on:
        items.append(event_item(application.received_on, gettext(RECEIVED) % {
            "ack": application.acknowledgement_number}, today, rule_id="registration_certificate_60d"))
    orders = list(RectificationOrder.objects.filter(society=society).select_related("entry").order_by("pk"))
    for order in orders:
        if order.entry.action == SocietyAction.DEEMED_REGISTERED:
            deemed_on = date.fromisoformat(order.entry.data.get("deemed_on") or str(order.entry.at.date()))
            items.append(event_item(deemed_on, gettext(DEEMED_SET_ASIDE) % {"number": order.number}, today,
                                    rule_id="registration_deemed_60d"))
        items.append(event_item(order.made_on, gettext(ORDER_MADE) % {
            "number": order.number, "effect": order.entry.action_label, "real": f"{order.real_date:%d %b %Y}"},
            today))

    set_aside = society.legal_status == LegalStatus.REGISTRATION_SET_ASIDE
    if set_aside:
        if application is not None and application.dispatched_on:
            items.append(event_item(application.dispatched_on, REFUSAL_DISPATCHED, today,
                                    rule_id="registration_refusal_60d"))
        return items
    if society.registration_kind == RegistrationKind.DEEMED:
        items.append(event_item(society.registered_on, DEEMED, today, rule_id="registration_deemed_60d"))
    else:
        items.append(event_item(society.registered_on, REGISTERED_BY_CERTIFICATE, today,
                                rule_id="registration_certificate_60d"))
    return items
