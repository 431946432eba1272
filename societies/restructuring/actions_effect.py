"""Activity codes of the conditions before effect and the effect of a scheme (helper R2's part of issue 17; the
scheme's recording, notices and options declare theirs beside these)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class EffectAction(models.TextChoices):
    SUCCESSOR_APPLIED = "restructuring.successor_applied", _("Successor's registration application entered")
    SUCCESSOR_REGISTERED = "restructuring.successor_registered", _("Successor society registered")
    CLAIM_MET = "restructuring.claim_met", _("Withdrawing member's share or creditor's claim paid")
    SCHEME_APPROVED = "restructuring.scheme_approved", _("Scheme approved by the Registrar")
    SCHEME_TOOK_EFFECT = "restructuring.scheme_took_effect", _("Scheme took effect")
    # One per old society, with its successors: the public change feed's event (openregister.feed).
    SOCIETY_RESTRUCTURED = "restructuring.society_restructured", _("Society divided, amalgamated or merged")
