"""Registration's clock, declared once (registrar.clocks): the 60-day decision under the proviso to s.11.

From this declaration the frame derives the deemed-registration sweeper, the decision reminders to the ARCS and
the Directorate, the deadlines board rows and the timeline's "last day for the Registrar" item. Registration
registers no holiday re-dating: a deemed outcome against the Registrar never rolls forward (ADR 0005, 0007).
"""

from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import DECIDING_OFFICERS, EFFECT, Clock, Expiry, Reminders, declare

from .models import OPEN_STATES, RegistrationApplication

RULE_ID = "registration_deemed_60d"
REMINDER_SUBJECT = _("Reminder: decide application %(ack)s by %(last_day)s")
REMINDER_BODY = _(
    "The application %(ack)s (%(name)s, %(district)s) must be registered or refused, and the certificate or "
    "refusal sent, by %(last_day)s (%(days)s day(s) left). Otherwise the society is deemed registered under "
    "the proviso to section 11."
)
DECISION_LAST_DAY = _("Last day for the Registrar to register or refuse")


def _deem_registered(application, today):
    """The row is locked and re-checked by the frame: still open, last day passed, nothing sent in time."""
    from .services import application_deem_registered

    society = application_deem_registered(application, today=today)
    return (f"{application.acknowledgement_number}: deemed registered from {society.registered_on:%d %b %Y} "
            f"as {society.registration_number}")


def _reminder_params(application, today):
    return {"ack": application.acknowledgement_number or "", "name": application.proposed_name,
            "district": application.district.name, "last_day": f"{application.decision_due_on:%d %b %Y}",
            "days": (application.decision_due_on - today).days}


DEEMED_REGISTRATION = declare(Clock(
    name="registration_decision", rule_id=RULE_ID, model=RegistrationApplication, due_field="decision_due_on",
    # Open, and no certificate or refusal sent by the last day (a dispatch recorded after it does not count).
    # Reads the partial index app_open_due_idx.
    open=Q(state__in=OPEN_STATES) & (Q(dispatched_on__isnull=True) | Q(dispatched_on__gt=F("decision_due_on"))),
    district="district", society="society", related=("district",),
    # My work: the officer the application is assigned to has it, as the district's ARCS does. No escalation:
    # on day 61 the society is deemed registered and the row closes, so nothing waits above after the last day;
    # before it, the reminders already go to the deciding officers (the ARCS and the Directorate's ranks).
    assignee="assigned_officer",
    subject=lambda a: f"{a.acknowledgement_number or '—'} · {a.proposed_name}",
    url=lambda a: reverse("office_application_detail", args=[a.pk]),
    timeline_label=lambda a: str(DECISION_LAST_DAY), met=~Q(state__in=OPEN_STATES),
    expiry=Expiry(
        EFFECT, sweeper="deemed_registration", order=10, apply=_deem_registered, related=("district", "applicant"),
        description="Deem registered every application with no certificate or refusal sent by day 60 (s.11 proviso)."),
    reminders=Reminders(
        sweeper="registration_decision_reminders", order=5, recipients=DECIDING_OFFICERS, trigger="received_on",
        where=Q(received_on__isnull=False), subject=REMINDER_SUBJECT, body=REMINDER_BODY, params=_reminder_params,
        sms=True,  # by SMS too when the officer has a mobile number: the notice is sent once, so is the text
        description="Remind the ARCS and superiors 15, 7 and 1 day(s) before the 60-day last day (s.11 proviso)."),
))
