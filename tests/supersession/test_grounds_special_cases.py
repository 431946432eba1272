"""Which grounds for which society (s.125, s.139(1)-(2), s.4A, s.146(1)) and the administrators' period (S1)."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from societies.supersession import evidence, grounds
from societies.supersession.models import Ground, SupersessionState
from societies.supersession.periods import administrator_outer_limit, administrator_period_end
from societies.supersession.services import procedure
from societies.supersession.services.order import supersession_order

from . import helpers as h

G = Ground


@pytest.mark.parametrize(("kind", "ground", "rbi", "message"), [
    ("dairy", G.STALEMATE, False, None),
    ("dairy", G.PACS_LOSSES, False, grounds.S139_ONLY_PACS),
    ("dairy", G.RESERVE_BANK_REQUISITION, True, grounds.RBI_ONLY_BANK),
    ("gpss", G.DEFAULT_OR_NEGLIGENCE, False, grounds.PACS_ONLY_139),
    ("gpss", G.PACS_LOSSES, False, None),
    ("gpss", G.PACS_IRREGULARITIES, False, None),
    ("gpss", G.PACS_JUDICIAL, False, None),
    ("gpss", G.PACS_NO_QUORUM, False, None),
    ("cooperative_bank", G.PREJUDICIAL_ACT, False, grounds.RBI_APPROVAL_NEEDED),
    ("cooperative_bank", G.PREJUDICIAL_ACT, True, None),
    ("cooperative_bank", G.RESERVE_BANK_ADVICE, False, grounds.RBI_REFERENCE_NEEDED),
    ("cooperative_bank", G.RESERVE_BANK_REQUISITION, True, None),
])
def test_grounds_allowed_for_each_kind_of_society(kind, ground, rbi, message):
    extra = {"rbi_reference": "RBI/2026-27/DoS/41", "rbi_dated": date(2026, 5, 20)} if rbi else {}
    assert grounds.ground_error(kind, ground, **extra) == message


@pytest.mark.parametrize(("figures", "shown"), [
    ([(date(2026, 3, 31), Decimal("-5")), (date(2025, 3, 31), Decimal("-1")), (date(2024, 3, 31), Decimal("-9"))],
     True),
    ([(date(2026, 3, 31), Decimal("-5")), (date(2025, 3, 31), Decimal("3")), (date(2024, 3, 31), Decimal("-9"))],
     False),
    ([(date(2026, 3, 31), Decimal("-5")), (date(2025, 3, 31), Decimal("-1")), (date(2023, 3, 31), Decimal("-9"))],
     False),   # a year missing between them: not consecutive
    ([(date(2026, 3, 31), Decimal("-5")), (date(2025, 3, 31), Decimal("-1"))], False),
])
def test_grounds_pacs_losses_need_three_consecutive_loss_years(figures, shown):
    assert grounds.consecutive_losses(figures) is shown


@pytest.mark.parametrize(("quorums", "shown"), [
    ([False, False, False], True), ([False, True, False], False), ([False, False], False),
    ([False, False, False, True], True),
])
def test_grounds_pacs_perpetual_lack_of_quorum_is_three_consecutive_meetings(quorums, shown):
    assert grounds.perpetual_lack_of_quorum(quorums) is shown


@pytest.mark.parametrize(("kind", "ground", "rbi_period", "end"), [
    ("dairy", G.STALEMATE, None, date(2027, 5, 1)),                     # s.125: six months
    ("gpss", G.PACS_LOSSES, None, date(2027, 1, 1)),                    # s.140(2): two months
    ("cooperative_bank", G.PREJUDICIAL_ACT, None, date(2027, 1, 1)),    # State Co-operative Bank: credit structure
    ("cooperative_bank", G.RESERVE_BANK_REQUISITION, None, date(2027, 11, 1)),   # s.4A(a): a year
    ("cooperative_bank", G.RESERVE_BANK_REQUISITION, date(2027, 3, 31), date(2027, 3, 31)),  # or the RBI's date
    ("cooperative_bank", G.RESERVE_BANK_ADVICE, None, date(2027, 11, 1)),
])
def test_grounds_administrator_period_by_society_and_ground(kind, ground, rbi_period, end):
    assert administrator_period_end(date(2026, 11, 1), society=kind, ground=ground, rbi_period=rbi_period) == end


def test_grounds_credit_structure_period_extends_to_six_months_at_most():
    assert administrator_outer_limit(date(2026, 11, 1), society="gpss", ground=G.PACS_NO_QUORUM) == date(2027, 5, 1)
    assert administrator_outer_limit(date(2026, 11, 1), society="dairy", ground=G.STALEMATE) == date(2027, 5, 1)


@pytest.mark.django_db
def test_grounds_pacs_losses_without_audits_need_the_officers_figures(registrar, arcs_officer):
    soc = h.society(kind="gpss")
    with pytest.raises(ValidationError) as exc:
        h.opened(registrar, arcs_officer, soc, ground=G.PACS_LOSSES)
    assert "do not show a loss in each (Audited profit (+) / loss (−) by year end: —)" in str(exc.value)
    case = h.opened(registrar, arcs_officer, soc, ground=G.PACS_LOSSES,
                    evidence_note="2023-24 −₹2.1 lakh, 2024-25 −₹3.4 lakh, 2025-26 −₹1.9 lakh (audit memos, paper)")
    assert "2024-25 −₹3.4 lakh" in case.evidence and case.inquiry_id


@pytest.mark.django_db
def test_grounds_pacs_lack_of_quorum_is_read_from_the_general_meetings(registrar, arcs_officer):
    from societies.governance.models import GeneralMeeting

    soc = h.society(kind="gpss")
    for n, held in enumerate((date(2025, 9, 10), date(2025, 12, 10), date(2026, 3, 10))):
        GeneralMeeting.objects.create(society=soc, kind="special", held_on=held, members_eligible=300,
                                      members_present=20 + n, quorum_required=100, quorum_met=False,
                                      recorded_on=held, recorded_by=arcs_officer)
    found = evidence.check(soc, G.PACS_NO_QUORUM)
    assert found.shown
    case = h.opened(registrar, arcs_officer, soc, ground=G.PACS_NO_QUORUM)
    assert "general meetings with quorum: ['no', 'no', 'no']" in case.evidence


@pytest.mark.django_db
def test_grounds_pacs_judicial_direction_needs_its_reference(registrar, arcs_officer):
    with pytest.raises(ValidationError) as exc:
        h.opened(registrar, arcs_officer, h.society(kind="gpss"), ground=G.PACS_JUDICIAL)
    assert str(evidence.NOTE_NEEDED) in exc.value.messages


@pytest.mark.django_db
def test_grounds_reserve_bank_requisition_skips_the_inquiry(registrar, arcs_officer):
    soc = h.society(kind="cooperative_bank")
    case = procedure.supersession_open(actor=registrar, society_id=soc.pk, ground=G.RESERVE_BANK_REQUISITION,
                                       opinion="The Reserve Bank requires the committee to be superseded.",
                                       today=h.OPINION_ON, rbi_reference="RBI/2026-27/DoS/41",
                                       rbi_dated=date(2026, 5, 20))
    assert case.inquiry is None and case.inspection is None
    with pytest.raises(ValidationError) as exc:
        procedure.supersession_call_objections(case_id=case.pk, actor=arcs_officer, today=h.OPINION_ON)
    assert str(procedure.NO_INQUIRY_ROUTE) in exc.value.messages
    case = supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[arcs_officer.pk],
                              today=h.OPINION_ON, rbi_period_ends_on=date(2027, 3, 31))
    assert case.state == SupersessionState.SUPERSEDED and case.period_ends_on == date(2027, 3, 31)
    assert case.order.kind == "supersession.rbi_order" and not case.order.reviewable and not case.order.appealable


@pytest.mark.django_db
def test_grounds_reserve_bank_advice_starts_the_offices_month(registrar, arcs_officer):
    soc = h.society(kind="cooperative_bank")
    case = procedure.supersession_open(actor=registrar, society_id=soc.pk, ground=G.RESERVE_BANK_ADVICE,
                                       opinion="Advice of the Reserve Bank under s.146(1).", today=h.OPINION_ON,
                                       rbi_reference="RBI/2026-27/DoS/52", rbi_dated=date(2026, 5, 25),
                                       rbi_received_on=date(2026, 5, 28))
    assert case.rbi_advice_due_on == date(2026, 6, 28)   # rbi_advice_administrator_liquidator_1m


@pytest.mark.django_db
def test_grounds_reserve_bank_route_is_refused_for_other_societies(registrar, arcs_officer):
    with pytest.raises(ValidationError) as exc:
        procedure.supersession_open(actor=registrar, society_id=h.society().pk, ground=G.RESERVE_BANK_REQUISITION,
                                    opinion="x", today=h.OPINION_ON, rbi_reference="RBI/1", rbi_dated=date(2026, 5, 1))
    assert exc.value.message_dict["ground"] == [str(grounds.RBI_ONLY_BANK)]


@pytest.mark.django_db
def test_grounds_pacs_losses_are_read_from_three_audited_years(registrar, arcs_officer, auditor):
    from audit.models import Audit, AuditReport

    soc = h.society(kind="gpss")
    summary = {"share_capital": 0, "deposits": 0, "borrowings": 0, "loans_outstanding": 0, "working_capital": 0,
               "turnover": 0, "reserves": 0}
    for year, amount in ((2024, "-21000"), (2025, "-34000"), (2026, "-19000")):
        audit = Audit.objects.create(society=soc, fy_end=date(year, 3, 31), opened_on=date(year, 4, 1),
                                     due_on=date(year, 9, 30))
        AuditReport.objects.create(audit=audit, marks=40, audit_class="C", opinion="Losses.", filed_on=date(year, 8, 1),
                                   filed_by=auditor, profit_or_loss=Decimal(amount), **summary)
    assert evidence.check(soc, G.PACS_LOSSES).shown
    case = h.opened(registrar, arcs_officer, soc, ground=G.PACS_LOSSES)   # no note needed: the audits show it
    assert "2026: -19000" in case.evidence and "2024: -21000" in case.evidence


@pytest.mark.django_db
def test_grounds_reserve_bank_advice_month_is_on_my_work_then_escalates(registrar, arcs_officer):
    from registrar.clocks.work import work_query
    from societies.supersession.clocks import SUPERSESSION_RBI_ADVICE

    soc = h.society(kind="cooperative_bank")
    case = procedure.supersession_open(actor=registrar, society_id=soc.pk, ground=G.RESERVE_BANK_ADVICE,
                                       opinion="Advice of the Reserve Bank under s.146(1).", today=h.OPINION_ON,
                                       rbi_reference="RBI/2026-27/DoS/52", rbi_dated=date(2026, 5, 25),
                                       rbi_received_on=date(2026, 5, 28))
    rows = work_query(SUPERSESSION_RBI_ADVICE, arcs_officer, "arcs", date(2026, 6, 28), None)
    assert rows is not None and rows.filter(pk=case.pk).exists()
    assert SUPERSESSION_RBI_ADVICE.escalation.rank(case.rbi_advice_due_on, date(2026, 6, 29)) == "deputy_rcs"
