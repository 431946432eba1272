"""Activity codes of the register of orders."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class OrderAction(models.TextChoices):
    COMMUNICATION_RECORDED = "orders.communication_recorded", _("Date of communication of an order recorded")
    SET_ASIDE = "orders.set_aside", _("Order set aside")
    STAY_GRANTED = "orders.stay_granted", _("Order stayed (s.111(4))")
    STAY_VACATED = "orders.stay_vacated", _("Stay of an order vacated")
    TOOK_EFFECT = "orders.took_effect", _("Order took effect")
    CASES_TRANSFERRED = "orders.cases_transferred", _("Officer's open cases moved to the successor")
    VERIFIED = "orders.verified", _("Order verified online")
