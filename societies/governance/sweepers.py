"""Sweepers of supervision: the Act's automatic consequences for Boards, office-holders and proceedings.

Each sweeper selects ids through its due query (a partial index named in the models), then per row opens a
transaction, locks with skip_locked, re-checks, applies the effect dated on its LEGAL day (rules.py), writes one
activity entry and notifies on commit. Running twice does it once; a late run gives the same dates.

Order (registrar.sweeps.run_all), and why:
 30 financial_years_open_next            the year rows the other sweeps read must exist first;
 32 presidents_cease_for_too_few_meetings, 34 boards_cease_presidents_for_gap
                                         an office-holder's cessation is about a Board in office: apply it
                                         before any Board-ending effect, so a late run still finds the Board;
 40 requisitions_lapse, 42 boards_end_expired_terms, 44 boards_dissolve_for_missed_agm
                                         the three Board-ending effects. Whichever of them finds a society
                                         first applies ALL its due Board endings in the order of their legal
                                         dates (`_settle_board_endings`): the earliest ends the Board, the later
                                         ones find no Board in office. So one late run equals the daily runs;
 50 proceedings_deem_approved, 60 appointments_flag_overrun   independent of the Board.
"""

from datetime import date
from math import ceil

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.calendar import day_after
from registrar.sweeps import SweepResult, sweeper
from societies.models import Society

from . import rules
from .actions import GovernanceAction
from .models import (
    Board,
    BoardMeeting,
    ComplianceFlag,
    FinancialYear,
    GeneralMeeting,
    OfficerAppointment,
    Proceedings,
    Requisition,
)
from .services import effects
from .services.flags import flag_raise
from .services.supervision import financial_year_open

Kind = ComplianceFlag.Kind
FACTS_GAP = _("No Board meeting was held between the last one and %(on)s (more than 120 days). The office-holder "
              "ceased from the office on %(on)s with the 3-year bar (s.43(3)-(4)); whether the 5-year bar on being "
              "a Director (s.40(4)) also applies is for the Registrar to decide.")
FACTS_FEW = _("Only %(count)s Board meeting(s) with quorum in the year %(start)s to %(end)s (at least four, s.43(1)). "
              "The office-holder ceased from the office on %(end)s; the 5-year Director bar (s.40(4)) is for the "
              "Registrar to decide.")
FACTS_PART_YEAR = _("The Board was in office for %(days)s day(s) of the year %(start)s to %(end)s and held %(count)s "
                    "Board meeting(s) with quorum, fewer than the %(needed)s a pro rata share of four requires. A part "
                    "year carries no automatic cessation (rules.yaml board_meetings_min_4_per_fy).")
FACTS_ADJOURNED = _("The AGM of the year ending %(end)s was adjourned to %(to)s, after the last day %(last)s "
                    "(s.34, s.39). Dissolution needs the Registrar's finding.")
FACTS_OVERRUN = _("Officer in charge appointed on %(on)s by order %(number)s; no Board was constituted by %(due)s "
                  "(s.41(6)). The officer continues until the Registrar orders otherwise.")
DEEMED_DETAIL = _("The Registrar did not act within 15 days of receipt (s.45(1)).")


def _d(day: date) -> str:
    return f"{day:%d %b %Y}"


def _lock_society(pk: int) -> Society | None:
    return Society.objects.select_for_update(skip_locked=True, of=("self",)).filter(pk=pk).first()


# ---- 30: financial years ------------------------------------------------------------------------------------

def years_due_to_open_next(today: date):
    """Reads fy_open_next_idx."""
    return FinancialYear.objects.filter(next_opened=False, ends_on__lt=today).order_by("ends_on", "pk")


@sweeper("financial_years_open_next", order=30, due_query=years_due_to_open_next,
         description="Open the next financial year of every society whose year has ended (s.39, s.129 clocks).")
def financial_years_open_next(*, today: date) -> SweepResult:
    result = SweepResult()
    tried: set[int] = set()
    while True:  # after a long gap each opened year may itself have ended: loop until the current year exists
        due_ids = [pk for pk in years_due_to_open_next(today).values_list("pk", flat=True) if pk not in tried]
        if not due_ids:
            return result
        for pk in due_ids:
            tried.add(pk)
            with transaction.atomic():
                year = (FinancialYear.objects.select_for_update(skip_locked=True, of=("self",))
                        .select_related("society").filter(pk=pk, next_opened=False).first())
                if year is None:
                    continue
                following = financial_year_open(year.society, rules.next_financial_year_end(year.ends_on))
                year.next_opened = True
                year.save(update_fields=["next_opened"])
                activity.record(GovernanceAction.FINANCIAL_YEAR_OPENED, society=year.society, target=following,
                                data={"starts_on": following.starts_on, "ends_on": following.ends_on,
                                      "agm_last_day": following.agm_last_day})
                result.add(f"{year.society.registration_number}: year {following.label} opened")


# ---- 32, 34: office-holders (s.43) -----------------------------------------------------------------------------

def _cease_office_holder(board: Board, *, on: date, action: str, flag_facts, rule_id: str, data: dict) -> str:
    """The office-holder responsible ceases from the office on `on` (3-year bar); the 5-year bar goes to the
    Registrar as a flag. With no President or Vice-President in office, only the flag."""
    society = board.society
    holder = effects.responsible_office_holder(board)
    if holder is None:
        flag_raise(society, Kind.DIRECTOR_BAR_FOR_MEETINGS, rule_id, f"board:{board.pk}:{on.isoformat()}",
                   str(flag_facts), on)
        return f"{society.registration_number}: no office-holder in office on {_d(on)}; flag raised"
    ceased = effects.office_holder_cease(holder, on=on)
    activity.record(action, society=society, target=holder, data={**ceased, "board": board.pk, **data})
    flag_raise(society, Kind.DIRECTOR_BAR_FOR_MEETINGS, rule_id, f"dir:{holder.pk}:{on.isoformat()}",
               str(flag_facts), on)
    effects.notify_effect(society, key=f"{action}:{holder.pk}:{on.isoformat()}",
                          effect=GovernanceAction(action).label, on=on, detail=holder.name)
    return f"{society.registration_number}: {holder.name} ceased as {ceased['office']} on {_d(on)}"


def _apply_gap(board: Board) -> str:
    on = board.next_meeting_due_on
    line = _cease_office_holder(board, on=on, action=GovernanceAction.PRESIDENT_CEASED_GAP,
                                flag_facts=FACTS_GAP % {"on": _d(on)}, rule_id="board_meeting_gap_max_120d",
                                data={"next_meeting_due_on": on})
    board.next_meeting_due_on = None  # re-armed by the next Board meeting
    board.save(update_fields=["next_meeting_due_on"])
    return line


def boards_due_for_meeting_gap(today: date):
    """Reads board_meeting_due_idx."""
    return Board.objects.filter(ended_on__isnull=True, next_meeting_due_on__isnull=False,
                                next_meeting_due_on__lt=today).order_by("next_meeting_due_on", "pk")


@sweeper("boards_cease_presidents_for_gap", order=34, due_query=boards_due_for_meeting_gap,
         description="President (or acting Vice-President) ceases when 120 days pass without a Board meeting "
                     "(s.43(3)); the 5-year bar is flagged for the Registrar.")
def boards_cease_presidents_for_gap(*, today: date) -> SweepResult:
    result = SweepResult()
    for pk in list(boards_due_for_meeting_gap(today).values_list("pk", flat=True)):
        with transaction.atomic():
            board = (Board.objects.select_for_update(skip_locked=True, of=("self",)).select_related("society")
                     .filter(pk=pk, ended_on__isnull=True, next_meeting_due_on__lt=today).first())
            if board is not None:
                result.add(_apply_gap(board))
    return result


def years_due_for_meeting_count(today: date):
    """Reads fy_meetings_due_idx."""
    return FinancialYear.objects.filter(meetings_checked=False, ends_on__lt=today).order_by("ends_on", "pk")


def _board_at_year_end(year: FinancialYear) -> Board | None:
    return (Board.objects.select_for_update(of=("self",)).select_related("society")
            .filter(society_id=year.society_id, took_office_on__lte=year.ends_on)
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=year.ends_on)).order_by("-took_office_on").first())


@sweeper("presidents_cease_for_too_few_meetings", order=32, due_query=years_due_for_meeting_count,
         description="President ceases on the year end when the Board met fewer than four times in a year it was "
                     "in office throughout (s.43(1), 43(3)); a part year raises a flag only.")
def presidents_cease_for_too_few_meetings(*, today: date) -> SweepResult:
    result = SweepResult()
    for pk in list(years_due_for_meeting_count(today).values_list("pk", flat=True)):
        with transaction.atomic():
            year = (FinancialYear.objects.select_for_update(skip_locked=True, of=("self",)).select_related("society")
                    .filter(pk=pk, meetings_checked=False).first())
            if year is None:
                continue
            line = _count_meetings(year)
            year.meetings_checked = True
            year.save(update_fields=["meetings_checked"])
            if line:
                result.add(line)
    return result


def _count_meetings(year: FinancialYear) -> str:
    board = _board_at_year_end(year)
    if board is None:
        return ""
    count = BoardMeeting.objects.filter(society_id=year.society_id, quorum_met=True,
                                        held_on__range=(year.starts_on, year.ends_on)).count()
    if rules.has_minimum_board_meetings(count):
        return ""
    params = {"count": count, "start": _d(year.starts_on), "end": _d(year.ends_on)}
    if rules.in_office_whole_year(board.took_office_on, year.ends_on):
        if board.is_current and board.next_meeting_due_on and board.next_meeting_due_on < year.ends_on:
            _apply_gap(board)  # the earlier cessation first, as the daily runs would have done
        return _cease_office_holder(board, on=year.ends_on, action=GovernanceAction.PRESIDENT_CEASED_FEW_MEETINGS,
                                    flag_facts=FACTS_FEW % params, rule_id="board_meetings_min_4_per_fy",
                                    data={"meetings_held": count, "financial_year_end": year.ends_on})
    # Part year: pro rata share of four over the days in office (rules.yaml notes), a flag only.
    days = (year.ends_on - max(board.took_office_on, year.starts_on)).days + 1
    needed = ceil(rules.MIN_BOARD_MEETINGS_PER_FY * days / ((year.ends_on - year.starts_on).days + 1))
    if count >= needed:
        return ""
    flag_raise(year.society, Kind.PART_YEAR_MEETINGS, "board_meetings_min_4_per_fy",
               f"fy:{year.ends_on.isoformat()}:board:{board.pk}",
               str(FACTS_PART_YEAR % {**params, "days": days, "needed": needed}), day_after(year.ends_on))
    return f"{year.society.registration_number}: part-year meetings flag for {year.label}"


# ---- 40, 42, 44: Board endings, settled per society in legal-date order ----------------------------------------

def _agm_held_in_time(year: FinancialYear) -> date | None:
    if year.agm_held_on and year.agm_held_on <= year.agm_last_day:
        return year.agm_held_on
    return (GeneralMeeting.objects.filter(society_id=year.society_id, kind=GeneralMeeting.Kind.AGM, quorum_met=True,
                                          held_on__gt=year.ends_on, held_on__lte=year.agm_last_day)
            .filter(Q(financial_year=year) | Q(financial_year__isnull=True))
            .order_by("held_on").values_list("held_on", flat=True).first())


def _settle_agm(year: FinancialYear, board: Board | None) -> str:
    society = year.society
    year.agm_checked = True
    year.save(update_fields=["agm_checked"])
    if _agm_held_in_time(year):
        return ""
    subject = f"fy:{year.ends_on.isoformat()}"
    adjourned = (GeneralMeeting.objects.filter(society_id=society.pk, kind=GeneralMeeting.Kind.AGM,
                                               held_on__lte=year.agm_last_day, adjourned_to__gt=year.agm_last_day)
                 .filter(Q(financial_year=year) | Q(financial_year__isnull=True)).order_by("held_on").first())
    flagged = ComplianceFlag.objects.filter(society=society, kind=Kind.AGM_ADJOURNED_PAST_DEADLINE,
                                            subject_key=subject, state=ComplianceFlag.State.OPEN).exists()
    if adjourned and not flagged:
        flag_raise(society, Kind.AGM_ADJOURNED_PAST_DEADLINE, "agm_within_6_months", subject,
                   str(FACTS_ADJOURNED % {"end": _d(year.ends_on), "to": _d(adjourned.adjourned_to),
                                          "last": _d(year.agm_last_day)}), day_after(year.agm_last_day))
        flagged = True
    if flagged:  # lifecycles.md §7: the Registrar decides (services.flags.flag_confirm dissolves)
        return f"{society.registration_number}: AGM adjourned past {_d(year.agm_last_day)}; left to the Registrar"
    on = rules.board_dissolved_on(year.ends_on)
    if board is None or board.took_office_on >= on:
        return ""  # no Board in office then (ended by an earlier effect, or elected after the deadline)
    effects.board_end(board, on=on, reason=Board.EndReason.DISSOLVED_NO_AGM,
                      action=GovernanceAction.BOARD_DISSOLVED_NO_AGM,
                      data={"financial_year_end": year.ends_on, "agm_last_day": year.agm_last_day})
    return f"{society.registration_number}: Board dissolved from {_d(on)} (no AGM by {_d(year.agm_last_day)})"


def _settle_special_gm(requisition: Requisition, board: Board | None) -> str:
    on = rules.directors_cease_for_special_gm_on(requisition.received_on)
    requisition.lapse(on=on)
    requisition.save(update_fields=["state", "lapsed_on"])
    if board is None or board.took_office_on > on:
        return ""
    effects.board_end(board, on=on, reason=Board.EndReason.CEASED_SPECIAL_GM,
                      action=GovernanceAction.DIRECTORS_CEASED_SPECIAL_GM,
                      data={"requisition": requisition.pk, "received_on": requisition.received_on,
                            "hold_by": requisition.hold_by})
    return f"{requisition.society.registration_number}: directors ceased on {_d(on)} (special GM not held)"


def _term_ended_on(board: Board) -> date:
    if board.kind == Board.Kind.ELECTED and board.election_result_on:
        return rules.board_term_ended_on(board.election_result_on)
    return day_after(board.term_ends_on)


def _settle_term(board: Board) -> str:
    on = _term_ended_on(board)
    if board.kind == Board.Kind.PROMOTER:
        effects.board_end(board, on=on, reason=Board.EndReason.PROMOTER_LAPSED,
                          action=GovernanceAction.PROMOTER_BOARD_LAPSED, data={"term_ended": board.term_ends_on})
        return f"{board.society.registration_number}: promoter Board's year ended; out of office from {_d(on)}"
    effects.board_end(board, on=on, reason=Board.EndReason.CEASED_NO_ELECTION, action=GovernanceAction.BOARD_TERM_ENDED,
                      data={"elected_on": board.election_result_on, "term_ended": board.term_ends_on})
    return f"{board.society.registration_number}: directors ceased on {_d(on)} (no election before the term ended)"


def _settle_board_endings(society: Society, today: date) -> list[str]:
    """Apply every due Board-ending effect of one (locked) society in the order of its legal date."""
    board = Board.objects.select_for_update(of=("self",)).filter(society=society, ended_on__isnull=True).first()
    events = []
    for year in (FinancialYear.objects.select_for_update(of=("self",))
                 .filter(society=society, agm_checked=False, agm_last_day__lt=today)):
        events.append((rules.board_dissolved_on(year.ends_on), 2, year))
    for requisition in (Requisition.objects.select_for_update(of=("self",))
                        .filter(society=society, kind=Requisition.Kind.GENERAL_MEETING,
                                state=Requisition.State.OPEN, hold_by__lt=today)):
        events.append((rules.directors_cease_for_special_gm_on(requisition.received_on), 0, requisition))
    if board is not None and board.term_ends_on < today:
        events.append((_term_ended_on(board), 1, board))
    lines = []
    for _on, _rank, row in sorted(events, key=lambda e: (e[0], e[1], e[2].pk)):
        row.society = society
        if board is not None:
            board.society = society
        current = board if board is not None and board.ended_on is None else None
        if isinstance(row, FinancialYear):
            line = _settle_agm(row, current)
        elif isinstance(row, Requisition):
            line = _settle_special_gm(row, current)
        else:
            line = _settle_term(row) if current is not None else ""
        if line:
            lines.append(line)
    return lines


def _sweep_societies(society_ids, today: date) -> SweepResult:
    result = SweepResult()
    for society_id in dict.fromkeys(society_ids):
        with transaction.atomic():
            society = _lock_society(society_id)
            if society is not None:
                for line in _settle_board_endings(society, today):
                    result.add(line)
    return result


def requisitions_due_to_lapse(today: date):
    """Reads requisition_due_idx."""
    return Requisition.objects.filter(state=Requisition.State.OPEN, hold_by__lt=today).order_by("hold_by", "pk")


@sweeper("requisitions_lapse", order=40, due_query=requisitions_due_to_lapse,
         description="A requisitioned meeting not held in time: all directors cease (special GM, s.33(3)) or the "
                     "President ceases (special Board meeting, s.43(3)).")
def requisitions_lapse(*, today: date) -> SweepResult:
    rows = list(requisitions_due_to_lapse(today).values_list("pk", "kind", "society_id"))
    result = _sweep_societies([s for _pk, kind, s in rows if kind == Requisition.Kind.GENERAL_MEETING], today)
    for pk in [pk for pk, kind, _s in rows if kind == Requisition.Kind.BOARD_MEETING]:
        with transaction.atomic():
            requisition = (Requisition.objects.select_for_update(skip_locked=True, of=("self",))
                           .select_related("society").filter(pk=pk, state=Requisition.State.OPEN).first())
            if requisition is None:
                continue
            on = rules.special_board_meeting_last_day(requisition.received_on)
            requisition.lapse(on=on)
            requisition.save(update_fields=["state", "lapsed_on"])
            board = (Board.objects.select_for_update(of=("self",)).select_related("society")
                     .filter(society_id=requisition.society_id, ended_on__isnull=True, took_office_on__lte=on).first())
            if board is None:
                continue
            result.add(_cease_office_holder(
                board, on=on, action=GovernanceAction.PRESIDENT_CEASED_SPECIAL_BOARD,
                flag_facts=FACTS_GAP % {"on": _d(on)}, rule_id="special_board_meeting_15d",
                data={"requisition": requisition.pk, "received_on": requisition.received_on}))
    return result


def boards_due_for_term_end(today: date):
    """Reads board_term_due_idx."""
    return Board.objects.filter(ended_on__isnull=True, term_ends_on__lt=today).order_by("term_ends_on", "pk")


@sweeper("boards_end_expired_terms", order=42, due_query=boards_due_for_term_end,
         description="Directors cease when the 5-year term ends with no election (s.41(4)); a promoter Board "
                     "leaves office after its year (s.35(1)).")
def boards_end_expired_terms(*, today: date) -> SweepResult:
    return _sweep_societies(boards_due_for_term_end(today).values_list("society_id", flat=True), today)


def years_due_for_agm_check(today: date):
    """Reads fy_agm_due_idx."""
    return FinancialYear.objects.filter(agm_checked=False, agm_last_day__lt=today).order_by("agm_last_day", "pk")


@sweeper("boards_dissolve_for_missed_agm", order=44, due_query=years_due_for_agm_check,
         description="The Board stands dissolved when no AGM is held within six months of the year end (s.39), "
                     "with the 5-year bar on its directors (s.40(4)(a)).")
def boards_dissolve_for_missed_agm(*, today: date) -> SweepResult:
    return _sweep_societies(years_due_for_agm_check(today).values_list("society_id", flat=True), today)


# ---- 50, 60 -------------------------------------------------------------------------------------------------

def proceedings_due_for_deemed_approval(today: date):
    """Reads proceedings_due_idx."""
    return Proceedings.objects.filter(state=Proceedings.State.FILED, approval_last_day__lt=today) \
        .order_by("approval_last_day", "pk")


@sweeper("proceedings_deem_approved", order=50, due_query=proceedings_due_for_deemed_approval,
         description="General-meeting proceedings not approved within 15 days of receipt are deemed approved "
                     "(s.45(1)).")
def proceedings_deem_approved(*, today: date) -> SweepResult:
    result = SweepResult()
    for pk in list(proceedings_due_for_deemed_approval(today).values_list("pk", flat=True)):
        with transaction.atomic():
            proceedings = (Proceedings.objects.select_for_update(skip_locked=True, of=("self",))
                           .select_related("society").filter(pk=pk, state=Proceedings.State.FILED).first())
            if proceedings is None:
                continue
            on = rules.proceedings_deemed_approved_on(proceedings.received_on)
            proceedings.deem_approved(on=on)
            proceedings.save(update_fields=["state", "decided_on"])
            activity.record(GovernanceAction.PROCEEDINGS_DEEMED_APPROVED, society=proceedings.society,
                            target=proceedings, data={"received_on": proceedings.received_on,
                                                      "approval_last_day": proceedings.approval_last_day,
                                                      "deemed_approved_on": on})
            effects.notify_effect(proceedings.society, key=f"proceedings_deemed:{proceedings.pk}",
                                  effect=GovernanceAction.PROCEEDINGS_DEEMED_APPROVED.label, on=on,
                                  detail=DEEMED_DETAIL)
            result.add(f"{proceedings.society.registration_number}: proceedings deemed approved from {_d(on)}")
    return result


def appointments_due_for_overrun(today: date):
    """Reads officer_board_due_idx."""
    return OfficerAppointment.objects.filter(ended_on__isnull=True, overrun_flagged=False,
                                             board_due_on__lt=today).order_by("board_due_on", "pk")


@sweeper("appointments_flag_overrun", order=60, due_query=appointments_due_for_overrun,
         description="Flag for the Registrar an officer in charge who has not constituted a Board within 90 days "
                     "(s.41(6)); the officer continues meanwhile.")
def appointments_flag_overrun(*, today: date) -> SweepResult:
    result = SweepResult()
    for pk in list(appointments_due_for_overrun(today).values_list("pk", flat=True)):
        with transaction.atomic():
            appointment = (OfficerAppointment.objects.select_for_update(skip_locked=True, of=("self",))
                           .select_related("society")
                           .filter(pk=pk, ended_on__isnull=True, overrun_flagged=False).first())
            if appointment is None:
                continue
            flag_raise(appointment.society, Kind.OFFICER_OVERRUN, "registrar_officer_constitutes_board_90d",
                       f"appointment:{appointment.pk}",
                       str(FACTS_OVERRUN % {"on": _d(appointment.appointed_on), "number": appointment.order_number,
                                            "due": _d(appointment.board_due_on)}),
                       day_after(appointment.board_due_on))
            appointment.overrun_flagged = True
            appointment.save(update_fields=["overrun_flagged"])
            result.add(f"{appointment.society.registration_number}: officer's 90 days ran out on "
                       f"{_d(appointment.board_due_on)}; flagged")
    return result
