"""Reminders before the 60-day last day for a decision on a registration application (s.11 proviso).

Imported by registrar.apps.RegistrarConfig.ready so the sweeper registers. Each reminder is sent once per
(recipient, application, offset): the Notification unique key decides, not a read-then-write.
"""

from datetime import date, timedelta

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.models import Officer, Rank
from registrar.notify import notify
from registrar.reminders import DEFAULT_OFFSETS, reminder_due
from registrar.selectors import superiors_for_district
from registrar.sweeps import SweepResult, sweeper

from .models import RegistrationApplication
from .models_registration import OPEN_STATES

RULE_ID = "registration_deemed_60d"
REMINDER_SUBJECT = _("Reminder: decide application %(ack)s by %(last_day)s")
REMINDER_BODY = _(
    "The application %(ack)s (%(name)s, %(district)s) must be registered or refused, and the certificate or "
    "refusal sent, by %(last_day)s (%(days)s day(s) left). Otherwise the society is deemed registered under "
    "the proviso to section 11."
)


def reminder_key(application_id: int, offset: int) -> str:
    return f"reminder:{RULE_ID}:{application_id}:{offset}"


def _recipients(district, cache: dict) -> list:
    """The district's ARCS and the officers above them, each user once."""
    if district.pk not in cache:
        arcs = Officer.objects.filter(is_active=True, rank=Rank.ARCS, districts=district).select_related("user")
        users = {officer.user.pk: officer.user for officer in [*arcs, *superiors_for_district(district)]}
        cache[district.pk] = list(users.values())
    return cache[district.pk]


def applications_due_for_decision_reminder(today: date):
    """The due query of decision reminders: open, received applications whose last day is today or within the
    longest reminder offset. Reads the partial index app_open_due_idx."""
    return (
        RegistrationApplication.objects.filter(
            state__in=OPEN_STATES, received_on__isnull=False,
            decision_due_on__gte=today, decision_due_on__lte=today + timedelta(days=max(DEFAULT_OFFSETS)),
        ).select_related("district").order_by("decision_due_on", "pk")
    )


@sweeper("registration_decision_reminders", order=5, due_query=applications_due_for_decision_reminder,
         description="Remind the ARCS and superiors 15, 7 and 1 day(s) before the 60-day last day (s.11 proviso).")
def applications_remind_decision(*, today: date) -> SweepResult:
    """Notify once per reminder for each open application whose last day is today or later.

    A late run sends only the latest reminder that has arrived, and nothing once the last day has passed.
    """
    result = SweepResult()
    applications = applications_due_for_decision_reminder(today)
    cache: dict = {}
    for application in applications:
        offset = reminder_due(application.received_on, application.decision_due_on, today)
        if offset is None:
            continue
        params = {
            "ack": application.acknowledgement_number or "", "name": application.proposed_name,
            "district": application.district.name, "last_day": f"{application.decision_due_on:%d %b %Y}",
            "days": (application.decision_due_on - today).days,
        }
        url = reverse("office_application_detail", args=[application.pk])
        for user in _recipients(application.district, cache):
            # By SMS too when the officer has a mobile number: the notice is sent once, so is the text.
            _note, created = notify(user, key=reminder_key(application.pk, offset), subject=REMINDER_SUBJECT,
                                    body=REMINDER_BODY, params=params, url=url, sms=True)
            if created:
                result.add(f"{application.acknowledgement_number}: {offset}-day reminder to {user.username}")
    return result
