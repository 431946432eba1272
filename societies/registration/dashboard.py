"""Home-page cards of registration (registered with registrar.dashboard in SocietiesConfig.ready)."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.dashboard import Card, card_provider

from .clocks import RULE_ID
from .models import OPEN_STATES

DUE_SOON_DAYS = 7
DEEMED_RULE = RULE_ID


@card_provider("citizen")
def applicant_cards(user, today):
    from .models import RegistrationApplication

    qs = RegistrationApplication.objects.filter(applicant=user)
    open_count = qs.filter(state__in=OPEN_STATES).count()
    return [Card(title=str(_("My registration applications")), count=open_count, url=reverse("application_list"),
                 note=str(_("Apply to register a society")) if not open_count else "")]


@card_provider("officer")
def officer_cards(user, today):
    from datetime import timedelta

    from .selectors import application_list_for_officer

    qs = application_list_for_officer(user)
    due_soon = qs.filter(decision_due_on__lte=today + timedelta(days=DUE_SOON_DAYS)).count()
    # The card opens the rows it counts: the deadlines board on the 60 days, overdue and due within 7 days.
    url = f"{reverse('deadlines_board')}?{urlencode({'rule': DEEMED_RULE, 'within': DUE_SOON_DAYS})}"
    return [Card(title=str(_("Registration applications due within 7 days")), count=due_soon, url=url,
                 tone="bad" if due_soon else "good")]
