"""Reversal of a cancellation set aside on appeal (s.94(5); appeals.reversals), until liquidation lands.

A cancellation takes effect two months after publication (s.94(4)) through its own order-effect clock, which
sweeps only orders in force: set aside before that day (or while a stay held it), the effect simply never falls,
and the society's status is untouched. Once the effect has fallen, undoing it (the liquidator, the claims) is
liquidation's, which will replace this function with its own `@reversal_for` when it lands; until then the
outcome is refused with that reason rather than half done.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..orders import CANCELLATION
from ..reversals import reversal_for

TOOK_EFFECT = _("The cancellation took effect on %(on)s; undoing a cancellation in force (the liquidation) is not "
                "available yet. Record the appellate order on paper and tell the Directorate.")
SUMMARY = _("The cancellation had not taken effect; set aside, it never will, and the society stays registered.")


@reversal_for(CANCELLATION.code, description=_("A cancellation that has not yet taken effect never takes effect."))
def cancellation_reversed(order, *, by, actor, today) -> str:
    if order.took_effect_on is not None:
        raise ValidationError(TOOK_EFFECT, params={"on": f"{order.took_effect_on:%d %b %Y}"})
    return gettext(SUMMARY)
