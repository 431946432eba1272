"""Sweepers 50-60: proceedings deemed approved (s.45(1)); an officer's 90 days overrun (s.41(6))."""

from datetime import date

from django.db import transaction

from registrar import activity
from registrar.calendar import day_after
from registrar.sweeps import SweepResult, sweeper

from .. import rules
from ..actions import GovernanceAction
from ..models import (
    OfficerAppointment,
    Proceedings,
)
from ..services import effects
from ..services.flags import flag_raise
from ._common import DEEMED_DETAIL, FACTS_OVERRUN, Kind, _d

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
