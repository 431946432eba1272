"""Effects of sweepers 50-60 (clocks in ../clocks.py): proceedings deemed approved (s.45(1)); an officer's 90
days overrun (s.41(6))."""

from datetime import date

from registrar import activity
from registrar.calendar import day_after

from .. import rules
from ..actions import GovernanceAction
from ..models import OfficerAppointment, Proceedings
from ..services import effects
from ..services.flags import flag_raise
from ._common import DEEMED_DETAIL, FACTS_OVERRUN, Kind, _d


def deem_proceedings_approved(proceedings: Proceedings, today: date) -> str:
    """The Registrar did not act within 15 days of receipt: deemed approved from day 16. Row locked."""
    on = rules.proceedings_deemed_approved_on(proceedings.received_on)
    proceedings.deem_approved(on=on)
    proceedings.save(update_fields=["state", "decided_on"])
    activity.record(GovernanceAction.PROCEEDINGS_DEEMED_APPROVED, society=proceedings.society,
                    target=proceedings, data={"received_on": proceedings.received_on,
                                              "approval_last_day": proceedings.approval_last_day,
                                              "deemed_approved_on": on})
    effects.notify_effect(proceedings.society, key=f"proceedings_deemed:{proceedings.pk}",
                          effect=GovernanceAction.PROCEEDINGS_DEEMED_APPROVED.label, on=on, detail=DEEMED_DETAIL)
    return f"{proceedings.society.registration_number}: proceedings deemed approved from {_d(on)}"


def flag_officer_overrun(appointment: OfficerAppointment, today: date) -> str:
    """No Board constituted within 90 days: a flag for the Registrar; the officer continues. Row locked."""
    flag_raise(appointment.society, Kind.OFFICER_OVERRUN, "registrar_officer_constitutes_board_90d",
               f"appointment:{appointment.pk}",
               str(FACTS_OVERRUN % {"on": _d(appointment.appointed_on), "number": appointment.order_number,
                                    "due": _d(appointment.board_due_on)}),
               day_after(appointment.board_due_on))
    appointment.overrun_flagged = True
    appointment.save(update_fields=["overrun_flagged"])
    return (f"{appointment.society.registration_number}: officer's 90 days ran out on "
            f"{_d(appointment.board_due_on)}; flagged")
