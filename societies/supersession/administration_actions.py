"""Activity codes of the administrators' part of a supersession (registrar.actions vocabulary)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class AdministrationAction(models.TextChoices):
    PERIOD_EXTENDED = "supersession.period_extended", _("Administrators' period extended (s.140(2))")
    ENDED_BY_ELECTION = "supersession.ended_by_election", _("Supersession ended: a new Board elected")
    DIRECTORS_BARRED = "supersession.directors_barred", _("Superseded directors barred for five years (s.140(3))")
    BREACH_FLAGGED = "supersession.breach_flagged", _("Board-ending default flagged during the supersession")
    DEMO_SEEDED = "supersession.demo_seeded", _("Demo supersessions seeded")
