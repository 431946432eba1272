"""The supersession procedure in the Act's order (s.125; lifecycles.md §9, §15 item 12; S1)."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from audit.inquiry.models import Applicant, Channel
from registrar.models import ActivityEntry
from societies.models import Society
from societies.supersession.actions import SupersessionAction
from societies.supersession.clocks import SUPERSESSION_ACTION
from societies.supersession.models import Administrator, Supersession, SupersessionState
from societies.supersession.services import procedure
from societies.supersession.services.order import NOT_DEPARTMENTAL, supersession_order
from tests.conftest import make_user

from . import helpers as h

pytestmark = pytest.mark.django_db
DAY_AFTER = date(2026, 10, 1)


def _errors(exc):
    return " ".join(str(m) for m in exc.value.messages)


def test_supersession_opinion_opens_an_own_motion_inquiry(registrar, arcs_officer):
    case = h.opened(registrar, arcs_officer, h.society())
    assert case.inquiry.applicant_kind == Applicant.REGISTRAR_S125
    assert case.inquiry.channel == Channel.OWN_MOTION and case.inquiry.inquiry_officer == arcs_officer
    assert ActivityEntry.objects.filter(action=SupersessionAction.OPINION_RECORDED, target=f"supersession.supersession:{case.pk}").count() == 1


def test_supersession_opinion_may_open_an_inspection_instead(registrar, arcs_officer):
    case = h.opened(registrar, arcs_officer, h.society(), route=procedure.INSPECTION)
    assert case.inquiry is None and case.inspection.officer == arcs_officer


def test_supersession_opinion_is_refused_to_an_arcs(arcs_officer):
    with pytest.raises(PermissionDenied):
        h.opened(arcs_officer, arcs_officer, h.society())


def test_supersession_objections_are_refused_before_the_report(registrar, arcs_officer):
    case = h.opened(registrar, arcs_officer, h.society())
    with pytest.raises(ValidationError) as exc:
        procedure.supersession_call_objections(case_id=case.pk, actor=arcs_officer, today=h.CALLED_ON)
    assert _errors(exc) == str(procedure.REPORT_NOT_READY)


def test_supersession_forwarding_is_refused_before_the_objections(registrar, arcs_officer):
    case = h.reported(registrar, arcs_officer, h.society())
    with pytest.raises(ValidationError) as exc:
        procedure.supersession_forward_report(case_id=case.pk, actor=registrar, consideration="x", today=h.CALLED_ON)
    assert _errors(exc) == str(procedure.NOT_BEFORE_OBJECTIONS)
    procedure.supersession_call_objections(case_id=case.pk, actor=arcs_officer, today=h.CALLED_ON)
    with pytest.raises(ValidationError) as exc:  # called, but nothing recorded yet
        procedure.supersession_forward_report(case_id=case.pk, actor=registrar, consideration="x", today=h.CALLED_ON)
    assert _errors(exc) == str(procedure.NOT_BEFORE_OBJECTIONS)


def test_supersession_none_received_is_refused_before_the_objection_day(registrar, arcs_officer):
    case = h.objections_called(registrar, arcs_officer, h.society())
    with pytest.raises(ValidationError) as exc:
        procedure.supersession_record_objections(case_id=case.pk, actor=arcs_officer, today=case.objections_due_on,
                                                 none_received=True)
    assert "07 Jul 2026" in _errors(exc)


def test_supersession_order_is_refused_before_the_report_is_forwarded(registrar, arcs_officer):
    for case in (h.opened(registrar, arcs_officer, h.society()),
                 h.objections_called(registrar, arcs_officer, h.society())):
        with pytest.raises(ValidationError) as exc:
            supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[arcs_officer.pk], today=DAY_AFTER)
        assert _errors(exc) == str(procedure.NOT_YET_FORWARDED)


@pytest.mark.parametrize(("today", "allowed"), [(h.LAST_DAY, False), (DAY_AFTER, True)])
def test_supersession_order_waits_for_the_society_60_days(registrar, arcs_officer, today, allowed):
    soc = h.society()
    case = h.received(registrar, arcs_officer, soc)
    assert case.action_due_on == h.LAST_DAY       # rules.yaml anchor: receipt 1 Aug 2026 -> 30 Sep 2026
    if not allowed:
        with pytest.raises(ValidationError) as exc:
            supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[arcs_officer.pk], today=today)
        assert _errors(exc) == "The society has until 30 Sep 2026 to act on the report (s.125): the Board " \
                               "cannot be superseded before that time has run out without action."
        return
    case = supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[arcs_officer.pk], today=today)
    assert Society.objects.get(pk=soc.pk).governance_status == "superseded" and case.state == SupersessionState.SUPERSEDED
    assert case.superseded_on == today and case.period_ends_on == date(2027, 4, 1)   # s.125: six months
    assert case.order.kind == "supersession.order" and case.order.reviewable
    assert list(Administrator.objects.filter(supersession=case).values_list("officer", flat=True)) == [arcs_officer.pk]
    assert ActivityEntry.objects.filter(action=SupersessionAction.SUPERSEDED, target=f"supersession.supersession:{case.pk}").count() == 1


def test_supersession_order_is_refused_after_the_society_acted(registrar, arcs_officer):
    case = h.received(registrar, arcs_officer, h.society())
    procedure.supersession_record_action(case_id=case.pk, actor=arcs_officer, taken_on=h.LAST_DAY, today=h.LAST_DAY,
                                         action_taken="The AGM removed the Secretary and recovered the loans.")
    with pytest.raises(ValidationError) as exc:
        supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[arcs_officer.pk], today=DAY_AFTER)
    assert _errors(exc) == str(procedure.SOCIETY_ACTED)


def test_supersession_action_after_the_60_days_does_not_close_the_case(registrar, arcs_officer):
    case = h.received(registrar, arcs_officer, h.society())
    with pytest.raises(ValidationError) as exc:
        procedure.supersession_record_action(case_id=case.pk, actor=arcs_officer, taken_on=DAY_AFTER,
                                             today=DAY_AFTER, action_taken="Placed late.")
    assert "30 Sep 2026" in _errors(exc)


def test_supersession_order_suspends_with_several_administrators(registrar, arcs_officer, auditor):
    case = h.received(registrar, arcs_officer, h.society())
    case = supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[arcs_officer.pk, auditor.pk],
                              today=DAY_AFTER, suspend=True)
    assert case.state == SupersessionState.SUSPENDED and case.order.kind == "supersession.suspension"
    assert case.administrators.count() == 2


def test_supersession_administrators_come_from_the_department(registrar, arcs_officer):
    case = h.received(registrar, arcs_officer, h.society())
    outsider = make_user("outsider", first_name="Outsider")
    with pytest.raises(ValidationError) as exc:
        supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[outsider.pk], today=DAY_AFTER)
    assert _errors(exc) == str(NOT_DEPARTMENTAL) % {"names": "outsider"}
    assert Supersession.objects.get(pk=case.pk).state == SupersessionState.FORWARDED


@pytest.mark.parametrize(("agm_last_day", "meeting"), [
    (date(2026, 9, 30), procedure.AGM),      # due on the 60th day: the AGM
    (date(2026, 10, 1), procedure.SPECIAL_GM),   # the day after: a special general meeting
    (None, procedure.SPECIAL_GM),
])
def test_supersession_report_goes_to_the_agm_only_if_due_within_60_days(agm_last_day, meeting):
    assert procedure.meeting_for(h.RECEIVED_ON, agm_last_day) == (meeting, h.LAST_DAY)


@pytest.mark.parametrize(("today", "level", "rank"), [
    (h.LAST_DAY, 0, "arcs"), (DAY_AFTER, 1, "deputy_rcs"), (date(2026, 10, 15), 1, "deputy_rcs"),
    (date(2026, 10, 16), 2, "joint_rcs"),
])
def test_supersession_action_clock_escalates_from_the_day_after(today, level, rank):
    escalation = SUPERSESSION_ACTION.escalation
    assert SUPERSESSION_ACTION.expiry is None      # never an automatic effect: only an order supersedes
    assert escalation.level(h.LAST_DAY, today) == level and escalation.rank(h.LAST_DAY, today) == rank


def test_supersession_action_clock_is_on_my_work_from_the_day_after_and_reminds_the_secretary(
        registrar, arcs_officer, secretary):
    from datetime import timedelta

    from registrar.clocks.derive import reminder_sweep
    from registrar.clocks.work import work_query
    from registrar.models import Notification

    case = h.received(registrar, arcs_officer, secretary.society)
    clock = SUPERSESSION_ACTION
    for today, on_work in ((h.LAST_DAY, True), (DAY_AFTER, True)):
        rows = work_query(clock, arcs_officer, "arcs", today, None)
        assert (rows is not None and rows.filter(pk=case.pk).exists()) is on_work
    deputy_rows = work_query(clock, registrar, "rcs", DAY_AFTER, None)
    assert deputy_rows is None or not deputy_rows.filter(pk=case.pk).exists()   # one rank up first, not the RCS
    reminder_sweep(clock, today=h.LAST_DAY - timedelta(days=7))
    reminder_sweep(clock, today=h.LAST_DAY - timedelta(days=7))     # twice: once
    sent = Notification.objects.filter(key=f"reminder:supersession_report_action_60d:{case.pk}:7")
    assert list(sent.values_list("recipient", flat=True)) == [secretary.pk]
    assert Supersession.objects.get(pk=case.pk).state == SupersessionState.FORWARDED   # nothing fired


def test_supersession_guard_refuses_a_case_without_inquiry_or_inspection(registrar, arcs_officer):
    soc = h.society()
    case = Supersession.objects.create(      # a case entered without the s.87/s.88 run (an import, a bad migration)
        society=soc, district=soc.district, ground="directions", opinion=h.OPINION, opinion_on=h.OPINION_ON,
        recorded_by=registrar, state=SupersessionState.FORWARDED, received_on=h.RECEIVED_ON,
        action_due_on=h.LAST_DAY)
    with pytest.raises(ValidationError) as exc:
        supersession_order(case_id=case.pk, actor=registrar, administrator_ids=[arcs_officer.pk], today=DAY_AFTER)
    assert _errors(exc) == str(procedure.NO_GROUND)
