"""How supersession explains a society's status (societies.status): "Board superseded; administrator until
<date>" (issue 20 point 4), with the date the administrators' period runs to (`until`, for the API and sorting).
One query for the whole list."""

from django.utils.translation import gettext_lazy as _

from registrar.l10n import display_date
from societies.choices import GovernanceStatus
from societies.status import StatusNote, status_note

from .models import IN_CHARGE_STATES, Supersession, SupersessionState

SUPERSEDED_UNTIL = _("Board superseded; administrator until %(day)s")
SUSPENDED_UNTIL = _("Board suspended; administrator until %(day)s")


@status_note(governance=GovernanceStatus.SUPERSEDED)
def superseded(societies, today):
    cases = (Supersession.objects.filter(society_id__in=[s.pk for s in societies], state__in=IN_CHARGE_STATES)
             .values_list("society_id", "state", "period_ends_on"))
    notes = {}
    for society_id, state, until in cases:
        if until is None:
            continue
        text = SUSPENDED_UNTIL if state == SupersessionState.SUSPENDED else SUPERSEDED_UNTIL
        notes[society_id] = StatusNote(str(text) % {"day": display_date(until)}, until=until)
    return notes
