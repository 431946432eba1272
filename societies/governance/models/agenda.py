"""The agenda of a general meeting: its items, and the reports a society must place before it (an inquiry report,
s.87(5); an inspection report with the action-taken report, s.88(4)). Governance knows reports only as content
types: the modules that make them register a source (societies.governance.agenda)."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .meetings import GeneralMeeting


class AgendaItem(models.Model):
    meeting = models.ForeignKey(GeneralMeeting, on_delete=models.PROTECT, related_name="agenda_items")
    position = models.PositiveSmallIntegerField(_("item"))
    text = models.CharField(_("item of business"), max_length=300)
    # A report placed before the meeting (inquiry_report_before_next_gm, inspection_report_before_next_agm).
    report_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    report_id = models.PositiveBigIntegerField(null=True, blank=True)
    report = GenericForeignKey("report_type", "report_id")

    class Meta:
        ordering = ["meeting", "position"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "position"], name="agenda_item_position_unique"),
            models.UniqueConstraint(fields=["meeting", "report_type", "report_id"],
                                    condition=Q(report_id__isnull=False), name="agenda_report_once_per_meeting"),
        ]
        indexes = [models.Index(fields=["report_type", "report_id"], name="agenda_report_idx")]

    def __str__(self):
        return f"{self.position}. {self.text}"
