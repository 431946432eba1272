"""The outside party's card on the home page: their open cases, with a link to "My cases"."""

from django.urls import reverse
from django.utils.translation import gettext as _

from registrar.dashboard import Card, card_provider

from .selectors import party_grant_list_for_user


@card_provider("citizen")
def party_cases_card(user, today):
    grants = party_grant_list_for_user(user, today)
    if not grants:
        return []
    return [Card(title=_("My cases as an outside party"), count=len(grants), url=reverse("party_cases"))]
