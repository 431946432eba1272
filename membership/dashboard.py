"""Home-page cards of membership: a person linked to register entries finds them from their home page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.dashboard import Card, card_provider

from .models import Member, PersonLink


def _my_entries(user, today):
    count = Member.objects.filter(person__user=user).count()
    open_links = PersonLink.objects.filter(person__user=user, status=PersonLink.Status.PROPOSED).count()
    if not count and not open_links:
        return []
    note = str(_("%(n)s record may be you: check it.") % {"n": open_links}) if open_links else ""
    return [Card(str(_("My memberships")), count, reverse("my_memberships"), note=note)]


card_provider("citizen")(_my_entries)
card_provider("secretary")(_my_entries)
