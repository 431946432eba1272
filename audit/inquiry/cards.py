"""The applicant's card on the citizen home page: their applications for an inquiry (s.87), or where to apply."""

from django.urls import reverse
from django.utils.translation import gettext as _

from registrar.dashboard import Card, card_provider

from .models import InquiryCase


@card_provider("citizen")
def inquiry_applications_card(user, today):
    mine = list(InquiryCase.objects.filter(applicant_user=user).order_by("-pk").values_list("pk", flat=True)[:20])
    if not mine:
        return [Card(title=_("Apply for an inquiry (s.87)"), count=0, url=reverse("inquiry_apply"),
                     note=_("A creditor, the affiliating society, a third of the Directors or a tenth of the members"))]
    return [Card(title=_("Your applications for an inquiry"), count=len(mine),
                 url=reverse("inquiry_application", args=[mine[0]]))]
