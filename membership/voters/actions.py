"""Activity codes of voter lists (registrar.actions vocabulary)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class VoterListAction(models.TextChoices):
    DUTY_OPENED = "membership.voter_list_due", _("Voter lists due for the year")
    PROVISIONAL_AFFIXED = "membership.voter_list_provisional_affixed", _("Provisional voter lists affixed")
    OBJECTION_FILED = "membership.voter_objection_filed", _("Objection to the voter list filed")
    OBJECTION_DECIDED = "membership.voter_objection_decided", _("Board decided an objection to the voter list")
    FINAL_AFFIXED = "membership.voter_list_final_affixed", _("Final voter lists affixed")
    DEMO_SEEDED = "membership.voter_lists_demo_seeded", _("Demo voter lists seeded")
