"""The administrators' limits, declared once as clocks (registrar.clocks; issue 20 point 3, lifecycles.md §9):

- ORDINARY (administrator_max_6m): an ordinary society's administrators manage for at most six months from the
  order and must hold the election of a new Board within them (s.125).
- CREDIT (credit_election_after_supersession_2m): a credit structure society (a PACS or the State Co-operative
  Bank, s.134) elects its new Board within two months of the supersession, which the State Government may extend
  up to six (s.140(2)); an extension order moves Supersession.period_ends_on (services/administration.py).
- BANK (coop_bank_administrator_max_1y): a co-operative bank superseded at the Reserve Bank's requisition (s.4A)
  or on its advice (s.146(1)): a year, or the end the Reserve Bank specified, which prevails.

Each runs on the same column (Supersession.period_ends_on, index supersession_period_idx on (state,
period_ends_on)) while the administrators are in charge; the three "open" conditions are disjoint, so a case is on
exactly one clock. Nothing fires (rules.yaml: "consequence: none stated", automatic: false; issue 20 point 4):
reminders at sensible points of each limit, the breach on My work from the day after the last day (the clock's
row stays open and overdue), and escalation up the officer ladder (registrar.ladder) every ESCALATES_AFTER_DAYS.
"""

from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from registrar.clocks import DISTRICT_OFFICERS, Clock, Escalation, Reminders, declare

from .grounds import CREDIT_STRUCTURE_TYPES
from .models import IN_CHARGE_STATES, RESERVE_BANK_GROUNDS, Supersession
from .periods import BANK_RULE, CREDIT_RULE, ORDINARY_RULE

# Past the limit the case goes one rank up every 15 days (the office's service target, as the inquiry's clocks).
ESCALATES_AFTER_DAYS = 15
ESCALATION = Escalation(after_days=ESCALATES_AFTER_DAYS)

# "Sensible points" of each limit: rules.yaml administrator_max_6m notes "alert at month 4 if no election is
# scheduled" (60 days before the six months end); the two months of s.140(2) from the first month; the year of
# s.4A from its last quarter. Then a week and a day before, as every clock.
ORDINARY_OFFSETS = (60, 30, 7, 1)
CREDIT_OFFSETS = (30, 14, 7, 1)
BANK_OFFSETS = (90, 30, 7, 1)

IN_CHARGE = Q(state__in=IN_CHARGE_STATES)  # supersession_period_idx (state, period_ends_on)
RESERVE_BANK = Q(ground__in=RESERVE_BANK_GROUNDS)
CREDIT_STRUCTURE = Q(society__society_type__in=sorted(CREDIT_STRUCTURE_TYPES))
BANK_CASE = RESERVE_BANK
CREDIT_CASE = CREDIT_STRUCTURE & ~RESERVE_BANK
ORDINARY_CASE = ~CREDIT_STRUCTURE & ~RESERVE_BANK
BANK_OPEN, CREDIT_OPEN, ORDINARY_OPEN = IN_CHARGE & BANK_CASE, IN_CHARGE & CREDIT_CASE, IN_CHARGE & ORDINARY_CASE
# The society's timeline shows the limit while it runs and, met, once the election ended the supersession.
SHOWN = IN_CHARGE | Q(state="ended")

REMINDER_SUBJECT = _("Reminder: the administrators of %(society)s until %(last_day)s")
ORDINARY_BODY = _(
    "The Board of %(society)s was superseded on %(superseded)s. Its administrators manage the society for at most "
    "six months, until %(last_day)s (%(days)s day(s) left), and must hold the election of a new Board within that "
    "period (section 125). Announce the election through the portal's election flow.")
CREDIT_BODY = _(
    "The Board of %(society)s, a credit structure society, was superseded on %(superseded)s. The election of a "
    "new Board is due by %(last_day)s (%(days)s day(s) left): within two months of the supersession, which the "
    "State Government may extend up to six months (section 140(2)). Record an extension order if it is granted.")
BANK_BODY = _(
    "The Board of %(society)s was superseded on %(superseded)s at the Reserve Bank's requisition. The "
    "administrator's period ends on %(last_day)s (%(days)s day(s) left): a year, or the period the Reserve Bank "
    "specifies (section 4A).")

PERIOD_ENDS = _("Administrators' period ends (s.125)")
CREDIT_ELECTION_BY = _("Election of a new Board due (s.140(2))")
BANK_PERIOD_ENDS = _("Administrator's period ends (s.4A)")


def _d(day) -> str:
    return f"{day:%d %b %Y}"


def case_url(case) -> str:
    """The supersession's page in the office (S1's case page), else the society's."""
    try:
        return reverse("office_supersession_case", args=[case.pk])
    except NoReverseMatch:
        return reverse("office_society_detail", args=[case.society_id])


def _subject(case) -> str:
    return f"{case.society.registration_number} · {case.society.name}: administrators (s.125)"


def _params(case, today) -> dict:
    return {"society": case.society.name, "superseded": _d(case.superseded_on), "last_day": _d(case.period_ends_on),
            "days": (case.period_ends_on - today).days}


def _reminders(sweeper: str, order: int, body, offsets: tuple[int, ...], description: str) -> Reminders:
    # The district's officers: the ARCS and the administrators posted there (departmental officers, s.125).
    return Reminders(sweeper=sweeper, order=order, recipients=DISTRICT_OFFICERS, trigger="superseded_on",
                     subject=REMINDER_SUBJECT, body=body, params=_params, offsets=offsets,
                     url=lambda case: reverse("office_supersession_administration", args=[case.pk]),
                     description=description)


_COMMON = {"model": Supersession, "due_field": "period_ends_on", "district": "district",
           "related": ("society", "district"), "subject": _subject, "url": case_url,
           "met": Q(state="ended"), "escalation": ESCALATION}

ORDINARY = declare(Clock(
    name="supersession_administrator_period", rule_id=ORDINARY_RULE, open=ORDINARY_OPEN,
    timeline_label=lambda case: str(PERIOD_ENDS), timeline_rows=SHOWN & ORDINARY_CASE,
    reminders=_reminders("supersession_administrators_remind", 72, ORDINARY_BODY, ORDINARY_OFFSETS,
                         "Remind the district's officers 60, 30, 7 and 1 day(s) before an ordinary society's "
                         "administrators' six months end (s.125)."),
    **_COMMON))

CREDIT = declare(Clock(
    name="supersession_credit_election", rule_id=CREDIT_RULE, open=CREDIT_OPEN,
    timeline_label=lambda case: str(CREDIT_ELECTION_BY), timeline_rows=SHOWN & CREDIT_CASE,
    reminders=_reminders("supersession_credit_elections_remind", 72, CREDIT_BODY, CREDIT_OFFSETS,
                         "Remind the district's officers 30, 14, 7 and 1 day(s) before a credit structure "
                         "society's election is due after its supersession (s.140(2))."),
    **_COMMON))

BANK = declare(Clock(
    name="supersession_bank_administrator", rule_id=BANK_RULE, open=BANK_OPEN,
    timeline_label=lambda case: str(BANK_PERIOD_ENDS), timeline_rows=SHOWN & BANK_CASE,
    reminders=_reminders("supersession_bank_administrators_remind", 72, BANK_BODY, BANK_OFFSETS,
                         "Remind the district's officers 90, 30, 7 and 1 day(s) before a bank's administrator's "
                         "year (or the Reserve Bank's period) ends (s.4A)."),
    **_COMMON))

CLOCKS = (ORDINARY, CREDIT, BANK)


def clock_for(case) -> Clock:
    """The one clock a supersession in charge is on."""
    if case.ground in RESERVE_BANK_GROUNDS:
        return BANK
    if case.society.society_type in CREDIT_STRUCTURE_TYPES:
        return CREDIT
    return ORDINARY
