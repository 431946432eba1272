"""Activity codes of division, amalgamation and merger (ss.13-15): the scheme, its notices and the options.

The approval order, the successors' registrations and the effect declare theirs in actions_effect.py."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class SchemeAction(models.TextChoices):
    SCHEME_FILED = "restructuring.scheme_filed", _("Scheme of division, amalgamation or merger recorded")
    BANK_SANCTION_RECORDED = "restructuring.bank_sanction_recorded", _("RBI/NABARD sanction recorded (s.116)")
    NOTICES_PREPARED = "restructuring.notices_prepared", _("Notices of the scheme prepared for the members")
    CREDITOR_ADDED = "restructuring.creditor_added", _("Creditor added to the scheme's notices")
    CREDITORS_IMPORTED = "restructuring.creditors_imported", _("Creditors imported from a file")
    VOTED_FOR_MARKED = "restructuring.voted_for_marked", _("Members who voted for the resolution marked")
    NOTICE_SERVED = "restructuring.notice_served", _("Service of a notice of the scheme recorded")
    OPTION_RECORDED = "restructuring.option_recorded", _("Member's or creditor's option recorded")
    ASSENT_DEEMED = "restructuring.assent_deemed", _("Deemed to have assented (no option within 30 days)")
    WINDOWS_CLOSED = "restructuring.windows_closed", _("Every option window of the scheme has closed")
    SCHEME_WITHDRAWN = "restructuring.scheme_withdrawn", _("Scheme withdrawn by the society")
