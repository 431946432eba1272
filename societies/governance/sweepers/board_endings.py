"""The Board-ending effects (clocks in ../clocks.py, sweepers 40-44), settled per society in legal-date order."""

from datetime import date

from django.db.models import Q

from registrar.calendar import day_after
from societies.models import Society

from .. import rules
from ..actions import GovernanceAction
from ..models import (
    Board,
    ComplianceFlag,
    FinancialYear,
    GeneralMeeting,
    Requisition,
)
from ..selectors import current_board
from ..services import effects
from ..services.flags import flag_raise
from ._common import FACTS_ADJOURNED, FACTS_GAP, Kind, _d
from .office_holders import _cease_office_holder

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


# A governance status whose Board-ending effects are settled otherwise, registered by a later module so that
# supervision imports none: societies.supersession (a superseded Board: issue 20 point 4, the clocks keep running
# but the breaches are flagged to the administrator and the ARCS instead of ending a Board). status -> settle.
SETTLE_INSTEAD: dict = {}


def register_settle_instead(status: str, settle) -> None:
    SETTLE_INSTEAD[str(status)] = settle


def settle_board_endings(society: Society, today: date) -> list[str]:
    """Apply every due Board-ending effect of one (locked) society in the order of its legal date."""
    instead = SETTLE_INSTEAD.get(str(society.governance_status))
    if instead is not None:
        return instead(society, today)
    board = current_board(society, lock=True)
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


def lapse_board_requisition(requisition: Requisition, today: date) -> str | None:
    """A special Board meeting not held within 15 days: the President ceases (s.43(2)-(3)). Row locked."""
    on = rules.special_board_meeting_last_day(requisition.received_on)
    requisition.lapse(on=on)
    requisition.save(update_fields=["state", "lapsed_on"])
    board = (Board.objects.select_for_update(of=("self",)).select_related("society")
             .filter(society_id=requisition.society_id, ended_on__isnull=True, took_office_on__lte=on).first())
    if board is None:
        return None
    return _cease_office_holder(
        board, on=on, action=GovernanceAction.PRESIDENT_CEASED_SPECIAL_BOARD,
        flag_facts=FACTS_GAP % {"on": _d(on)}, rule_id="special_board_meeting_15d",
        data={"requisition": requisition.pk, "received_on": requisition.received_on})
