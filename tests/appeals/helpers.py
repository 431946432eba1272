"""Builders for the appeals tests: a refused registration application with its refusal in the register, made with
the real registration services (societies.registration.services)."""

from datetime import date, timedelta

from orders.services import order_for
from societies.registration import services
from tests.societies.helpers import make_submitted, reload

REFUSED_ON = date(2026, 2, 6)  # dispatched (communicated) the same day: review and appeal to 7 Apr 2026


def refused_application(applicant, officer, district, *, refused_on=REFUSED_ON, name=None):
    """Received 22 days before the refusal, heard the day before it (proviso to s.10(2)), refused and dispatched
    on `refused_on`."""
    extra = {"name": name} if name else {}
    application = make_submitted(applicant, district, received_on=refused_on - timedelta(days=22), **extra)
    services.application_start_scrutiny(application_id=application.pk, actor=officer)
    services.application_schedule_hearing(application_id=application.pk, actor=officer,
                                          today=refused_on - timedelta(days=5), hearing_on=refused_on - timedelta(days=1))
    services.application_refuse(application_id=application.pk, actor=officer, today=refused_on,
                                reasons="Fewer than ten eligible promoters (s.6(3)).", dispatched_on=refused_on)
    application = reload(application)
    return application, order_for(application, "registration.refusal")


def file_appeal(order, actor, *, today, route="review", **extra):
    from appeals.services import appeal_file

    fields = {"grounds": "The promoters were eligible; the list was misread.", "relief": "Register the society.",
              **extra}
    return appeal_file(order_id=order.pk, actor=actor, route=route, today=today, **fields)
