"""Rectifiers of supervision's automatic effects (registrar.rectification; ADR 0007).

A sweeper ends a Board or an office on the facts recorded by the sweep. When the meeting was in fact held in
time and only entered late, a Registrar's order cites the real date and these functions undo the effect on the
rows (the activity log keeps the sweeper's entry and the order's entry):
- Board dissolved for no AGM (s.39): the AGM was held on/before the last day;
- President ceased for a 120-day gap (s.43(3)): a Board meeting was held within the 120 days;
- Directors ceased for a special general meeting not held (s.33(3)): it was held by the 45th day.
"""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registrar.rectification import rectifier
from societies.models import Society

from . import rules
from .actions import GovernanceAction
from .models import (
    Board,
    BoardMeeting,
    ComplianceFlag,
    Director,
    FinancialYear,
    OfficerAppointment,
    Requisition,
)

BOARD_NOT_ENDED = _("The Board is no longer out of office for this reason: there is nothing to set aside.")
NEWER_BOARD = _("Another Board is in office now; set aside only while no later Board has been constituted.")
AGM_DATE_OUTSIDE = _("The real AGM date %(real)s must fall after the year end (%(end)s) and on or before the last "
                     "day %(last)s: otherwise the Board was rightly dissolved.")
MEETING_DATE_OUTSIDE = _("The real meeting date %(real)s must fall within the 120 days ending %(last)s: otherwise "
                         "the office-holder rightly ceased.")
OFFICE_TAKEN = _("Someone else now holds the office of %(office)s; the office cannot be restored.")
NOT_CEASED_NOW = _("The office-holder is no longer ceased for this reason: there is nothing to set aside.")
SPECIAL_GM_OUTSIDE = _("The real meeting date %(real)s must fall between the requisition's receipt (%(received)s) "
                       "and the last day %(last)s: otherwise the directors rightly ceased.")

SUMMARY_AGM = _("Dissolution set aside: the AGM was held on %(real)s, so the Board of %(name)s stays in office and "
                "its directors are restored without the bar.")
SUMMARY_GAP = _("Cessation set aside: the Board met on %(real)s, so %(director)s stays %(office)s without the bar.")
SUMMARY_SPECIAL_GM = _("Cessation set aside: the special general meeting was held on %(real)s, so the Board of "
                       "%(name)s stays in office and its directors are restored without the bar.")


def _d(day: date) -> str:
    return f"{day:%d %b %Y}"


def _restore_board(entry, *, reason: str, cessation: str, order, today: date) -> tuple[Society, Board]:
    """Put back the Board the entry ended, its directors ceased by the effect, and the society's status."""
    society = Society.objects.select_for_update(of=("self",)).get(pk=entry.society_id)
    board = Board.objects.select_for_update(of=("self",)).get(pk=entry.data["board"], society=society)
    ended_on = date.fromisoformat(entry.data["ended_on"])
    if board.ended_on != ended_on or board.end_reason != reason:
        raise ValidationError(BOARD_NOT_ENDED)
    if Board.objects.filter(society=society, ended_on__isnull=True).exists():
        raise ValidationError(NEWER_BOARD)
    Director.objects.filter(pk__in=entry.data.get("directors_ceased", []), ceased_on=ended_on,
                            cessation=cessation).update(ceased_on=None, cessation="", director_bar_until=None)
    last = (BoardMeeting.objects.filter(board=board, quorum_met=True).order_by("-held_on")
            .values_list("held_on", flat=True).first())
    board.ended_on, board.end_reason = None, ""
    board.next_meeting_due_on = rules.next_board_meeting_last_day(last or board.took_office_on)
    board.save(update_fields=["ended_on", "end_reason", "next_meeting_due_on"])
    # An officer put in charge meanwhile hands back to the restored Board on the day of the order.
    OfficerAppointment.objects.filter(society=society, ended_on__isnull=True).update(ended_on=today)
    if board.kind == Board.Kind.PROMOTER:
        society.promoter_board_restored()
    else:
        society.elected_board_restored()
    society.save(update_fields=["governance_status"])
    return society, board


@rectifier(GovernanceAction.BOARD_DISSOLVED_NO_AGM,
           description=_("Board dissolved for no AGM within six months (s.39): the AGM was in fact held by the last "
                         "day but recorded late."))
def board_dissolution_set_aside(entry, *, real_date: date, order, actor, today: date) -> str:
    year = FinancialYear.objects.select_for_update(of=("self",)).get(
        society_id=entry.society_id, ends_on=date.fromisoformat(entry.data["financial_year_end"]))
    if not (year.ends_on < real_date <= year.agm_last_day):
        raise ValidationError(AGM_DATE_OUTSIDE, params={"real": _d(real_date), "end": _d(year.ends_on),
                                                        "last": _d(year.agm_last_day)})
    society, _board = _restore_board(entry, reason=Board.EndReason.DISSOLVED_NO_AGM,
                                     cessation=Director.Cessation.NO_AGM, order=order, today=today)
    if year.agm_held_on is None or year.agm_held_on > year.agm_last_day:
        year.agm_held_on = real_date
        year.save(update_fields=["agm_held_on"])
    return gettext(SUMMARY_AGM) % {"real": _d(real_date), "name": society.name}


@rectifier(GovernanceAction.PRESIDENT_CEASED_GAP,
           description=_("President ceased for more than 120 days between Board meetings (s.43(3)): a meeting was in "
                         "fact held within the 120 days but recorded late."))
def president_gap_set_aside(entry, *, real_date: date, order, actor, today: date) -> str:
    last_day = date.fromisoformat(entry.data["office_ceased_on"])
    if not (last_day - timedelta(days=120) < real_date <= last_day):
        raise ValidationError(MEETING_DATE_OUTSIDE, params={"real": _d(real_date), "last": _d(last_day)})
    director = Director.objects.select_for_update(of=("self",)).select_related("board").get(
        pk=entry.data["director"], board__society_id=entry.society_id)
    if director.office_ceased_on != last_day:
        raise ValidationError(NOT_CEASED_NOW)
    office = entry.data["office"]
    if Director.objects.filter(board=director.board, office=office, ceased_on__isnull=True).exists():
        raise ValidationError(OFFICE_TAKEN, params={"office": Director.Office(office).label})
    director.office, director.office_ceased_on, director.office_bar_until = office, None, None
    director.save(update_fields=["office", "office_ceased_on", "office_bar_until"])
    board = Board.objects.select_for_update(of=("self",)).get(pk=director.board_id)
    if board.is_current:
        last = (BoardMeeting.objects.filter(board=board, quorum_met=True, held_on__gt=real_date)
                .order_by("-held_on").values_list("held_on", flat=True).first())
        board.next_meeting_due_on = rules.next_board_meeting_last_day(last or real_date)
        board.save(update_fields=["next_meeting_due_on"])
    # The flag for the 5-year bar rested on the same cessation: the order disposes of it too.
    ComplianceFlag.objects.filter(society_id=entry.society_id, kind=ComplianceFlag.Kind.DIRECTOR_BAR_FOR_MEETINGS,
                                  subject_key=f"dir:{director.pk}:{last_day.isoformat()}",
                                  state=ComplianceFlag.State.OPEN).update(
        state=ComplianceFlag.State.DISMISSED, decided_on=today, decided_by=actor, order_number=order.number,
        order_text=order.reasons)
    return gettext(SUMMARY_GAP) % {"real": _d(real_date), "director": director.name,
                                   "office": Director.Office(office).label}


@rectifier(GovernanceAction.DIRECTORS_CEASED_SPECIAL_GM,
           description=_("Directors ceased for a requisitioned special general meeting not held in 45 days "
                         "(s.33(3)): it was in fact held in time but recorded late."))
def special_gm_cessation_set_aside(entry, *, real_date: date, order, actor, today: date) -> str:
    requisition = Requisition.objects.select_for_update(of=("self",)).get(
        pk=entry.data["requisition"], society_id=entry.society_id)
    if not (requisition.received_on <= real_date <= requisition.hold_by):
        raise ValidationError(SPECIAL_GM_OUTSIDE, params={"real": _d(real_date), "received": _d(requisition.received_on),
                                                          "last": _d(requisition.hold_by)})
    society, _board = _restore_board(entry, reason=Board.EndReason.CEASED_SPECIAL_GM,
                                     cessation=Director.Cessation.SPECIAL_GM_NOT_HELD, order=order, today=today)
    if requisition.state == Requisition.State.LAPSED:
        requisition.reopen()
        requisition.mark_held(on=real_date)
        requisition.save(update_fields=["state", "held_on", "lapsed_on"])
    return gettext(SUMMARY_SPECIAL_GM) % {"real": _d(real_date), "name": society.name}
