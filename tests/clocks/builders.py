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


def _voter_list_due(ctx):
    from membership.voters.services import list_duty_open

    return list_duty_open(_society(ctx), date(2026, 9, 30))[0]


def _voter_list_provisional(ctx):
    from membership.voters.rules import objection_last_day

    voter_list = _voter_list_due(ctx)
    voter_list.affix_provisional(on=date(2026, 10, 12), objection_last_day=objection_last_day(date(2026, 10, 12)),
                                 by=ctx["secretary"])
    voter_list.save()
    return voter_list



def _bylaws_amendment(ctx, *, credit=False, direct=False, address=False):
    from societies.bylaws import services
    from societies.models import Society
    from tests.bylaws.helpers import file_amendment, record_version, register

    society = _society(ctx)
    if credit:
        Society.objects.filter(pk=society.pk).update(society_type="gpss")
    officer = ctx["arcs_officer"]
    record_version(officer, society)
    amendment = file_amendment(ctx["secretary"], society, today=date(2026, 9, 1), meeting_on=date(2026, 8, 25),
                               **({"kind": "address", "clause_text": "", "new_address": "Borbari, Sonitpur"}
                                  if address else {}))
    if direct:
        services.amendment_direct_reconsideration(actor=officer, amendment_id=amendment.pk, today=date(2026, 9, 5),
                                                  directions="Reconsider.", reconsider_by=date(2026, 10, 5))
    if address:
        register(officer, amendment, date(2026, 9, 20))
    return amendment

def _inquiry(stage):
    """An inquiry at `stage` (received, ordered, delayed, completed) on a Sonitpur society (issue 19)."""
    def build(ctx):
        from audit.inquiry.services import inquiry as services
        from tests.inquiry.helpers import apply_online, completed_case, ordered_case

        society, officer = _society(ctx), ctx["arcs_officer"]
        if stage == "received":
            return apply_online(ctx["citizen"], society)
        if stage == "completed":
            return completed_case(ctx["citizen"], officer, society)
        case = ordered_case(ctx["citizen"], officer, society)
        if stage == "delayed":
            case = services.inquiry_record_delay(case_id=case.pk, actor=officer, reasons="Records with the police",
                                                 expected_on=date(2026, 5, 20), today=date(2026, 4, 20))
        return case
    return build


def _inspection(ctx):
    from audit.inquiry.services.inspection import inspection_order

    return inspection_order(actor=ctx["arcs_officer"], society_id=_society(ctx).pk, scope="Loan ledgers",
                            officer=ctx["arcs_officer"], today=date(2026, 6, 1))


def _seizure(ctx):
    from audit.inquiry.services.seizure import records_seize

    return records_seize(actor=ctx["arcs_officer"], society_id=_society(ctx).pk, seized_on=date(2026, 6, 1),
                         holder_name="Cashier", items="Cash book", holder_signed=True, witness_1="", witness_2="",
                         copy_given_to="Secretary", today=date(2026, 6, 1), open_inspection=False)


def _audit(ctx, completed=False):
    """An audit of 2025-26 (issue 18): open (its six months run), or allotted, started and completed (its report's
    fortnight runs)."""
    from audit.services.allotment import audit_allot, audit_open
    from registrar.models import Rank
    from tests.conftest import make_officer

    audit = audit_open(_society(ctx), date(2026, 3, 31), today=date(2026, 4, 2))
    if completed:
        auditor = make_officer("auditor.clockframe", Rank.AUDITOR, ["SNT"]).officer
        audit = audit_allot(actor=ctx["arcs_officer"], audit_id=audit.pk, today=date(2026, 4, 20),
                            officer_id=auditor.pk, confirm_consecutive=True)
        audit.start(on=date(2026, 5, 2))
        audit.complete(on=date(2026, 8, 10))
        audit.save()
    return audit


_AUDIT_WORK = {"n": 0}


def _audit_work(ctx):
    """An audit of 2025-26 reported, its report accepted by the AGM of 25 Sep 2026: the Board's follow-up report
    (s.85(2)) runs to 28 Dec 2026."""
    from audit.services.followup import audit_report_accept
    from registrar.models import Rank
    from tests.audit import work_support as ws
    from tests.conftest import make_officer

    _AUDIT_WORK["n"] += 1
    n = _AUDIT_WORK["n"]
    auditor = make_officer(f"auditor.clockwork{n}", Rank.AUDITOR, ["SNT"])
    audit, report = ws.reported(ctx["arcs_officer"], auditor, secretary=ctx["secretary"], via_service=False,
                                number=f"SNT/REG/2020/{900 + n:04d}")
    meeting = ws.agm(audit.society, recorder=ctx["secretary"])
    return audit_report_accept(audit_id=audit.pk, meeting_id=meeting.pk, actor=ctx["secretary"], today=ws.AGM_ON)


_CERTIFICATE = {"n": 0}


def _demand_certificate(ctx):
    """A demand certificate (issue 22) granted by the Sonitpur ARCS under the Registrar's delegation and served on
    5 Jan 2026: its 30 days to pay (s.114(5)) run to 4 Feb 2026. Its district is the requisition's; no society's
    timeline (the debtor is a person, the claimant a bank)."""
    from registrar.models import Rank
    from tests.conftest import make_officer
    from tests.recovery.helpers import bank, delegate, served

    _CERTIFICATE["n"] += 1
    n = _CERTIFICATE["n"]
    officer, sonitpur = ctx["arcs_officer"], District.objects.get(code="SNT")
    delegate(make_officer(f"rcs.clockframe{n}", Rank.RCS, []), officer, sonitpur)
    return served(officer, bank(officer, sonitpur, name=f"Assam Co-operative Apex Bank, branch {n}"),
                  account=f"LN-CLOCK-{n:04d}")


def _liquidation_report(ctx):
    from liquidation.services.workspace import report_open
    from tests.liquidation.workspace_helpers import TODAY, liquidator_officer, winding_up

    case = winding_up(ctx["arcs_officer"], liquidator_officer(f"liquidator.clock{_CERTIFICATE['n']}"))
    _CERTIFICATE["n"] += 1
    return report_open(case, TODAY)


def _scheme_notice(kind):
    """One member's notice of a scheme (restructuring.clocks), served on 5 Jan 2026: window to 4 Feb 2026."""
    def build(ctx):
        from guardian.shortcuts import assign_perm

        from tests.membership.helpers import make_society as member_society
        from tests.restructuring import helpers_scheme as schemes

        secretary, sonitpur = ctx["secretary"], District.objects.get(code="SNT")
        society = schemes.society_with_members(sonitpur, secretary, size=2, society_type="dairy")
        if kind == "division":
            scheme = schemes.file_division(secretary, society, size=2)
        elif kind == "amalgamation":
            other = schemes.society_with_members(sonitpur, secretary, size=1, society_type="dairy")
            scheme = schemes.file_amalgamation(secretary, society, other)
        else:
            into = member_society(sonitpur)
            assign_perm("societies.act_as_secretary", secretary, into)
            scheme = schemes.file_merger(secretary, society, into)
        return schemes.prepare_and_serve(secretary, scheme, society)[0]
    return build


def _supersession(kind, ground):
    def build(ctx):
        from tests.supersession.admin_helpers import society_with_board, superseded

        society, _board = society_with_board(kind=kind)
        return superseded(society, ctx["arcs_officer"], [ctx["arcs_officer"]], ground=ground)
    return build


def _cancellation_effect(ctx):
    """An order of cancellation on the secretary's Sonitpur society (s.94), published in the Gazette on 1 Jun 2026
    with no appeal: it takes effect after 1 Aug 2026, the members' two months (cancellation_takes_effect)."""
    from tests.liquidation.cancellation_helpers import published

    return published(ctx["secretary"], ctx["arcs_officer"]).cancellation_order


_REGISTRAR = {"n": 0}


def _rcs():
    """A Registrar of his own (supersession is the Registrar's act, s.125); ctx has none, and the tests' own
    `registrar` fixture holds the username "rcs"."""
    from registrar.models import Rank
    from tests.conftest import make_officer

    _REGISTRAR["n"] += 1
    return make_officer(f"rcs.supersession{_REGISTRAR['n']}", Rank.RCS, [])


def _supersession_received(ctx):
    """A supersession case whose report the society received on 1 Aug 2026: its 60 days to act run to 30 Sep 2026
    (supersession_report_action_60d). The society's secretary (a guardian grant to ctx's) is the one reminded."""
    from guardian.shortcuts import assign_perm

    from tests.supersession import helpers

    society = helpers.society()
    assign_perm("societies.act_as_secretary", ctx["secretary"], society)
    return helpers.received(_rcs(), ctx["arcs_officer"], society)


def _supersession_rbi_advice(ctx):
    """The Reserve Bank's advice (s.146(1)) received on 28 May 2026 for a Sonitpur bank: the administrator to be
    appointed by 28 Jun 2026 (rbi_advice_administrator_liquidator_1m)."""
    from societies.supersession.models import Ground
    from societies.supersession.services import procedure
    from tests.supersession import helpers

    return procedure.supersession_open(
        actor=_rcs(), society_id=helpers.society(kind="cooperative_bank").pk, ground=Ground.RESERVE_BANK_ADVICE,
        opinion="Advice of the Reserve Bank under s.146(1).", today=helpers.OPINION_ON,
        rbi_reference="RBI/2026-27/DoS/52", rbi_dated=date(2026, 5, 25), rbi_received_on=date(2026, 5, 28))


def _liquidation_closing(ctx):
    """A society in liquidation: its closing row counts the eight years of s.100(5) (liquidation_max_8y)."""
    from liquidation.models import Closing
    from tests.liquidation.closing_helpers import in_liquidation

    case = in_liquidation(District.objects.get(code="SNT"), ctx["arcs_officer"], ctx["arcs_officer"],
                          order_on=date(2026, 3, 2))
    return Closing.objects.get(winding_up=case)


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
    "amendment_decision": _bylaws_amendment,
    "credit_amendment_decision": lambda ctx: _bylaws_amendment(ctx, credit=True),
    "amendment_reconsideration": lambda ctx: _bylaws_amendment(ctx, direct=True),
    "amendment_final_decision": lambda ctx: _bylaws_amendment(ctx, direct=True),
    "address_change_notice": lambda ctx: _bylaws_amendment(ctx, address=True),
    "voter_list_provisional": _voter_list_due,
    "voter_list_objection": _voter_list_provisional,
    "voter_list_final": _voter_list_provisional,
    "inquiry_order": _inquiry("received"),
    "inquiry_complete": _inquiry("ordered"),
    "inquiry_delay_letter": _inquiry("ordered"),
    "inquiry_expected_completion": _inquiry("delayed"),
    "inquiry_report": _inquiry("completed"),
    "inspection_target": _inspection,
    "seizure_audit": _seizure,
    "audit_within_6_months": _audit,
    "audit_report_fortnight": lambda ctx: _audit(ctx, completed=True),
    "audit_followup_report": _audit_work,
    "demand_certificate_payment": _demand_certificate,
    "liquidation_quarterly_report": _liquidation_report,
    "liquidation_eight_years": _liquidation_closing,
    "division_options": _scheme_notice("division"),
    "amalgamation_options": _scheme_notice("amalgamation"),
    "merger_options": _scheme_notice("merger"),
    "supersession_administrator_period": _supersession("dairy", "directions"),
    "supersession_credit_election": _supersession("gpss", "pacs_quorum"),
    "supersession_bank_administrator": _supersession("cooperative_bank", "rbi_s4a"),
    "cancellation_takes_effect": _cancellation_effect,
    "supersession_report_action": _supersession_received,
    "supersession_rbi_advice": _supersession_rbi_advice,
}
