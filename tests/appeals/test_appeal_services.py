"""Filing, the order on a delay, hearings, the outcome and its reversal (issue 23 points 1, 3, 4): the real
services on a refused registration application."""

from datetime import date, time
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from appeals.models import CaseState, Forum, Outcome, Route
from appeals.services import (
    appeal_award_costs,
    appeal_decide,
    appeal_delay_decide,
    hearing_adjourn,
    hearing_fix,
    hearing_hold,
)
from appeals.services.decision import REVIEW_LIMIT_PASSED
from registrar.models import ActivityEntry
from societies.registration.models import AppState
from tests.societies.helpers import reload

from .helpers import file_appeal, refused_application

pytestmark = pytest.mark.django_db


def test_appeal_review_petition_online_by_the_refused_applicant_names_forum_and_limit(citizen, arcs_officer,
                                                                                      sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    assert (appeal.route, appeal.forum, appeal.rule_id) == (Route.REVIEW, Forum.REGISTRAR, "registrar_review_60d")
    assert appeal.trigger_on == date(2026, 2, 6) and appeal.last_day == date(2026, 4, 7)
    assert appeal.in_time and appeal.state == CaseState.PENDING and appeal.number.startswith("RVP/SNT/2026/")
    assert ActivityEntry.objects.filter(action="appeals.filed", target=f"appeals.appeal:{appeal.pk}").exists()


def test_appeal_online_is_refused_to_someone_not_a_party(citizen, other_citizen, arcs_officer, sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    with pytest.raises(PermissionDenied):
        file_appeal(refusal, other_citizen, today=date(2026, 3, 1))


def test_appeal_to_state_government_needs_a_question_of_law(citizen, arcs_officer, sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    with pytest.raises(ValidationError) as raised:
        file_appeal(refusal, citizen, today=date(2026, 3, 1), route=Route.APPEAL)
    assert "question_of_law" in raised.value.message_dict
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1), route=Route.APPEAL,
                         question_of_law="Whether s.6(3) counts minors.")
    assert appeal.forum == Forum.STATE_GOVERNMENT and appeal.rule_id == "appeal_state_government_60d"


def test_appeal_out_of_time_is_registered_and_waits_for_the_forums_order_on_the_delay(citizen, arcs_officer,
                                                                                      sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    with pytest.raises(ValidationError) as raised:  # no silent refusal: the explanation is asked for
        file_appeal(refusal, citizen, today=date(2026, 4, 20), route=Route.APPEAL, question_of_law="s.6(3)")
    assert "delay_explanation" in raised.value.message_dict
    appeal = file_appeal(refusal, citizen, today=date(2026, 4, 20), route=Route.APPEAL, question_of_law="s.6(3)",
                         delay_explanation="The order reached me late; I was in hospital.")
    assert not appeal.in_time and appeal.state == CaseState.AWAITING_DELAY_ORDER
    with pytest.raises(ValidationError):  # nothing proceeds before the forum's order
        hearing_fix(appeal_id=appeal.pk, actor=arcs_officer, on=date(2026, 5, 1), at=time(11), place="ARCS office",
                    today=date(2026, 4, 21))
    appeal = appeal_delay_decide(appeal_id=appeal.pk, actor=arcs_officer, proceed=True,
                                 reasons="Illness shown by a medical certificate.", today=date(2026, 4, 22))
    assert appeal.state == CaseState.PENDING and appeal.delay_order.kind == "appeals.delay_order"
    assert ActivityEntry.objects.filter(action="appeals.delay_decided").count() == 1


def test_appeal_hearing_notice_adjournment_and_record(citizen, arcs_officer, sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    hearing = hearing_fix(appeal_id=appeal.pk, actor=arcs_officer, on=date(2026, 3, 10), at=time(11),
                          place="ARCS office, Tezpur", video_link="https://meet.example.in/apl", today=date(2026, 3, 2))
    assert hearing.notice.kind == "appeals.hearing_notice" and not hearing.notice.decides
    with pytest.raises(ValidationError):
        hearing_adjourn(hearing_id=hearing.pk, actor=arcs_officer, reason="", next_on=date(2026, 3, 17),
                        next_at=time(11), today=date(2026, 3, 10))
    following = hearing_adjourn(hearing_id=hearing.pk, actor=arcs_officer, reason="Appellant unwell.",
                                next_on=date(2026, 3, 17), next_at=time(11), today=date(2026, 3, 10))
    hearing_hold(hearing_id=following.pk, actor=arcs_officer, record="Appellant heard.", today=date(2026, 3, 17))
    from registrar.models import Notification

    assert Notification.objects.filter(recipient=citizen, key__startswith="hearing:").count() == 2


def test_appeal_set_aside_returns_the_application_to_scrutiny_with_both_log_entries(citizen, arcs_officer,
                                                                                   sonitpur):
    application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    appeal = appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.ALLOWED,
                           text="The list had ten eligible promoters; the refusal is set aside.",
                           today=date(2026, 3, 20))
    application = reload(application)
    refusal.refresh_from_db()
    assert application.state == AppState.UNDER_SCRUTINY
    assert refusal.set_aside_by == appeal.decision_order and refusal.set_aside_on == date(2026, 3, 20)
    original = ActivityEntry.objects.get(action="societies.application_refused")
    reversal = ActivityEntry.objects.get(action="appeals.effect_reversed")
    assert reversal.data["original_seq"] == original.seq and reversal.data["order"] == refusal.number
    assert reversal.data["by"] == appeal.decision_order.number


def test_review_petition_order_after_day_60_is_refused(citizen, arcs_officer, sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    with pytest.raises(ValidationError) as raised:
        appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.ALLOWED, text="Allowed.",
                      today=date(2026, 4, 8))
    assert raised.value.messages == [str(REVIEW_LIMIT_PASSED) % {"last": "07 Apr 2026"}]


def test_appeal_dismissed_as_frivolous_carries_costs_in_the_dues_ledger(citizen, arcs_officer, sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.DISMISSED, text="Frivolous.",
                  today=date(2026, 3, 20))
    due = appeal_award_costs(appeal_id=appeal.pk, actor=arcs_officer, amount=Decimal("500"), today=date(2026, 3, 20))
    assert due.person_user == citizen and due.order.number.startswith("RVW/")


def test_appeal_hearing_notice_goes_by_email_and_sms_through_the_outbox(citizen, arcs_officer, sonitpur):
    from registrar.models.notifications import OutboxMessage

    citizen.phone = "+919876543210"
    citizen.save(update_fields=["phone"])
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    hearing_fix(appeal_id=appeal.pk, actor=arcs_officer, on=date(2026, 3, 10), at=time(11), place="ARCS office",
                today=date(2026, 3, 2))
    sent = OutboxMessage.objects.filter(notification__recipient=citizen, notification__key__startswith="hearing:")
    assert sorted(sent.values_list("channel", flat=True)) == ["email", "sms"]


def test_appeal_filing_out_of_time_not_proceeded_with_ends_by_the_forums_order(citizen, arcs_officer, sonitpur):
    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 5, 1), route=Route.APPEAL, question_of_law="s.6(3)",
                         delay_explanation="I did not know of the order.")
    appeal = appeal_delay_decide(appeal_id=appeal.pk, actor=arcs_officer, proceed=False,
                                 reasons="The order was received on 7 Feb 2026; no cause is shown.",
                                 today=date(2026, 5, 5))
    assert appeal.state == CaseState.DELAY_REFUSED and appeal.delay_order.number.startswith("DLY/SNT/2026/")
    with pytest.raises(ValidationError):
        appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.ALLOWED, text="x",
                      today=date(2026, 5, 6))


def test_appeal_certified_copy_fee_is_raised_in_the_dues_ledger(citizen, arcs_officer, sonitpur):
    from appeals.services import appeal_record_copy

    _application, refusal = refused_application(citizen, arcs_officer, sonitpur)
    appeal = file_appeal(refusal, citizen, today=date(2026, 3, 1))
    with pytest.raises(ValidationError):  # no order yet to copy
        appeal_record_copy(appeal_id=appeal.pk, actor=arcs_officer, fee=Decimal("20"), requested_by="",
                           today=date(2026, 3, 2))
    appeal_decide(appeal_id=appeal.pk, actor=arcs_officer, outcome=Outcome.DISMISSED, text="No ground.",
                  today=date(2026, 3, 20))
    due = appeal_record_copy(appeal_id=appeal.pk, actor=arcs_officer, fee=Decimal("20"), requested_by="",
                             today=date(2026, 3, 21))
    assert due.person_user == citizen and due.principal == Decimal("20") and "Certified copy" in due.note
