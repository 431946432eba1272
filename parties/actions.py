"""Activity codes of outside parties: invitations, their acceptance, grants and their end, engagements."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class PartyAction(models.TextChoices):
    ENGAGEMENT_OPENED = "parties.engagement_opened", _("Engagement of an outside party opened")
    ENGAGEMENT_CLOSED = "parties.engagement_closed", _("Engagement of an outside party closed")
    INVITED = "parties.invited", _("Outside party invited to a case")
    INVITATION_ACCEPTED = "parties.invitation_accepted", _("Outside party accepted the invitation")
    INVITATION_WITHDRAWN = "parties.invitation_withdrawn", _("Invitation of an outside party withdrawn")
    INVITATION_LAPSED = "parties.invitation_lapsed", _("Invitation of an outside party lapsed unaccepted")
    GRANT_REVOKED = "parties.grant_revoked", _("Outside party's access to a case revoked")
    GRANT_ENDED = "parties.grant_ended", _("Outside party's access ended: the case closed")
