"""A deemed-registered society built through the real services and the real sweeper.

Received 15 Jan 2026 (a Thursday) -> last day for a decision 16 Mar 2026 -> deemed registered from 17 Mar 2026.
"""

from datetime import date

from registrar.models import ActivityEntry
from societies.actions import SocietyAction
from societies.registration import services
from societies.registration.sweepers import applications_deem_registered
from tests.societies.helpers import make_submitted, reload

RECEIVED = date(2026, 1, 15)
LAST_DAY = date(2026, 3, 16)
DEEMED_ON = date(2026, 3, 17)


def make_deemed(applicant, district, *, officer=None, hearing_on: date | None = None, **extra):
    """Submit on 15 Jan 2026, optionally schedule a hearing (on 2 Mar, for `hearing_on`), sweep on 17 Mar.

    Returns (application, deemed entry)."""
    application = make_submitted(applicant, district, received_on=RECEIVED, **extra)
    if hearing_on is not None:
        services.application_start_scrutiny(application_id=application.pk, actor=officer)
        services.application_schedule_hearing(application_id=application.pk, actor=officer,
                                              today=date(2026, 3, 2), hearing_on=hearing_on)
    assert applications_deem_registered(today=DEEMED_ON).count >= 1
    application = reload(application)
    entry = ActivityEntry.objects.get(action=SocietyAction.DEEMED_REGISTERED, society=application.society)
    return application, entry
