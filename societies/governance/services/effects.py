"""The automatic consequences of the Act on a Board, each dated on its legal day (statute/README.md).

Sweepers (societies/governance/sweepers.py) and the Registrar's flag orders (services/flags.py) call these inside
their transaction, on rows they have locked. Each function changes the rows, writes ONE activity entry carrying
the legal date, and schedules the notices on commit. None of them reads the clock.
"""

from datetime import date

from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.notify import notify
from registrar.selectors import district_arcs, society_secretaries

from .. import rules
from ..models import Board, Director

EFFECT_SUBJECT = _("%(society)s: %(effect)s")
EFFECT_BODY = _("%(effect)s, with effect from %(on)s. %(detail)s")
APPOINT_PROMPT = _("%(effect)s, with effect from %(on)s. %(detail)s As the ARCS, appoint an officer to act as the "
                   "Board and constitute a new Board within 90 days (s.41(6)).")
PROMOTER_NO_BAR = _("The Act attaches no bar on the promoters for this (s.35(1) is silent); none is applied.")

# Board end reasons -> the directors' cessation and whether s.40(4) bars them for five years.
_CESSATION_FOR_END = {
    Board.EndReason.DISSOLVED_NO_AGM: Director.Cessation.NO_AGM,
    Board.EndReason.CEASED_SPECIAL_GM: Director.Cessation.SPECIAL_GM_NOT_HELD,
    Board.EndReason.CEASED_NO_ELECTION: Director.Cessation.ELECTION_NOT_ARRANGED,
    Board.EndReason.PROMOTER_LAPSED: Director.Cessation.PROMOTER_LAPSED,
    Board.EndReason.ACCOUNTS_NOT_READY: Director.Cessation.ACCOUNTS_NOT_READY,
    Board.EndReason.AUDIT_FOLLOWUP_NOT_FILED: Director.Cessation.AUDIT_FOLLOWUP_NOT_FILED,
}


def _d(day: date) -> str:
    return f"{day:%d %b %Y}"


def notify_effect(society, *, key: str, effect, on: date, detail: str = "", prompt_appointment: bool = False) -> None:
    """Tell the society's secretaries and the district ARCS, once per key, after the transaction commits."""
    params = {"society": society.name, "effect": str(effect), "on": _d(on), "detail": str(detail)}
    try:
        appoint_url = reverse("office_appoint_officer", args=[society.pk])
    except NoReverseMatch:  # pragma: no cover - the URL ships with this module
        appoint_url = ""

    def send():
        for user in society_secretaries(society):
            notify(user, key=key, subject=EFFECT_SUBJECT, body=EFFECT_BODY, params=params)
        for user in district_arcs(society.district_id):
            body = APPOINT_PROMPT if prompt_appointment else EFFECT_BODY
            notify(user, key=key, subject=EFFECT_SUBJECT, body=body, params=params,
                   url=appoint_url if prompt_appointment else "")

    transaction.on_commit(send)


def responsible_office_holder(board) -> Director | None:
    """The President in office, else the Vice-President in office (rules.yaml board_meeting_gap_max_120d notes:
    'the one responsible at the time')."""
    holders = {d.office: d for d in board.directors.filter(
        ceased_on__isnull=True, office__in=[Director.Office.PRESIDENT, Director.Office.VICE_PRESIDENT])}
    return holders.get(Director.Office.PRESIDENT) or holders.get(Director.Office.VICE_PRESIDENT)


def office_holder_cease(director: Director, *, on: date) -> dict:
    """s.43(3)-(4): the office-holder ceases from the office (not from the Board) with a 3-year office bar.
    The office falls back to 'director' so that the Board may fill it (one President per Board)."""
    held = director.office
    director.office = Director.Office.DIRECTOR
    director.office_ceased_on = on
    director.office_bar_until = rules.president_bar_until(on)
    director.save(update_fields=["office", "office_ceased_on", "office_bar_until"])
    return {"director": director.pk, "name": director.name, "office": held, "office_ceased_on": on,
            "office_bar_until": director.office_bar_until}


def board_end(board: Board, *, on: date, reason: str, action: str, actor=None, data: dict | None = None,
              prompt_appointment: bool = True, record: bool = True) -> dict:
    """End `board` on `on` for `reason`: every director in office ceases that day (with the s.40(4) 5-year bar
    where the reason carries it), the society's governance status becomes board_ceased, one activity entry.

    The caller has locked the society and the board rows and checked the facts. `record=False` when the caller
    writes the one entry itself (a Registrar's order confirming a flag)."""
    society = board.society
    cessation = _CESSATION_FOR_END[reason]
    barred = cessation in Director.BARRED_CESSATIONS
    ceased = []
    for director in board.directors.filter(ceased_on__isnull=True).order_by("pk"):
        director.ceased_on = on
        director.cessation = cessation
        director.director_bar_until = rules.director_bar_until(on) if barred else None
        director.save(update_fields=["ceased_on", "cessation", "director_bar_until"])
        ceased.append(director.pk)
    board.ended_on = on
    board.end_reason = reason
    board.next_meeting_due_on = None
    board.save(update_fields=["ended_on", "end_reason", "next_meeting_due_on"])
    if society.governance_status in society._BOARD_IN_OFFICE:
        society.board_cease()
        society.save(update_fields=["governance_status"])
    payload = {"board": board.pk, "board_kind": board.kind, "ended_on": on, "reason": reason,
               "directors_ceased": ceased,
               "director_bar_until": rules.director_bar_until(on) if barred and ceased else None,
               **(data or {})}
    if not barred:
        payload["bar"] = str(PROMOTER_NO_BAR) if reason == Board.EndReason.PROMOTER_LAPSED else ""
    if record:
        activity.record(action, actor=actor, society=society, target=board, data=payload)
    notify_effect(society, key=f"governance:{action}:board:{board.pk}", effect=Board.EndReason(reason).label, on=on,
                  detail=str(PROMOTER_NO_BAR) if reason == Board.EndReason.PROMOTER_LAPSED else "",
                  prompt_appointment=prompt_appointment)
    return payload
