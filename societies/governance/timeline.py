"""Supervision's history on a society's statutory timeline (registrar.timeline), and the clocks' labels.

The last days (each year's AGM and return, the Board's term and next meeting, open requisitions, the
Registrar's 15 days on proceedings, an officer's 90 days, the promoter Board's year) come from the clocks in
clocks.py, which use the labels below. This source gives what happened: AGMs held, returns filed, Boards that
took or left office, cessations with the bar they carry, decided proceedings, officers appointed.
"""

from datetime import date

from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from registrar.timeline import TimelineItem, event_item, timeline_source

from .models import Board, Director, FinancialYear, OfficerAppointment, Proceedings, Requisition

AGM_BY = _("AGM for the year %(year)s to be held")
AGM_HELD = _("AGM held for the year %(year)s")
RETURN_BY = _("Annual return for the year %(year)s to be filed")
RETURN_FILED = _("Annual return for the year %(year)s filed")
BOARD_TOOK_OFFICE = _("%(kind)s took office")
BOARD_TERM_ENDS = _("New Board to be elected (the elected Board's term ends)")
NEXT_MEETING_BY = _("Next Board meeting")
BOARD_LEFT = _("%(kind)s left office: %(reason)s")
DIRECTOR_CEASED = _("%(name)s ceased as a Director: %(reason)s")
DIRECTOR_BARRED = _("%(name)s may be a Director again from this day")
OFFICE_CEASED = _("%(name)s ceased as %(office)s")
OFFICE_BARRED = _("%(name)s may be President or Vice-President again from this day")
REQUISITION_BY = _("Requisitioned meeting (received %(received)s) to be held")
PROCEEDINGS_BY = _("Registrar to decide the proceedings received %(received)s")
PROCEEDINGS_DECIDED = _("Proceedings received %(received)s: %(state)s")
OFFICER_APPOINTED = _("Officer appointed to act as the Board (order %(order)s)")
OFFICER_BOARD_BY = _("Officer in charge to constitute a new Board")
PROMOTER_BOARD_LAST_DAY = _("Last day of the promoter Board (s.35(1))")
# The *_BY labels name a duty without its day: pages put the day after them ("Next Board meeting — by 29 Sep
# 2026") or beside them in a Date column, so none of them ends in a dangling "by".

END_REASON_RULE = {
    Board.EndReason.DISSOLVED_NO_AGM: "agm_within_6_months",
    Board.EndReason.CEASED_SPECIAL_GM: "special_gm_within_45d",
    Board.EndReason.CEASED_NO_ELECTION: "board_term_5y",
    Board.EndReason.PROMOTER_LAPSED: "promoter_board_max_1y",
    Board.EndReason.ACCOUNTS_NOT_READY: "agm_accounts_ready_15d_before",
    Board.EndReason.REPLACED_BY_ELECTION: "board_term_5y",
}
REQUISITION_RULE = {Requisition.Kind.GENERAL_MEETING: "special_gm_within_45d",
                    Requisition.Kind.BOARD_MEETING: "special_board_meeting_15d"}


def _years(society, today: date) -> list[TimelineItem]:
    items = []
    for year in FinancialYear.objects.filter(society=society).order_by("ends_on"):
        params = {"year": year.label}
        if year.agm_held_on:
            items.append(event_item(year.agm_held_on, gettext(AGM_HELD) % params, today,
                                    rule_id="agm_within_6_months"))
        if year.returns_filed_on:
            items.append(event_item(year.returns_filed_on, gettext(RETURN_FILED) % params, today,
                                    rule_id="annual_returns_30d"))
    return items


def _boards(society, today: date) -> list[TimelineItem]:
    items = []
    boards = list(Board.objects.filter(society=society).order_by("took_office_on"))
    for board in boards:
        kind = board.get_kind_display()
        term_rule = "board_term_5y" if board.kind == Board.Kind.ELECTED else "promoter_board_max_1y"
        items.append(event_item(board.took_office_on, gettext(BOARD_TOOK_OFFICE) % {"kind": kind}, today,
                                rule_id=term_rule))
        if board.ended_on:
            items.append(event_item(board.ended_on, gettext(BOARD_LEFT) % {
                "kind": kind, "reason": board.get_end_reason_display()}, today,
                rule_id=END_REASON_RULE.get(board.end_reason, "")))
    directors = Director.objects.filter(board__society=society).filter(
        Q(ceased_on__isnull=False, cessation__in=Director.BARRED_CESSATIONS) | Q(office_ceased_on__isnull=False))
    for director in directors.order_by("pk"):
        name = {"name": director.name}
        if director.ceased_on and director.cessation in Director.BARRED_CESSATIONS:
            items.append(event_item(director.ceased_on, gettext(DIRECTOR_CEASED) % {
                **name, "reason": director.get_cessation_display()}, today,
                rule_id="director_bar_5y_after_cessation"))
            if director.director_bar_until:
                items.append(event_item(director.director_bar_until, gettext(DIRECTOR_BARRED) % name, today,
                                        rule_id="director_bar_5y_after_cessation"))
        if director.office_ceased_on:
            items.append(event_item(director.office_ceased_on, gettext(OFFICE_CEASED) % {
                **name, "office": director.get_office_display()}, today, rule_id="president_office_bar_3y"))
            if director.office_bar_until:
                items.append(event_item(director.office_bar_until, gettext(OFFICE_BARRED) % name, today,
                                        rule_id="president_office_bar_3y"))
    return items


def _others(society, today: date) -> list[TimelineItem]:
    items = []
    for proceedings in Proceedings.objects.filter(society=society).order_by("received_on", "pk"):
        received = {"received": f"{proceedings.received_on:%d %b %Y}"}
        if proceedings.state != Proceedings.State.FILED and proceedings.decided_on:
            items.append(event_item(proceedings.decided_on, gettext(PROCEEDINGS_DECIDED) % {
                **received, "state": proceedings.get_state_display()}, today,
                rule_id="gm_proceedings_deemed_approved_15d"))
    for appointment in OfficerAppointment.objects.filter(society=society).order_by("appointed_on"):
        items.append(event_item(appointment.appointed_on, gettext(OFFICER_APPOINTED) % {
            "order": appointment.order_number}, today, rule_id="registrar_officer_constitutes_board_90d"))
    return items


@timeline_source("supervision")
def supervision_history(society, today: date) -> list[TimelineItem]:
    return [*_years(society, today), *_boards(society, today), *_others(society, today)]


def due_next(society, today: date, count: int = 3) -> list[TimelineItem]:
    """The next `count` statutory last days still to meet, from every timeline source (what is due next)."""
    from registrar.timeline import UPCOMING, timeline_for

    return [i for i in timeline_for(society, today) if i.kind == UPCOMING and i.rule_id][:count]
