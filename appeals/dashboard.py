"""Home-page card: a party finds their own appeals and review petitions (and the orders they may appeal) from
their home page (issue 23 point 6). One query while they have a case; one more only when they have none."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.dashboard import Card, card_provider

from .models import Appeal

MAY_APPEAL = _("A decision about your application may be reviewed or appealed.")


def _my_cases(user, today):
    count = Appeal.objects.filter(appellant=user).count()
    if count:
        return [Card(str(_("My appeals and cases")), count, reverse("my_appeals"))]
    from societies.registration.models import AppState, RegistrationApplication

    if RegistrationApplication.objects.filter(applicant=user, state=AppState.REFUSED).exists():
        return [Card(str(_("My appeals and cases")), 0, reverse("my_appeals"), tone="warn", note=str(MAY_APPEAL))]
    return []


card_provider("citizen")(_my_cases)
card_provider("secretary")(_my_cases)
