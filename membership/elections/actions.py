"""Activity codes of Board elections (registrar.actions vocabulary)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class ElectionAction(models.TextChoices):
    ANNOUNCED = "membership.election_announced", _("Board election announced")
    CANDIDATE_SCRUTINISED = "membership.election_candidate_scrutinised", _("Nomination entered and scrutinised")
    COUNTS_RECORDED = "membership.election_counts_recorded", _("Election counts recorded")
    RESULT_DECLARED = "membership.election_result_declared", _("Election result declared")
    DEMO_SEEDED = "membership.demo_elections_seeded", _("Demo Board elections seeded")
