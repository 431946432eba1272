"""What the cancellation part registers at start-up (imported by LiquidationConfig.ready): activity codes, order
kinds, the effect clock, the appeal receiver, the reversal and rectifier, the change-feed events, the nav item."""

from django.utils.translation import gettext_lazy as _

from openregister.feed import PublicChange, public_change
from registrar.dashboard import office_nav_item

from . import actions, clocks, orders  # noqa: F401
from .services import appeal  # noqa: F401  (receiver, @reversal_for, @rectifier)


def _published(entry):
    data = entry.data or {}
    return {"order": data.get("number", ""), "gazette_number": data.get("gazette_number", ""),
            "published_on": data.get("published_on"), "appeal_last_day": data.get("appeal_last_day")}


def _took_effect(entry):
    data = entry.data or {}
    return {"order": data.get("number", ""), "took_effect_on": data.get("took_effect_on")}


public_change(PublicChange(actions.CancellationAction.CANCELLATION_ORDERED, "cancellation_ordered",
                           describe=lambda e: {"order": (e.data or {}).get("number", "")}))
public_change(PublicChange(actions.CancellationAction.GAZETTE_PUBLISHED, "cancellation_published",
                           describe=_published))
public_change(PublicChange(actions.CancellationAction.TOOK_EFFECT, "cancellation_took_effect",
                           describe=_took_effect))
public_change(PublicChange(actions.CancellationAction.CONFIRMED, "cancellation_took_effect",
                           describe=_took_effect))

office_nav_item(_("Winding up"), "office_liquidation_list", order=10, group="liquidation")
