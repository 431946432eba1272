"""Voter-list clocks, declared once in the frame (registrar.clocks): the deadlines board (the office sees every
society late with its lists, in its districts), the society's timeline, reminders to the secretaries.

- VOTER_LIST_PROVISIONAL (voter_list_provisional_20d): open while the year's provisional lists are not affixed.
- VOTER_LIST_OBJECTION (voter_list_objection_10d): the members' 10 days from the affixing; no sweeper: an
  objection after the last day is refused by voter_objection_file (OBJECTION_LATE), the rule's only effect.
- VOTER_LIST_FINAL (voter_list_final_40d): open while the final lists are not affixed.
None has an automatic effect (the Act states no consequence): late lists stay on the board, overdue, until
affixed. The year's row is opened when the year closes (services.list_duty_open, called by governance's
financial_years_open_next for a society with a register, and by the secretary's first preparation).
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import SECRETARIES, Clock, Reminders, declare

from ..models import ListState, VoterList

PROVISIONAL_BY = _("Provisional voter lists to be affixed by")
OBJECTIONS_BY = _("Last day for members' objections to the voter lists")
FINAL_BY = _("Final voter lists to be affixed by")
PROVISIONAL_SUBJECT = _("Reminder: affix the provisional voter lists of %(society)s by %(last_day)s")
PROVISIONAL_BODY = _("The co-operative year of %(society)s closed on %(closed)s. The lists of members with and "
                     "without a vote must be prepared from the register and affixed on the notice board by "
                     "%(last_day)s (%(days)s day(s) left, s.26(3)).")
FINAL_SUBJECT = _("Reminder: affix the final voter lists of %(society)s by %(last_day)s")
FINAL_BODY = _("The Board of %(society)s must decide the members' objections and affix the final voter lists by "
               "%(last_day)s (%(days)s day(s) left), forty days from the close of the year on %(closed)s "
               "(s.26(3)).")


def _d(day) -> str:
    return f"{day:%d %b %Y}"


def _subject(label):
    return lambda vl: f"{vl.society.registration_number} · {vl.society.name}: {label} {vl.year_ended_on:%Y}"


def _office_url(voter_list) -> str:
    return reverse("office_voter_list", args=[voter_list.society_id, voter_list.pk])


def _secretary_url(voter_list) -> str:
    return reverse("society_voter_lists", args=[voter_list.society_id])


def _params(last_day_field):
    def params(voter_list, today):
        last_day = getattr(voter_list, last_day_field)
        return {"society": voter_list.society.name, "closed": _d(voter_list.year_ended_on),
                "last_day": _d(last_day), "days": (last_day - today).days}
    return params


IN_SOCIETY = {"society": "society", "district": "society__district", "related": ("society", "society__district")}

VOTER_LIST_PROVISIONAL = declare(Clock(
    name="voter_list_provisional", rule_id="voter_list_provisional_20d", model=VoterList,
    due_field="provisional_due_on", open=Q(state=ListState.DUE),  # voterlist_prov_due_idx
    met=~Q(state=ListState.DUE), **IN_SOCIETY,
    subject=_subject("provisional voter lists"), url=_office_url, timeline_label=lambda vl: str(PROVISIONAL_BY),
    reminders=Reminders(
        sweeper="voter_list_provisional_reminders", order=39, recipients=SECRETARIES, trigger="year_ended_on",
        subject=PROVISIONAL_SUBJECT, body=PROVISIONAL_BODY, params=_params("provisional_due_on"),
        url=_secretary_url,
        description="Remind secretaries 15, 7 and 1 day(s) before the provisional voter lists are due (s.26(3))."),
))

VOTER_LIST_OBJECTION = declare(Clock(
    name="voter_list_objection", rule_id="voter_list_objection_10d", model=VoterList,
    due_field="objection_last_day", open=Q(state=ListState.PROVISIONAL),  # voterlist_objection_idx
    met=Q(state=ListState.FINAL), **IN_SOCIETY,
    subject=_subject("objections to the voter lists"), url=_office_url,
    timeline_label=lambda vl: str(OBJECTIONS_BY), timeline_rows=Q(objection_last_day__isnull=False),
))

VOTER_LIST_FINAL = declare(Clock(
    name="voter_list_final", rule_id="voter_list_final_40d", model=VoterList,
    due_field="final_due_on", open=~Q(state=ListState.FINAL),  # voterlist_final_due_idx
    met=Q(state=ListState.FINAL), **IN_SOCIETY,
    subject=_subject("final voter lists"), url=_office_url, timeline_label=lambda vl: str(FINAL_BY),
    reminders=Reminders(
        sweeper="voter_list_final_reminders", order=39, recipients=SECRETARIES, trigger="year_ended_on",
        subject=FINAL_SUBJECT, body=FINAL_BODY, params=_params("final_due_on"), url=_secretary_url,
        description="Remind secretaries 15, 7 and 1 day(s) before the final voter lists are due (s.26(3))."),
))
