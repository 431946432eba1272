"""Activity codes of inquiry and inspection."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class InquiryAction(models.TextChoices):
    APPLICATION_RECEIVED = "inquiry.application_received", _("Application for an inquiry received")
    OPENED_OWN_MOTION = "inquiry.opened_own_motion", _("Inquiry opened by the Registrar (s.125, s.126)")
    ORDERED = "inquiry.ordered", _("Inquiry ordered")
    REJECTED = "inquiry.rejected", _("Application for an inquiry rejected")
    DELAY_RECORDED = "inquiry.delay_recorded", _("Reasons for an inquiry's delay recorded and sent")
    COMPLETED = "inquiry.completed", _("Inquiry completed")
    REPORT_COMMUNICATED = "inquiry.report_communicated", _("Inquiry report communicated")
    REPORT_PLACED = "inquiry.report_placed", _("Inquiry or inspection report placed before a general meeting")
    COPY_REQUESTED = "inquiry.copy_requested", _("Copy of a report requested on a fee")
    INSPECTION_REQUESTED = "inquiry.inspection_requested", _("Creditor's application for inspection received")
    INSPECTION_PRECONDITION = "inquiry.inspection_precondition", _("Precondition of a creditor's inspection recorded")
    INSPECTION_ORDERED = "inquiry.inspection_ordered", _("Inspection ordered")
    INSPECTION_FINDING = "inquiry.inspection_finding", _("Inspection finding recorded")
    OBJECTIONS_CARRIED_IN = "inquiry.objections_carried_in", _("Open audit objections carried into an inspection")
    INSPECTION_RESULT = "inquiry.inspection_result", _("Result of an inspection communicated")
    COST_ORDERED = "inquiry.cost_ordered", _("Cost of an inquiry or inspection apportioned (s.89)")
    SURCHARGED = "inquiry.surcharged", _("Surcharge order made (s.103)")
    RECORDS_SEIZED = "inquiry.records_seized", _("Records seized (s.126)")
    SEIZURE_FLAGGED = "inquiry.seizure_flagged", _("Seizure with no audit or inspection open flagged")
