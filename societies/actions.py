"""Activity codes of societies and their registration."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrar.actions import register


@register
class SocietyAction(models.TextChoices):
    SECRETARY_GRANTED = "societies.secretary_granted", _("Secretary appointed")
    SECRETARY_REVOKED = "societies.secretary_revoked", _("Secretary replaced")
    APPLICATION_SUBMITTED = "societies.application_submitted", _("Registration application submitted")
    PAPER_APPLICATION_RECEIVED = "societies.paper_application_received", _("Paper registration application entered")
    APPLICATION_ASSIGNED = "societies.application_assigned", _("Registration application assigned")
    SCRUTINY_STARTED = "societies.scrutiny_started", _("Scrutiny of application started")
    QUERY_SENT = "societies.query_sent", _("Query letter sent")
    QUERY_ANSWERED = "societies.query_answered", _("Query letter answered")
    CLEARANCE_REQUESTED = "societies.clearance_requested", _("RBI/NABARD clearance requested")
    HEARING_SCHEDULED = "societies.hearing_scheduled", _("Hearing before refusal scheduled")
    REGISTERED = "societies.registered", _("Society registered")
    DEEMED_REGISTERED = "societies.deemed_registered", _("Society deemed registered")
    APPLICATION_REFUSED = "societies.application_refused", _("Registration refused")
    APPLICATION_WITHDRAWN = "societies.application_withdrawn", _("Registration application withdrawn")
    APPLICATION_REOPENED = "societies.application_reopened", _("Refused application reopened on review")
    DOCUMENT_UPLOADED = "societies.document_uploaded", _("Document uploaded")
    DOCUMENT_REMOVED = "societies.document_removed", _("Document removed from a draft")
    CERTIFICATE_VERIFIED = "societies.certificate_verified", _("Certificate verified online")
