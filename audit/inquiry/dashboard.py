"""Home-page card: an applicant finds their applications for an inquiry (s.87(1)) again from their home page,
with how many still await the Registrar. One query."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.dashboard import Card, card_provider

from .models import InquiryCase, InquiryState

AWAITING = _("Awaiting the Registrar's order: %(count)s.")


def _my_inquiry_applications(user, today):
    row = InquiryCase.objects.filter(applicant_user=user).aggregate(
        total=Count("pk"), awaiting=Count("pk", filter=Q(state=InquiryState.RECEIVED)))
    if not row["total"]:
        return []
    note = str(AWAITING % {"count": row["awaiting"]}) if row["awaiting"] else ""
    return [Card(str(_("My applications for an inquiry")), row["total"], reverse("inquiry_applications"),
                 note=note)]


card_provider("citizen")(_my_inquiry_applications)
