"""The clocks of the supersession procedure, declared once (registrar.clocks; lifecycles.md §9, §15 item 12):

- SUPERSESSION_ACTION (supersession_report_action_60d): the society acts on the forwarded report within 60 days
  of its receipt, before the AGM if one is due in them, else a special general meeting. Its secretaries are
  reminded before the last day; from the day after, the case is on the ARCS's My work and goes up the ladder
  (the Registrar decides whether to supersede). NOT an automatic effect: nothing supersedes a Board but an order.
- SUPERSESSION_RBI_ADVICE (rbi_advice_administrator_liquidator_1m): on the Reserve Bank's advice (s.146(1)) the
  office appoints the administrator within a month of receiving it: on the office's board and My work, with
  escalation; no reminder sweeper (the office's own board shows the days left).

The administrators' limits (administrator_max_6m, credit_election_after_supersession_2m,
coop_bank_administrator_max_1y) are declared beside this module (administration, issue 20 S2).
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import SECRETARIES, Clock, Escalation, Reminders, declare

from .models import Ground, Supersession, SupersessionState

ESCALATES_AFTER_DAYS = 15   # one rank more for every 15 further days, as inquiry's clocks (audit.inquiry.rules)
ESCALATION = Escalation(after_days=ESCALATES_AFTER_DAYS)
ACTION_LAST_DAY = _("Last day for the society to act on the report forwarded under s.125")
ADVICE_LAST_DAY = _("Last day to appoint the administrator on the Reserve Bank's advice (s.146(1))")
ACTION_SUBJECT = _("Reminder: %(society)s to act on the report forwarded under s.125 by %(last_day)s")
ACTION_BODY = _("The report forwarded to %(society)s was received on %(received)s. It is to be placed before "
                "%(meeting)s and action taken on it by %(last_day)s (%(days)s day(s) left, s.125). If no action is "
                "taken in that time, the Registrar may by order supersede or suspend the Board.")
MEETING_LABELS = {"agm": _("the Annual General Meeting"), "special": _("a special general meeting")}


def case_url(case) -> str:
    return reverse("office_supersession_case", args=[case.pk])


def _subject(case) -> str:
    # The board and My work are office pages; still, the opinion never appears in a subject line.
    return f"SUP-{case.pk} · {case.society.name}"


def _action_params(case, today):
    return {"society": case.society.name, "received": f"{case.received_on:%d %b %Y}",
            "meeting": str(MEETING_LABELS.get(case.meeting_kind, MEETING_LABELS["special"])),
            "last_day": f"{case.action_due_on:%d %b %Y}", "days": (case.action_due_on - today).days}


RELATED = ("society", "district")

SUPERSESSION_ACTION = declare(Clock(
    name="supersession_report_action", rule_id="supersession_report_action_60d", model=Supersession,
    due_field="action_due_on",
    open=Q(state=SupersessionState.FORWARDED, action_due_on__isnull=False),  # supersession_action_due_idx
    district="district", related=RELATED, subject=_subject, url=case_url,
    timeline_label=lambda case: str(ACTION_LAST_DAY),
    met=~Q(state=SupersessionState.FORWARDED), escalation=ESCALATION,
    reminders=Reminders(
        sweeper="supersession_action_reminders", order=67, recipients=SECRETARIES, trigger="received_on",
        subject=ACTION_SUBJECT, body=ACTION_BODY, params=_action_params,
        description="Remind the society's secretaries before the last of its 60 days to act on the report "
                    "forwarded under s.125 (supersession_report_action_60d); no automatic effect."),
))

SUPERSESSION_RBI_ADVICE = declare(Clock(
    name="supersession_rbi_advice", rule_id="rbi_advice_administrator_liquidator_1m", model=Supersession,
    due_field="rbi_advice_due_on",
    open=Q(state=SupersessionState.OPINION, ground=Ground.RESERVE_BANK_ADVICE),  # supersession_rbi_advice_idx
    district="district", related=RELATED, subject=_subject, url=case_url,
    met=~Q(state=SupersessionState.OPINION), escalation=ESCALATION,
))
