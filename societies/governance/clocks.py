"""Supervision's clocks, declared once (registrar.clocks). The frame derives from each its sweeper (dated on the
legal day, isolated per row or per society), its reminders, its deadlines-board rows, its timeline items and,
for the annual return (a filing), its holiday re-dating.

Order of the derived sweepers (registrar.sweeps.run_all), and why:
 30 financial_years_open_next (chore)   the year rows the other clocks read must exist first;
 32 presidents_cease_for_too_few_meetings (chore), 34 boards_cease_presidents_for_gap
                                        an office-holder's cessation is about a Board in office: apply it
                                        before any Board-ending effect, so a late run still finds the Board;
 40 requisitions_lapse, special_board_meetings_lapse, 42 boards_end_expired_terms, promoter_boards_lapse,
 44 boards_dissolve_for_missed_agm      the Board-ending effects. They share one per-society settle step
                                        (`settle_board_endings`): whichever finds a society first applies all its
                                        due Board endings in the order of their legal dates, so one late run
                                        equals the daily runs;
 50 proceedings_deem_approved, 60 appointments_flag_overrun   independent of the Board.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registrar.clocks import (
    DISTRICT_OFFICERS,
    EFFECT,
    FLAG,
    SECRETARIES,
    Chore,
    Clock,
    Escalation,
    Expiry,
    Reminders,
    chore,
    declare,
)

from . import rules
from .compliance import INACTIVE_LEGAL
from .models import Board, FinancialYear, OfficerAppointment, Proceedings, Requisition
from .sweepers.approvals import deem_proceedings_approved, flag_officer_overrun
from .sweepers.board_endings import lapse_board_requisition, settle_board_endings
from .sweepers.office_holders import (
    cease_for_gap,
    count_year_meetings,
    open_next_year,
    years_due_for_meeting_count,
    years_due_to_open_next,
)
from .timeline import (
    AGM_BY,
    BOARD_TERM_ENDS,
    NEXT_MEETING_BY,
    OFFICER_BOARD_BY,
    PROCEEDINGS_BY,
    PROMOTER_BOARD_LAST_DAY,
    REQUISITION_BY,
    RETURN_BY,
)

IN_SOCIETY = {"society": "society", "district": "society__district", "related": ("society", "society__district")}

# Supervision stops when the body corporate does (lifecycles.md §15 item 22): a society in liquidation, dissolved,
# divided, amalgamated, merged or whose registration was set aside has no Board to dissolve, remind or flag (the
# liquidator acts for it, s.94(4)); its audit continues (s.81(1), the audit module). Every Board clock's open and
# due rows carry this condition, so its sweeper, reminders, board and timeline all leave such a society alone.
SUPERVISED = ~Q(society__legal_status__in=INACTIVE_LEGAL)


def _d(day) -> str:
    return f"{day:%d %b %Y}"


def _society_url(row) -> str:
    return reverse("office_society_detail", args=[row.society_id])


def _on(row, label) -> str:
    return f"{row.society.registration_number} · {row.society.name}: {label}"


def _year(label):
    return lambda year: gettext(label) % {"year": year.label}


# ---- the year: AGM (s.39) and annual return (s.129(1)) ----------------------------------------------------------

AGM_REMINDER_SUBJECT = _("Reminder: hold the AGM of %(society)s by %(last_day)s")
AGM_REMINDER_BODY = _(
    "The annual general meeting of %(society)s for the year %(year)s must be held by %(last_day)s (%(days)s "
    "day(s) left), six months after the year ended. If it is not held, the Board stands dissolved from the next "
    "day and its directors may not be directors for five years (sections 39 and 40(4)). Record the AGM here "
    "once it is held."
)
RETURN_REMINDER_SUBJECT = _("Reminder: file the annual return for %(year)s by %(last_day)s")
RETURN_REMINDER_BODY = _(
    "The annual return of %(society)s for the year %(year)s must be filed by %(last_day)s (%(days)s day(s) "
    "left): within 30 days of the AGM held on %(agm)s, section 129(1). Not filing it is an offence under "
    "section 129(3)."
)
PROCEEDINGS_REMINDER_SUBJECT = _("Reminder: decide the proceedings of %(society)s by %(last_day)s")
PROCEEDINGS_REMINDER_BODY = _(
    "The proceedings of %(society)s received on %(received)s must be approved or returned with observations by "
    "%(last_day)s (%(days)s day(s) left). Otherwise they are deemed approved from the next day (section 45(1))."
)


def _year_params(year, today, last_day):
    return {"society": year.society.name, "year": year.label, "last_day": _d(last_day),
            "days": (last_day - today).days}


AGM = declare(Clock(
    name="agm", rule_id="agm_within_6_months", model=FinancialYear, due_field="agm_last_day",
    open=Q(agm_checked=False, agm_held_on__isnull=True) & SUPERVISED, met=Q(agm_held_on__isnull=False), **IN_SOCIETY,
    subject=lambda year: _on(year, f"AGM {year.label}"), url=_society_url, timeline_label=_year(AGM_BY),
    expiry=Expiry(EFFECT, sweeper="boards_dissolve_for_missed_agm", order=44, settle=settle_board_endings,
                  due=Q(agm_checked=False) & SUPERVISED,  # every year is checked once, held or not (fy_agm_due_idx)
                  description="The Board stands dissolved when no AGM is held within six months of the year end "
                              "(s.39), with the 5-year bar on its directors (s.40(4)(a))."),
    reminders=Reminders(
        sweeper="agm_remind", order=41, recipients=SECRETARIES, trigger="ends_on", sms=True,  # the Board's fate
        subject=AGM_REMINDER_SUBJECT, body=AGM_REMINDER_BODY,
        params=lambda year, today: _year_params(year, today, year.agm_last_day),
        url=lambda year: reverse("society_general_meeting_new", args=[year.society_id]),
        description="Remind secretaries 15, 7 and 1 day(s) before the AGM's last day (s.39), by SMS too."),
))


def _returns_redate(year, closed_days):
    if year.agm_held_on is not None:
        return rules.returns_last_day(year.agm_held_on, closed_days)
    return rules.returns_last_day_without_agm(year.ends_on, closed_days)


ANNUAL_RETURN = declare(Clock(
    # Not automatic (an offence under s.129(3)): once the day passes the year is shown overdue; no sweeper acts.
    name="annual_return", rule_id="annual_returns_30d", model=FinancialYear, due_field="returns_last_day",
    open=Q(returns_filed_on__isnull=True) & SUPERVISED, **IN_SOCIETY,
    subject=lambda year: _on(year, f"annual return {year.label}"),
    url=lambda year: reverse("office_return_detail", args=[year.pk]), timeline_label=_year(RETURN_BY),
    redate=_returns_redate,  # a filing by the society: rolls past closed days (ADR 0007)
    reminders=Reminders(
        # Only years whose AGM is held: before it the s.129 clock has not started (the §14 default last day is a
        # marker for the overdue list, not a period the society is counting).
        sweeper="returns_remind", order=40, recipients=SECRETARIES, trigger="agm_held_on",
        where=Q(agm_held_on__isnull=False), subject=RETURN_REMINDER_SUBJECT, body=RETURN_REMINDER_BODY,
        params=lambda year, today: {**_year_params(year, today, year.returns_last_day), "agm": _d(year.agm_held_on)},
        url=lambda year: reverse("society_return_edit", args=[year.society_id, year.pk]),
        description="Remind secretaries 15, 7 and 1 day(s) before the annual return's last day (s.129(1))."),
))

chore(Chore(
    sweeper="financial_years_open_next", order=30, model=FinancialYear, due_query=years_due_to_open_next,
    apply=open_next_year, lock=Q(next_opened=False), related=("society",),
    repeat=True,  # after a long gap each opened year may itself have ended: until the current year exists
    description="Open the next financial year of every society whose year has ended (s.39, s.129 clocks)."))

chore(Chore(
    sweeper="presidents_cease_for_too_few_meetings", order=32, model=FinancialYear,
    due_query=years_due_for_meeting_count, apply=count_year_meetings, lock=Q(meetings_checked=False),
    related=("society",),
    description="President ceases on the year end when the Board met fewer than four times in a year it was in "
                "office throughout (s.43(1), 43(3)); a part year raises a flag only."))

# ---- the Board: meetings (s.43), term (s.41(4)), promoter Board (s.35(1)) ---------------------------------------

BOARD_MEETING = declare(Clock(
    name="board_meeting_gap", rule_id="board_meeting_gap_max_120d", model=Board, due_field="next_meeting_due_on",
    open=Q(ended_on__isnull=True, next_meeting_due_on__isnull=False) & SUPERVISED, **IN_SOCIETY,
    subject=lambda board: _on(board, "next Board meeting"), url=_society_url,
    timeline_label=lambda board: str(NEXT_MEETING_BY), timeline_rows=Q(ended_on__isnull=True),
    expiry=Expiry(EFFECT, sweeper="boards_cease_presidents_for_gap", order=34, apply=cease_for_gap,
                  related=("society",),
                  description="President (or acting Vice-President) ceases when 120 days pass without a Board "
                              "meeting (s.43(3)); the 5-year bar is flagged for the Registrar."),
))

BOARD_TERM = declare(Clock(
    name="board_term", rule_id="board_term_5y", model=Board, due_field="term_ends_on",
    open=Q(ended_on__isnull=True, kind=Board.Kind.ELECTED) & SUPERVISED, **IN_SOCIETY,
    subject=lambda board: _on(board, "elected Board's term"), url=_society_url,
    timeline_label=lambda board: str(BOARD_TERM_ENDS), timeline_rows=Q(ended_on__isnull=True),
    expiry=Expiry(EFFECT, sweeper="boards_end_expired_terms", order=42, settle=settle_board_endings,
                  description="Directors cease when the 5-year term ends with no election (s.41(4))."),
))

PROMOTER_BOARD = declare(Clock(
    name="promoter_board", rule_id="promoter_board_max_1y", model=Board, due_field="term_ends_on",
    open=Q(ended_on__isnull=True, kind=Board.Kind.PROMOTER) & SUPERVISED, **IN_SOCIETY,
    subject=lambda board: _on(board, "promoter Board's year"), url=_society_url,
    timeline_label=lambda board: str(PROMOTER_BOARD_LAST_DAY), timeline_rows=Q(kind=Board.Kind.PROMOTER) & ~Q(end_reason=Board.EndReason.REGISTRATION_SET_ASIDE),
    met=Q(ended_on__isnull=False) & ~Q(end_reason=Board.EndReason.PROMOTER_LAPSED),
    expiry=Expiry(EFFECT, sweeper="promoter_boards_lapse", order=42, settle=settle_board_endings,
                  description="A promoter Board leaves office after its year (s.35(1))."),
))

# ---- requisitions (s.33(3), s.43(2)) and proceedings (s.45(1)) --------------------------------------------------


def _requisition_label(requisition) -> str:
    return gettext(REQUISITION_BY) % {"received": _d(requisition.received_on)}


SPECIAL_GM = declare(Clock(
    name="special_general_meeting", rule_id="special_gm_within_45d", model=Requisition, due_field="hold_by",
    open=Q(state=Requisition.State.OPEN, kind=Requisition.Kind.GENERAL_MEETING) & SUPERVISED, **IN_SOCIETY,
    subject=lambda r: _on(r, f"special general meeting requisitioned {_d(r.received_on)}"), url=_society_url,
    timeline_label=_requisition_label,
    expiry=Expiry(EFFECT, sweeper="requisitions_lapse", order=40, settle=settle_board_endings,
                  description="A requisitioned special general meeting not held in 45 days: all directors cease "
                              "(s.33(3))."),
))

SPECIAL_BOARD_MEETING = declare(Clock(
    name="special_board_meeting", rule_id="special_board_meeting_15d", model=Requisition, due_field="hold_by",
    open=Q(state=Requisition.State.OPEN, kind=Requisition.Kind.BOARD_MEETING) & SUPERVISED, **IN_SOCIETY,
    subject=lambda r: _on(r, f"special Board meeting requisitioned {_d(r.received_on)}"), url=_society_url,
    timeline_label=_requisition_label,
    expiry=Expiry(EFFECT, sweeper="special_board_meetings_lapse", order=40, apply=lapse_board_requisition,
                  related=("society",),
                  description="A requisitioned special Board meeting not held in 15 days: the President ceases "
                              "(s.43(2)-(3))."),
))

# No escalation: the day after the 15th the proceedings are deemed approved (s.45(1)) and the row closes, so there
# is nothing left to decide above; the reminders before it already go to the district's officers.
PROCEEDINGS = declare(Clock(
    name="proceedings_approval", rule_id="gm_proceedings_deemed_approved_15d", model=Proceedings,
    due_field="approval_last_day", open=Q(state=Proceedings.State.FILED), **IN_SOCIETY,
    subject=lambda p: _on(p, f"proceedings received {_d(p.received_on)}"),
    url=lambda p: reverse("office_proceedings_detail", args=[p.pk]),
    timeline_label=lambda p: gettext(PROCEEDINGS_BY) % {"received": _d(p.received_on)},
    timeline_rows=Q(state=Proceedings.State.FILED),
    expiry=Expiry(EFFECT, sweeper="proceedings_deem_approved", order=50, apply=deem_proceedings_approved,
                  related=("society",),
                  description="General-meeting proceedings not approved within 15 days of receipt are deemed "
                              "approved (s.45(1))."),
    reminders=Reminders(
        sweeper="proceedings_remind", order=49, recipients=DISTRICT_OFFICERS, trigger="received_on",
        subject=PROCEEDINGS_REMINDER_SUBJECT, body=PROCEEDINGS_REMINDER_BODY,
        params=lambda p, today: {"society": p.society.name, "received": _d(p.received_on),
                                 "last_day": _d(p.approval_last_day), "days": (p.approval_last_day - today).days},
        description="Remind the district's officers 15, 7 and 1 day(s) before proceedings are deemed approved."),
))

# ---- an officer in charge (s.41(6)) -------------------------------------------------------------------------------

OFFICER_OVERRUN_ESCALATES_AFTER_DAYS = 30

OFFICER_IN_CHARGE = declare(Clock(
    name="officer_in_charge", rule_id="registrar_officer_constitutes_board_90d", model=OfficerAppointment,
    due_field="board_due_on", open=Q(ended_on__isnull=True) & SUPERVISED, **IN_SOCIETY,
    subject=lambda a: _on(a, f"officer in charge (order {a.order_number})"), url=_society_url,
    timeline_label=lambda a: str(OFFICER_BOARD_BY),
    # rules.yaml: "continue until a Board is constituted but flag the over-run to a supervisor". The row stays
    # open after day 90 (the officer continues), so the over-run goes up the ladder: the Deputy Registrar from
    # day 91, one rank higher every 30 more days (the office's service target; registrar.ladder).
    escalation=Escalation(after_days=OFFICER_OVERRUN_ESCALATES_AFTER_DAYS),
    assignee="officer",   # the officer acting as the Board has it on their My work
    expiry=Expiry(FLAG, sweeper="appointments_flag_overrun", order=60, apply=flag_officer_overrun,
                  due=Q(ended_on__isnull=True, overrun_flagged=False) & SUPERVISED, related=("society",),
                  description="Flag for the Registrar an officer in charge who has not constituted a Board within "
                              "90 days (s.41(6)); the officer continues meanwhile."),
))
