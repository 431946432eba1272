"""Effects of sweepers 30-34 (declared in ../clocks.py): the next financial year; office-holders ceasing
under s.43(3)."""

from datetime import date
from math import ceil

from django.db.models import Q

from registrar import activity
from registrar.calendar import day_after

from .. import rules
from ..actions import GovernanceAction
from ..models import (
    Board,
    BoardMeeting,
    FinancialYear,
)
from ..services import effects
from ..services.flags import flag_raise
from ..services.supervision import financial_year_open
from ._common import FACTS_FEW, FACTS_GAP, FACTS_PART_YEAR, Kind, _d

# ---- 30: financial years ------------------------------------------------------------------------------------

def years_due_to_open_next(today: date):
    """Reads fy_open_next_idx."""
    return FinancialYear.objects.filter(next_opened=False, ends_on__lt=today).order_by("ends_on", "pk")


def open_next_year(year: FinancialYear, today: date) -> str:
    """The chore financial_years_open_next (../clocks.py): the year rows the other clocks read. Row locked."""
    following = financial_year_open(year.society, rules.next_financial_year_end(year.ends_on))
    year.next_opened = True
    year.save(update_fields=["next_opened"])
    from membership.voters.services import list_duty_open_if_register

    list_duty_open_if_register(year.society, year.ends_on)  # s.26(3): the year's voter lists fall due
    activity.record(GovernanceAction.FINANCIAL_YEAR_OPENED, society=year.society, target=following,
                    data={"starts_on": following.starts_on, "ends_on": following.ends_on,
                          "agm_last_day": following.agm_last_day})
    return f"{year.society.registration_number}: year {following.label} opened"


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


def cease_for_gap(board: Board, today: date) -> str:
    """The clock board_meeting_gap (../clocks.py): 120 days without a Board meeting. Row locked."""
    return _apply_gap(board)


def years_due_for_meeting_count(today: date):
    """Reads fy_meetings_due_idx."""
    return FinancialYear.objects.filter(meetings_checked=False, ends_on__lt=today).order_by("ends_on", "pk")


def _board_at_year_end(year: FinancialYear) -> Board | None:
    return (Board.objects.select_for_update(of=("self",)).select_related("society")
            .filter(society_id=year.society_id, took_office_on__lte=year.ends_on)
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=year.ends_on)).order_by("-took_office_on").first())


def count_year_meetings(year: FinancialYear, today: date) -> str | None:
    """The chore presidents_cease_for_too_few_meetings (../clocks.py), once per year end. Row locked."""
    line = _count_meetings(year)
    year.meetings_checked = True
    year.save(update_fields=["meetings_checked"])
    return line or None


def _count_meetings(year: FinancialYear) -> str:
    board = _board_at_year_end(year)
    if board is None:
        return ""
    # Days with a held meeting, not rows: two entries of one day count once toward the four (s.43(1)); the
    # constraint one_board_meeting_per_day keeps new rows to one a day, this also covers rows entered before it.
    count = (BoardMeeting.objects.filter(society_id=year.society_id, quorum_met=True,
                                         held_on__range=(year.starts_on, year.ends_on))
             .order_by().values("held_on").distinct().count())
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
