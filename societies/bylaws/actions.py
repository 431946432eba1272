"""Activity codes of bye-laws and their amendments."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class ByeLawAction(models.TextChoices):
    VERSION_RECORDED = "bylaws.version_recorded", _("Registered bye-laws recorded (PDF or text)")
    VERSION_TRANSCRIBED = "bylaws.version_transcribed", _("Bye-laws transcribed clause by clause")
    AMENDMENT_FILED = "bylaws.amendment_filed", _("Bye-law amendment filed (s.12)")
    RECONSIDERATION_DIRECTED = "bylaws.reconsideration_directed", _("Society directed to reconsider (s.12(7))")
    REPLY_RECEIVED = "bylaws.reply_received", _("Society's reply on reconsideration received")
    REPLY_PERIOD_EXPIRED = "bylaws.reply_period_expired", _("Period to reconsider ended without a reply")
    AMENDMENT_REGISTERED = "bylaws.amendment_registered", _("Bye-law amendment registered")
    AMENDMENT_REFUSED = "bylaws.amendment_refused", _("Bye-law amendment refused")
    ADDRESS_NOTICE_GIVEN = "bylaws.address_notice_given", _("Notice of the new address given (s.68)")
