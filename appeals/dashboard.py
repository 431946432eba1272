"""Home-page card: a party finds their own appeals and review petitions (and the orders they may appeal) from
their home page (issue 23 point 6). One query."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.dashboard import Card, card_provider

from .models import Appeal

MAY_APPEAL = _("A decision about your application may be reviewed or appealed.")


def _my_cases(user, today):
    """One query: the user's own cases, and whether a refusal of theirs could still be taken further."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count, Exists, OuterRef, Subquery
    from django.db.models.functions import Coalesce

    from societies.registration.models import AppState, RegistrationApplication

    cases = (Appeal.objects.filter(appellant=OuterRef("pk")).order_by().values("appellant")
             .annotate(n=Count("pk")).values("n"))
    refused = RegistrationApplication.objects.filter(applicant=OuterRef("pk"), state=AppState.REFUSED)
    row = (get_user_model().objects.filter(pk=user.pk)
           .annotate(cases=Coalesce(Subquery(cases), 0), refused=Exists(refused)).values("cases", "refused").first())
    if row and row["cases"]:
        return [Card(str(_("My appeals and cases")), row["cases"], reverse("my_appeals"))]
    if row and row["refused"]:
        return [Card(str(_("My appeals and cases")), 0, reverse("my_appeals"), tone="warn", note=str(MAY_APPEAL))]
    return []


card_provider("citizen")(_my_cases)
card_provider("secretary")(_my_cases)
