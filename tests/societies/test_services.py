"""Registration services: happy paths, refusals, the activity entries they write."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django_fsm import TransitionNotAllowed
from guardian.shortcuts import get_perms

from registrar.models import ActivityEntry, Notification
from societies.actions import SocietyAction
from societies.models import AppState, RegistrationApplication
from societies.registration import services

from .helpers import make_draft, make_submitted, reload

pytestmark = pytest.mark.django_db


def actions_for(application):
    return list(ActivityEntry.objects.filter(target=f"societies.registrationapplication:{application.pk}")
                .order_by("seq").values_list("action", flat=True))


def test_declared_transitions():
    transitions = {(t.source, t.target) for t in
                   RegistrationApplication._meta.get_field("state").get_all_transitions(RegistrationApplication)}
    assert ("draft", "submitted") in transitions
    assert ("submitted", "under_scrutiny") in transitions
    assert ("under_scrutiny", "awaiting_rbi_nabard_clearance") in transitions
    assert ("under_scrutiny", "hearing_scheduled") in transitions
    assert ("hearing_scheduled", "refused") in transitions
    assert ("hearing_scheduled", "registered") in transitions
    assert ("under_scrutiny", "registered") in transitions
    assert ("refused", "under_scrutiny") in transitions
    for source in ("submitted", "under_scrutiny", "awaiting_rbi_nabard_clearance", "hearing_scheduled"):
        assert (source, "deemed_registered") in transitions
        assert (source, "withdrawn") in transitions
    assert ("draft", "deemed_registered") not in transitions
    assert ("submitted", "registered") not in transitions
    assert not any(src in ("registered", "deemed_registered", "withdrawn") for src, _t in transitions)


def test_submit_stamps_receipt_clock_and_acknowledgement(citizen, sonitpur, django_capture_on_commit_callbacks):
    draft = make_draft(citizen, sonitpur)
    with django_capture_on_commit_callbacks(execute=True):
        application = services.application_submit(application_id=draft.pk, actor=citizen, today=date(2026, 1, 15))
    assert application.state == AppState.SUBMITTED
    assert application.received_on == date(2026, 1, 15)
    assert application.decision_due_on == date(2026, 3, 16)
    assert application.acknowledgement_number == "RCS/SNT/2026/000001"
    assert actions_for(application) == [SocietyAction.APPLICATION_SUBMITTED]
    assert Notification.objects.filter(recipient=citizen, key=f"application:{draft.pk}:submitted").exists()
    second = make_submitted(citizen, sonitpur, name="Second Dairy Co-operative Society Limited")
    assert second.acknowledgement_number == "RCS/SNT/2026/000002"


def test_submit_is_refused_with_too_few_promoters(citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, promoters=9)
    with pytest.raises(ValidationError) as exc:
        services.application_submit(application_id=draft.pk, actor=citizen, today=date(2026, 1, 15))
    assert str(services.TOO_FEW_PROMOTERS) in exc.value.messages
    draft = reload(draft)
    assert draft.state == AppState.DRAFT and actions_for(draft) == []


def test_submit_is_refused_without_limited(citizen, sonitpur):
    draft = make_draft(citizen, sonitpur, name="Borgaon Fishery Society")
    with pytest.raises(ValidationError):
        services.application_submit(application_id=draft.pk, actor=citizen, today=date(2026, 1, 15))


def test_submit_is_refused_for_another_applicant(citizen, other_citizen, sonitpur):
    draft = make_draft(citizen, sonitpur)
    with pytest.raises(PermissionDenied):
        services.application_submit(application_id=draft.pk, actor=other_citizen, today=date(2026, 1, 15))


def test_register_happy_path_creates_society_certificate_and_grant(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    society = services.application_register(application_id=application.pk, actor=arcs_officer,
                                            today=date(2026, 3, 10), dispatched_on=date(2026, 3, 9))
    application = reload(application)
    assert application.state == AppState.REGISTERED
    assert application.dispatched_on == date(2026, 3, 9)
    assert society.registered_on == date(2026, 3, 9)
    assert society.registration_kind == "certificate"
    assert society.governance_status == "promoter_board"
    assert society.registration_number == "SNT/REG/2026/0001"
    assert society.certificate.token and not society.certificate.is_deemed
    assert "act_as_secretary" in get_perms(citizen, society)
    assert actions_for(application) == [SocietyAction.APPLICATION_SUBMITTED, SocietyAction.SCRUTINY_STARTED,
                                        SocietyAction.REGISTERED]


def test_register_is_refused_outside_officers_district(citizen, other_district_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    with pytest.raises(PermissionDenied):
        services.application_start_scrutiny(application_id=application.pk, actor=other_district_officer)


def test_register_by_registrar_statewide(citizen, registrar, sonitpur):
    application = make_submitted(citizen, sonitpur)
    services.application_start_scrutiny(application_id=application.pk, actor=registrar)
    services.application_register(application_id=application.pk, actor=registrar, today=date(2026, 2, 1),
                                  dispatched_on=date(2026, 2, 1))


def test_register_is_refused_after_the_last_day(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    with pytest.raises(ValidationError) as exc:
        services.application_register(application_id=application.pk, actor=arcs_officer, today=date(2026, 3, 20),
                                      dispatched_on=date(2026, 3, 17))
    assert str(services.DISPATCH_AFTER_LAST_DAY) in exc.value.messages


def test_register_is_refused_from_submitted(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    with pytest.raises(TransitionNotAllowed):
        services.application_register(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 1),
                                      dispatched_on=date(2026, 2, 1))


def test_query_answer_hearing_refuse(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    memo = services.application_send_query(application_id=application.pk, actor=arcs_officer, today=date(2026, 1, 20),
                                           items=[{"subject": "Bye-laws", "reason": "missing", "note": "Attach"},
                                                  {"subject": "Viability scheme", "reason": "incomplete"}])
    assert [i.number for i in memo.items.all()] == [1, 2]
    item = memo.items.first()
    services.application_answer_query(application_id=application.pk, memo_id=memo.pk, answers={item.pk: "Attached"},
                                      actor=citizen, today=date(2026, 1, 25))
    item.refresh_from_db()
    assert item.answer == "Attached"
    with pytest.raises(ValidationError):
        services.application_refuse(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 1),
                                    reasons=" ", dispatched_on=date(2026, 2, 1))
    services.application_schedule_hearing(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 1),
                                          hearing_on=date(2026, 2, 10))
    services.application_refuse(application_id=application.pk, actor=arcs_officer, today=date(2026, 2, 12),
                                reasons="s.6(3): a society with the same objects already serves this area.",
                                dispatched_on=date(2026, 2, 12))
    application = reload(application)
    assert application.state == AppState.REFUSED and application.society is None
    assert actions_for(application) == [
        SocietyAction.APPLICATION_SUBMITTED, SocietyAction.QUERY_SENT, SocietyAction.QUERY_ANSWERED,
        SocietyAction.HEARING_SCHEDULED, SocietyAction.APPLICATION_REFUSED,
    ]


def test_withdraw_by_applicant_only(citizen, other_citizen, sonitpur):
    application = make_submitted(citizen, sonitpur)
    with pytest.raises(PermissionDenied):
        services.application_withdraw(application_id=application.pk, actor=other_citizen, today=date(2026, 1, 20))
    services.application_withdraw(application_id=application.pk, actor=citizen, today=date(2026, 1, 20))
    application = reload(application)
    assert application.state == AppState.WITHDRAWN
    assert actions_for(application)[-1] == SocietyAction.APPLICATION_WITHDRAWN


def test_claim_assigns_officer(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    services.application_claim(application_id=application.pk, actor=arcs_officer)
    application = reload(application)
    assert application.assigned_officer == arcs_officer


def test_bank_awaits_clearance_and_is_deemed_with_banking_blocked(citizen, arcs_officer, sonitpur):
    from societies.registration.sweepers import applications_deem_registered

    bank = make_submitted(citizen, sonitpur, society_type="cooperative_bank",
                          name="Sonitpur Co-operative Bank Limited")
    services.application_start_scrutiny(application_id=bank.pk, actor=arcs_officer)
    services.application_await_clearance(application_id=bank.pk, actor=arcs_officer)
    assert reload(bank).state == AppState.AWAITING_CLEARANCE
    applications_deem_registered(today=date(2026, 3, 17))
    society = reload(bank).society
    assert society.registered_on == date(2026, 3, 17) and society.banking_blocked


def test_await_clearance_is_refused_for_a_non_bank(citizen, arcs_officer, sonitpur):
    application = make_submitted(citizen, sonitpur)
    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    with pytest.raises(ValidationError):
        services.application_await_clearance(application_id=application.pk, actor=arcs_officer)
