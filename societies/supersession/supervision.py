"""Supervision knows a superseded Board (issue 20 point 4; lifecycles.md §3).

- The administrators act as the Board where the society's secretary does (meetings, returns, proceedings): an
  active Administrator of a case in charge passes supervision's secretary check for that society only
  (governance.permissions.register_acting_for_board); another society's pages stay 404 for them.
- Supervision's clocks keep running during the supersession, but their Board-ending effects (s.39 no AGM, s.33(3)
  special general meeting not held, s.41(4) term ended) are not applied to a superseded Board: each breach is a
  compliance flag (SUPERSEDED_BREACH) told to the administrators and the ARCS instead
  (governance.sweepers.board_endings.register_settle_instead). Nothing else is done: every step is by order.
"""

from datetime import date

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from registrar import activity
from registrar.notify import notify
from registrar.selectors import district_arcs
from societies.governance import rules as governance_rules
from societies.governance.models import ComplianceFlag, FinancialYear, Requisition
from societies.governance.selectors import current_board
from societies.governance.services.flags import flag_raise
from societies.governance.sweepers.board_endings import _agm_held_in_time

from .administration_actions import AdministrationAction
from .models import IN_CHARGE_STATES, Administrator, Supersession

KIND = ComplianceFlag.Kind.SUPERSEDED_BREACH
FACTS_AGM = _("No AGM of the year ending %(end)s was held by %(last)s (s.39). The Board is superseded, so no Board "
              "is dissolved: the administrators act as the Board and must hold the AGM (s.125).")
FACTS_SPECIAL_GM = _("The special general meeting requisitioned on %(received)s was not held by %(by)s (s.33(3)). "
                     "The Board is superseded, so no directors cease: the administrators must call the meeting.")
FACTS_TERM = _("The Board's term ended on %(ended)s (s.41(4)) while it stands superseded: no directors cease; the "
               "administrators must hold the election of a new Board (s.125).")
FLAG_SUBJECT = _("%(society)s: a default while the Board is superseded")
FLAG_BODY = _("%(facts)s This is flagged to the administrators and the ARCS; the Registrar decides by order.")


def _d(day: date) -> str:
    return f"{day:%d %b %Y}"


# ---- the administrator acts as the Board -------------------------------------------------------------------

def _administrator_acts(column: str, column_params: list, user_id: int):
    """SQL: the user is an active administrator of a supersession in charge of the society (s.125)."""
    admins, cases = Administrator._meta.db_table, Supersession._meta.db_table
    states = ", ".join(["%s"] * len(IN_CHARGE_STATES))
    sql = (f"EXISTS (SELECT 1 FROM {admins} a INNER JOIN {cases} c ON c.id = a.supersession_id "
           f"WHERE a.officer_id = %s AND a.ended_on IS NULL AND c.society_id = {column} AND c.state IN ({states}))")
    return sql, [user_id, *column_params, *[str(s) for s in IN_CHARGE_STATES]]


def active_case(society) -> Supersession | None:
    return Supersession.objects.filter(society=society, state__in=IN_CHARGE_STATES).first()


# ---- Board-ending effects become flags ---------------------------------------------------------------------

def _flag(society, case, rule_id: str, subject_key: str, facts: str, today: date) -> str:
    flag, created = flag_raise(society, KIND, rule_id, subject_key, facts, today)
    if not created:
        return ""
    activity.record(AdministrationAction.BREACH_FLAGGED, society=society, target=case or flag,
                    data={"flag": flag.pk, "rule_id": rule_id, "subject": subject_key})
    officers = [a.officer for a in case.administrators.filter(ended_on__isnull=True).select_related("officer")] \
        if case else []
    recipients = {u.pk: u for u in [*officers, *district_arcs(society.district_id)]}
    params = {"society": society.name, "facts": facts}

    def send():
        for user in recipients.values():
            notify(user, key=f"supersession:breach:{flag.pk}", subject=FLAG_SUBJECT, body=FLAG_BODY, params=params)

    transaction.on_commit(send)
    return f"{society.registration_number}: flagged, Board superseded ({rule_id})"


def settle_superseded(society, today: date) -> list[str]:
    """The Board-ending sweepers' settle step for a superseded society (locked by the frame): the year is checked,
    the requisition lapses and the term's end is noted as facts, each flagged, and no Board is ended."""
    case = active_case(society)
    lines = []
    for year in (FinancialYear.objects.select_for_update(of=("self",))
                 .filter(society=society, agm_checked=False, agm_last_day__lt=today).order_by("ends_on")):
        year.agm_checked = True
        year.save(update_fields=["agm_checked"])
        if _agm_held_in_time(year):
            continue
        facts = str(FACTS_AGM % {"end": _d(year.ends_on), "last": _d(year.agm_last_day)})
        lines.append(_flag(society, case, "agm_within_6_months", f"fy:{year.ends_on.isoformat()}", facts, today))
    for requisition in (Requisition.objects.select_for_update(of=("self",))
                        .filter(society=society, kind=Requisition.Kind.GENERAL_MEETING,
                                state=Requisition.State.OPEN, hold_by__lt=today).order_by("received_on", "pk")):
        requisition.lapse(on=governance_rules.directors_cease_for_special_gm_on(requisition.received_on))
        requisition.save(update_fields=["state", "lapsed_on"])
        facts = str(FACTS_SPECIAL_GM % {"received": _d(requisition.received_on), "by": _d(requisition.hold_by)})
        lines.append(_flag(society, case, "special_gm_within_45d", f"requisition:{requisition.pk}", facts, today))
    board = current_board(society, lock=True)
    if board is not None and board.term_ends_on < today:  # a suspended Board still on the roll
        facts = str(FACTS_TERM % {"ended": _d(board.term_ends_on)})
        lines.append(_flag(society, case, "board_term_5y", f"term:board:{board.pk}", facts, today))
    return [line for line in lines if line]


# ---- the Board leaves office on the order --------------------------------------------------------------------

def board_leaves_on_supersession(case, *, actor=None) -> dict:
    """The order supersedes (or suspends) the Board: the Board in office leaves that day (Board.EndReason
    SUPERSEDED), its directors cease (Director.Cessation.SUPERSEDED) and its clocks (term, Board meetings) close,
    so an administrator's period is never counted as a Board's term; the new Board's term runs from its election
    (board_constitute). For a PACS superseded on s.139(2)(i)-(ii), the s.140(3) five-year bar (bars.py). Called by
    the order's service inside its transaction, after the case is dated."""
    from societies.governance.models import Board, Director

    from .bars import directors_bar

    on = case.superseded_on
    board = current_board(case.society, lock=True)
    ended = None
    if board is not None:
        board.directors.filter(ceased_on__isnull=True).update(ceased_on=on, cessation=Director.Cessation.SUPERSEDED)
        board.ended_on, board.end_reason, board.next_meeting_due_on = on, Board.EndReason.SUPERSEDED, None
        board.save(update_fields=["ended_on", "end_reason", "next_meeting_due_on"])
        ended = board.pk
    barred = directors_bar(case, actor=actor)
    return {"board_ended": ended, "directors_barred": barred}
