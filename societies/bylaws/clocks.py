"""The clocks of bye-law amendments, declared once (registrar.clocks). NONE has an effect (no `expiry`): there is
no deemed registration of an amendment and no sweeper ever registers one (lifecycles.md §15 item 3;
rules.yaml bye_law_amendment_decision_60d "Never auto-register"). The Registrar's clocks remind the deciding
officers 15, 7 and 1 days before the last day and escalate up the ladder once it has passed (computed when My
work is read: nothing is written). The society's clocks remind its secretaries.

- amendment_decision (bye_law_amendment_decision_60d): 60 days from receipt, while filed (not credit).
- credit_amendment_decision (credit_bye_law_registration_30d): 30 days from receipt, s.141, while filed.
  A direction to reconsider issued by the 60th day satisfies the 60-day clock: the s.12(8) clock takes over.
- amendment_reconsideration (bye_law_reconsideration_period): the period the Registrar fixed; the society's.
- amendment_final_decision (bye_law_decision_after_reconsideration_30d): 30 days from the reply, or from the end
  of the period when no reply came.
- address_change_notice (address_change_notice_30d): the s.68 notice of a registered new address.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import DECIDING_OFFICERS, OFFICER, SECRETARIES, Clock, Escalation, Reminders, declare

from .models import AFTER_DIRECTION, Amendment, AmendmentKind, AmendmentState

ESCALATE_EVERY_DAYS = 15
IN_SOCIETY = {"society": "society", "district": "society__district", "related": ("society", "society__district")}

DECIDE_SUBJECT = _("Reminder: decide the bye-law amendment of %(society)s by %(last_day)s")
DECIDE_BODY = _(
    "The amendment of the bye-laws of %(society)s received on %(received)s must be registered or refused by "
    "%(last_day)s (%(days)s day(s) left, %(section)s). An amendment is never registered by itself: if no decision "
    "is made, it goes up to the officer above. No refusal without first directing the society to reconsider "
    "(s.12(7) proviso), except for a credit structure society (s.141).")
FINAL_SUBJECT = _("Reminder: decide the reconsidered bye-law amendment of %(society)s by %(last_day)s")
FINAL_BODY = _(
    "The society %(society)s was directed to reconsider its amendment of the bye-laws. The decision must be "
    "communicated by %(last_day)s (%(days)s day(s) left): 30 days from the reply or the end of the period "
    "(s.12(8)).")
RECONSIDER_SUBJECT = _("Reminder: reply to the direction to reconsider the bye-law amendment by %(last_day)s")
RECONSIDER_BODY = _(
    "The Registrar directed %(society)s to reconsider its amendment of the bye-laws by %(last_day)s (%(days)s "
    "day(s) left, s.12(7)). Send the society's reply on the portal before then.")
NOTICE_SUBJECT = _("Reminder: give notice of the new address of %(society)s by %(last_day)s")
NOTICE_BODY = _(
    "The new head office address of %(society)s is registered. The notice of the new address is due to the "
    "Registrar and the affiliating society by %(last_day)s (%(days)s day(s) left, s.68).")
DECISION_LAST_DAY = _("Last day for the Registrar to decide a bye-law amendment")
CREDIT_LAST_DAY = _("Last day for the Registrar to register or reject a bye-law amendment (s.141)")
RECONSIDER_LAST_DAY = _("Last day for the society to reply on reconsidering its bye-law amendment")
FINAL_LAST_DAY = _("Last day for the Registrar to decide a reconsidered bye-law amendment")
NOTICE_LAST_DAY = _("Last day to give notice of the new head office address (s.68)")


def _d(day) -> str:
    return f"{day:%d %b %Y}"


def _office_url(amendment) -> str:
    return reverse("office_amendment_detail", args=[amendment.pk])


def _society_url(amendment) -> str:
    return reverse("society_amendment_detail", args=[amendment.society_id, amendment.pk])


def _subject(amendment) -> str:
    return f"{amendment.society.registration_number} · {amendment.society.name}: bye-law amendment"


def _params(field, section):
    def params(amendment, today):
        last_day = getattr(amendment, field)
        return {"society": amendment.society.name, "received": _d(amendment.received_on),
                "last_day": _d(last_day), "days": (last_day - today).days, "section": section}
    return params


FILED = Q(state=AmendmentState.FILED)

AMENDMENT_DECISION = declare(Clock(
    name="amendment_decision", rule_id="bye_law_amendment_decision_60d", model=Amendment,
    due_field="decision_due_on", open=FILED & Q(credit_structure=False),  # amendment_decision_due_idx
    met=~FILED, **IN_SOCIETY, subject=_subject, url=_office_url, timeline_label=lambda a: str(DECISION_LAST_DAY),
    escalation=Escalation(after_days=ESCALATE_EVERY_DAYS),
    reminders=Reminders(
        sweeper="amendment_decision_reminders", order=70, recipients=DECIDING_OFFICERS, trigger="received_on",
        where=Q(credit_structure=False), subject=DECIDE_SUBJECT, body=DECIDE_BODY,
        params=_params("decision_due_on", "s.12(2)"),
        description="Remind the ARCS and superiors 15, 7 and 1 day(s) before the 60-day last day to decide a "
                    "bye-law amendment (s.12(2)). Never registers anything."),
))

CREDIT_AMENDMENT_DECISION = declare(Clock(
    name="credit_amendment_decision", rule_id="credit_bye_law_registration_30d", model=Amendment,
    due_field="decision_due_on", open=FILED & Q(credit_structure=True),  # amendment_decision_due_idx
    met=~FILED, **IN_SOCIETY, subject=_subject, url=_office_url, timeline_label=lambda a: str(CREDIT_LAST_DAY),
    escalation=Escalation(after_days=ESCALATE_EVERY_DAYS),
    reminders=Reminders(
        sweeper="credit_amendment_decision_reminders", order=71, recipients=DECIDING_OFFICERS,
        trigger="received_on", where=Q(credit_structure=True), subject=DECIDE_SUBJECT, body=DECIDE_BODY,
        params=_params("decision_due_on", "s.141"),
        description="Remind the ARCS and superiors before the 30-day last day to register or reject a credit "
                    "structure society's bye-law amendment (s.141). Never registers anything."),
))

AMENDMENT_RECONSIDERATION = declare(Clock(
    name="amendment_reconsideration", rule_id="bye_law_reconsideration_period", model=Amendment,
    due_field="reconsider_by", open=Q(state=AmendmentState.RECONSIDERATION_DIRECTED),  # amendment_reconsider_idx
    met=~Q(state=AmendmentState.RECONSIDERATION_DIRECTED), period=OFFICER, **IN_SOCIETY, subject=_subject,
    url=_office_url, timeline_label=lambda a: str(RECONSIDER_LAST_DAY),
    reminders=Reminders(
        sweeper="amendment_reconsideration_reminders", order=72, recipients=SECRETARIES, trigger="directed_on",
        subject=RECONSIDER_SUBJECT, body=RECONSIDER_BODY, params=_params("reconsider_by", "s.12(7)"),
        url=_society_url,
        description="Remind the secretary before the end of the period fixed to reconsider an amendment."),
))

AMENDMENT_FINAL_DECISION = declare(Clock(
    name="amendment_final_decision", rule_id="bye_law_decision_after_reconsideration_30d", model=Amendment,
    due_field="final_due_on", open=Q(state__in=AFTER_DIRECTION),  # amendment_final_due_idx
    met=~Q(state__in=AFTER_DIRECTION), **IN_SOCIETY, subject=_subject, url=_office_url,
    timeline_label=lambda a: str(FINAL_LAST_DAY), escalation=Escalation(after_days=ESCALATE_EVERY_DAYS),
    reminders=Reminders(
        sweeper="amendment_final_decision_reminders", order=73, recipients=DECIDING_OFFICERS,
        trigger="directed_on", subject=FINAL_SUBJECT, body=FINAL_BODY,
        params=_params("final_due_on", "s.12(8)"),
        description="Remind the ARCS and superiors before the 30-day last day after reconsideration (s.12(8))."),
))

ADDRESS_NOTICE = declare(Clock(
    name="address_change_notice", rule_id="address_change_notice_30d", model=Amendment,
    due_field="address_notice_due_on",  # amendment_address_notice_idx
    open=Q(kind=AmendmentKind.ADDRESS, state=AmendmentState.REGISTERED, address_notice_on__isnull=True,
           address_notice_due_on__isnull=False),
    met=Q(address_notice_on__isnull=False), **IN_SOCIETY, subject=_subject, url=_office_url,
    timeline_label=lambda a: str(NOTICE_LAST_DAY), timeline_rows=Q(kind=AmendmentKind.ADDRESS),
    reminders=Reminders(
        sweeper="address_change_notice_reminders", order=74, recipients=SECRETARIES, trigger="decided_on",
        subject=NOTICE_SUBJECT, body=NOTICE_BODY, params=_params("address_notice_due_on", "s.68"),
        url=_society_url,
        description="Remind the secretary before the s.68 notice of a registered new address is due."),
))
