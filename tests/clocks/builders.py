"""One open row per declared clock, built for a Sonitpur society: what the declaration-driven tests iterate.

A clock declared without a builder here fails tests/clocks/test_declarations.py by name, so every new clock is
proved on the deadlines board, in its reminders and on the timeline.
"""

from datetime import date

from registrar.models import District
from societies.governance import rules
from societies.governance.models import FinancialYear, OfficerAppointment, Requisition
from societies.governance.services.supervision import supervision_start
from tests.deadlines.helpers import make_open_application
from tests.gov_sweepers.helpers import elect_board, make_society, requisition, year
from tests.gov_sweepers.test_other_sweepers import make_proceedings


def _society(ctx):
    return make_society("SNT", secretary=ctx["secretary"])


def _application(ctx):
    return make_open_application(ctx["citizen"], District.objects.get(code="SNT"), received_on=date(2026, 8, 1))


def _agm(ctx):
    return year(_society(ctx), date(2026, 3, 31))


def _return(ctx):
    fy = year(_society(ctx), date(2026, 3, 31))
    FinancialYear.objects.filter(pk=fy.pk).update(agm_held_on=date(2026, 9, 1),
                                                   returns_last_day=rules.returns_last_day(date(2026, 9, 1)))
    fy.refresh_from_db()
    return fy


def _board_meeting(ctx):
    return elect_board(_society(ctx), date(2026, 6, 1), next_meeting_due_on=date(2026, 9, 29))


def _board_term(ctx):
    return elect_board(_society(ctx), date(2021, 9, 1))


def _promoter(ctx):
    society = _society(ctx)
    return supervision_start(society)


def _special_gm(ctx):
    return requisition(_society(ctx), Requisition.Kind.GENERAL_MEETING, date(2026, 8, 1))


def _special_board(ctx):
    return requisition(_society(ctx), Requisition.Kind.BOARD_MEETING, date(2026, 8, 1))


def _proceedings(ctx):
    return make_proceedings(_society(ctx), ctx["secretary"], received_on=date(2026, 10, 3))


def _officer(ctx):
    return OfficerAppointment.objects.create(
        society=_society(ctx), officer=ctx["arcs_officer"], appointed_by=ctx["arcs_officer"],
        appointed_on=date(2026, 10, 1), order_number=f"ARCS/SNT/{OfficerAppointment.objects.count() + 1}",
        board_due_on=rules.officer_board_last_day(date(2026, 10, 1)))


def _membership_application(ctx):
    from tests.membership_admission.helpers import paper_application

    return paper_application(_society(ctx), ctx["secretary"], received_on=date(2026, 8, 1))


def _termination(ctx):
    from tests.membership.helpers import make_member
    from tests.membership_admission.helpers import terminate

    society = _society(ctx)
    return terminate(make_member(society, 1), ctx["secretary"], decided_on=date(2026, 9, 1))


BUILDERS = {
    "registration_decision": _application,
    "agm": _agm,
    "annual_return": _return,
    "board_meeting_gap": _board_meeting,
    "board_term": _board_term,
    "promoter_board": _promoter,
    "special_general_meeting": _special_gm,
    "special_board_meeting": _special_board,
    "proceedings_approval": _proceedings,
    "officer_in_charge": _officer,
    "membership_decision": _membership_application,
    "membership_deemed_admission": _membership_application,
    "membership_deletion_hold": _termination,
}
