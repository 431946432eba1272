"""Activity codes of societies and their registration."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class SocietyAction(models.TextChoices):
    SECRETARY_GRANTED = "societies.secretary_granted", _("Secretary appointed")
    SECRETARY_REVOKED = "societies.secretary_revoked", _("Secretary replaced")
