"""Membership's clocks, declared once (registrar.clocks):

- MEMBERSHIP_DECISION (membership_decision_60d): the Board decides within 60 days of receipt; the secretary is
  reminded before day 60. No automatic effect at day 60 (the rule has none).
- DEEMED_ADMISSION (membership_deemed_admission_90d): no refusal communicated by day 90 counted from receipt
  (lifecycles.md §15 item 19) and the sweeper admits the applicant from day 91, however late it runs. Never
  stayable: s.20(2) is in DEEMED_AGAINST_REGISTRAR (a stay holds only the effects of the order stayed, §15
  item 24).
- DELETION_HOLD (register_deletion_hold_30d): a terminated name stays on the register to the later of the
  decision + 30 days and the end of the appeal window, or until the GA decides the appeal; then it is deleted.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import EFFECT, SECRETARIES, Clock, Expiry, Reminders, declare

from .models import AppState, MembershipApplication, Termination, TermState

DECISION_SUBJECT = _("Reminder: the Board to decide the application of %(name)s by %(last_day)s")
DECISION_BODY = _("The application of %(name)s to join %(society)s, received on %(received)s, is to be decided by "
                  "the Board by %(last_day)s (%(days)s day(s) left, s.20(1)). If no refusal with reasons is "
                  "communicated by %(deemed)s, the applicant is deemed admitted (s.20(2)).")
DECISION_LAST_DAY = _("Last day for the Board to decide an application for membership")
DEEMED_LAST_DAY = _("Last day to communicate a refusal of membership (else deemed admitted)")
HOLD_LAST_DAY = _("Terminated member's name held on the register until")


def _application_url(application) -> str:
    return reverse("office_membership_applications", args=[application.society_id]) + f"#app-{application.pk}"


def _subject(application) -> str:
    return f"{application.person.name} · {application.society.name}"


def _reminder_params(application, today):
    return {"name": application.person.name, "society": application.society.name,
            "received": f"{application.received_on:%d %b %Y}", "last_day": f"{application.decision_due_on:%d %b %Y}",
            "days": (application.decision_due_on - today).days,
            "deemed": f"{application.deemed_last_day:%d %b %Y}"}


def _secretary_url(application) -> str:
    return reverse("society_application_detail", args=[application.society_id, application.pk])


def _deem_admitted(application, today):
    from .services.admission import application_deem_admitted

    return application_deem_admitted(application, today)


def _delete_name(termination, today):
    from .services.leaving import terminated_name_delete

    return terminated_name_delete(termination, today)


MEMBERSHIP_DECISION = declare(Clock(
    name="membership_decision", rule_id="membership_decision_60d", model=MembershipApplication,
    due_field="decision_due_on", open=Q(state=AppState.APPLIED),  # memapp_decision_due_idx
    district="society__district", society="society", related=("society__district", "person"),
    subject=_subject, url=_application_url, timeline_label=lambda a: str(DECISION_LAST_DAY),
    met=~Q(state=AppState.APPLIED),
    reminders=Reminders(
        sweeper="membership_decision_reminders", order=36, recipients=SECRETARIES, trigger="received_on",
        subject=DECISION_SUBJECT, body=DECISION_BODY, params=_reminder_params, url=_secretary_url,
        description="Remind the secretary 15, 7 and 1 day(s) before the Board's 60-day last day (s.20(1))."),
))

DEEMED_ADMISSION = declare(Clock(
    name="membership_deemed_admission", rule_id="membership_deemed_admission_90d", model=MembershipApplication,
    # Open while no refusal is recorded: a refusal is recorded only when communicated within the 90 days
    # (membership.services.admission.application_refuse), so "applied" on day 91 means nothing was communicated.
    due_field="deemed_last_day", open=Q(state=AppState.APPLIED),  # memapp_deemed_due_idx
    district="society__district", society="society", related=("society__district", "person"),
    subject=_subject, url=_application_url, timeline_label=lambda a: str(DEEMED_LAST_DAY),
    met=~Q(state=AppState.APPLIED),
    expiry=Expiry(
        EFFECT, sweeper="applications_deem_admitted", order=37, apply=_deem_admitted,
        related=("society__district", "person", "applicant"),
        description="Admit as deemed admitted from day 91 every application with no refusal communicated within "
                    "90 days of receipt (s.20(2))."),
))

DELETION_HOLD = declare(Clock(
    name="membership_deletion_hold", rule_id="register_deletion_hold_30d", model=Termination,
    due_field="hold_last_day",  # termination_hold_due_idx
    open=Q(state__in=[TermState.RESOLVED, TermState.APPEAL_REJECTED], hold_last_day__isnull=False),
    district="society__district", society="society", related=("society__district", "member__person"),
    subject=lambda t: f"No. {t.member.number} {t.member.person.name} · {t.society.name}",
    url=lambda t: reverse("office_membership_applications", args=[t.society_id]) + f"#term-{t.pk}",
    timeline_label=lambda t: str(HOLD_LAST_DAY), met=Q(state=TermState.DELETED),
    expiry=Expiry(
        EFFECT, sweeper="terminated_names_delete", order=38, apply=_delete_name,
        related=("society__district", "member__person", "order"),
        description="Delete a terminated member's name once the s.24(2) hold has ended (30 days and the appeal "
                    "window, or the GA's decision on the appeal)."),
))
