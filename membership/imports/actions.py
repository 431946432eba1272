"""Activity codes of the register import (registrar.actions vocabulary). The members an import enters are
logged in parts of LOG_PART members (their numbers), not one entry each: an activity entry costs a chain lock,
a head read and a hashed insert (about 2 ms on PostgreSQL here), which would more than double a 20,000-row
import; every entry still names each member's number, and each member's first version names the secretary."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register

LOG_PART = 500


@register
class ImportAction(models.TextChoices):
    MEMBERS_IMPORTED = "membership.members_imported", _("Members entered from the society's earlier register")
    REGISTER_IMPORTED = "membership.register_imported", _("Existing register of members imported")
