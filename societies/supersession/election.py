"""The election of a new Board ends the supersession (s.125, s.140(2); issue 20 point 3).

The election runs through the membership election flow (membership.elections: announce, nominate with scrutiny,
counts, the declared result as an order of this office); its result reaches supervision through governance's one
writer of an elected Board (services.board.board_constitute), which calls `end_on_new_board` inside its
transaction: the supersession ends (Supersession.end), its administrators leave on the result date, and the new
Board is the one supervision sees (society.board_elected, a fresh five-year term from the result, s.42(1): the
administrators' period is never a Board's term).
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from registrar import activity
from societies.choices import GovernanceStatus

from .administration_actions import AdministrationAction
from .models import IN_CHARGE_STATES, Supersession

RESULT_BEFORE_SUPERSESSION = _("The election result cannot be dated before the Board was superseded (%(day)s): "
                               "the new Board is elected by the administrators' election.")


def end_on_new_board(*, society, board, result_on: date, actor, previous_status: str) -> dict | None:
    """board_constitute's hook (society locked): end the supersession in charge, if any."""
    if previous_status != GovernanceStatus.SUPERSEDED:
        return None
    case = (Supersession.objects.select_for_update(of=("self",))
            .filter(society=society, state__in=IN_CHARGE_STATES).first())
    if case is None:
        return None
    if case.superseded_on and result_on < case.superseded_on:
        raise ValidationError(RESULT_BEFORE_SUPERSESSION, params={"day": f"{case.superseded_on:%d %b %Y}"})
    case.end()
    case.ended_on = result_on
    case.save(update_fields=["state", "ended_on"])
    administrators = list(case.administrators.filter(ended_on__isnull=True).values_list("pk", flat=True))
    case.administrators.filter(pk__in=administrators).update(ended_on=result_on)
    activity.record(AdministrationAction.ENDED_BY_ELECTION, actor=actor, society=society, target=case, data={
        "ended_on": result_on, "board": board.pk, "administrators_ended": administrators,
        "period_ended_on": case.period_ends_on, "within_period": bool(case.period_ends_on
                                                                      and result_on <= case.period_ends_on)})
    return {"supersession_ended": case.pk}
