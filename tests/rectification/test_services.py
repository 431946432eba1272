"""effect_rectify and the deemed-registration rectifier (issue 4 item 4, issue 5 item 3).

Dates: received 15 Jan 2026, last day 16 Mar 2026 (day 60), deemed registered from 17 Mar 2026 (day 61). The
order is made on 20 Mar 2026.
"""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from registrar import rectification
from registrar.actions import RegistrarAction
from registrar.models import ActivityEntry, Notification, RectificationOrder
from registrar.rectification import effect_rectify
from societies.actions import SocietyAction
from societies.models import AppState, Society
from tests.conftest import make_officer
from tests.societies.helpers import make_submitted, reload

from .helpers import make_deemed

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 20)


def _rectify(entry, actor, real_date=date(2026, 3, 12), outcome="certificate", reasons="Posted 12 Mar 2026 "
             "(dispatch register p.41, postal receipt EA123456789IN); entered on 18 Mar 2026.", today=TODAY):
    return effect_rectify(entry_seq=entry.seq, actor=actor, real_date=real_date, reasons=reasons, today=today,
                          outcome=outcome)


def _messages(excinfo) -> list[str]:
    return [str(m) for m in excinfo.value.messages]


def test_rectify_certificate_keeps_society_registered_by_certificate_on_real_date(citizen, sonitpur, registrar):
    application, entry = make_deemed(citizen, sonitpur)
    society = application.society
    assert (society.registration_kind, society.registered_on) == ("deemed", date(2026, 3, 17))

    order = _rectify(entry, registrar)

    assert order.number == "RCS/RECT/2026/0001"
    assert (order.real_date, order.made_on, order.made_by, order.society) == (
        date(2026, 3, 12), TODAY, registrar, society)
    society = Society.objects.get(pk=society.pk)
    assert society.registration_kind == "certificate"
    assert society.registered_on == date(2026, 3, 12)
    assert society.legal_status == "registered"
    assert society.registration_number == application.society.registration_number
    assert society.certificate.is_deemed is False
    assert society.certificate.issued_on == date(2026, 3, 12)
    application = reload(application)
    assert application.state == AppState.REGISTERED
    assert (application.dispatched_on, application.decided_on, application.deemed_on) == (
        date(2026, 3, 12), date(2026, 3, 12), None)
    assert order.summary == (
        "Deemed registration set aside: the certificate of registration was dispatched on 12 Mar 2026, so "
        f"Borgaon Fishery Co-operative Society Limited is registered by certificate from that date (registration "
        f"number {society.registration_number} kept).")


def test_rectify_writes_one_entry_and_leaves_the_original_untouched(citizen, sonitpur, registrar):
    _application, entry = make_deemed(citizen, sonitpur)
    before = ActivityEntry.objects.get(pk=entry.pk)
    count = ActivityEntry.objects.count()

    order = _rectify(entry, registrar)

    assert ActivityEntry.objects.count() == count + 1
    after = ActivityEntry.objects.get(pk=entry.pk)
    assert (after.action, after.data, after.hash, after.actor_id) == (before.action, before.data, before.hash, None)
    new = ActivityEntry.objects.order_by("-seq").first()
    assert new.action == RegistrarAction.EFFECT_RECTIFIED
    assert new.actor == registrar and new.society_id == entry.society_id
    assert new.target == f"registrar.rectificationorder:{order.pk}"
    assert new.data["order"] == "RCS/RECT/2026/0001"
    assert new.data["rectified_seq"] == entry.seq
    assert new.data["rectified_action"] == "societies.deemed_registered"
    assert new.data["real_date"] == "2026-03-12"
    assert new.data["outcome"] == "certificate"
    assert new.data["reasons"].startswith("Posted 12 Mar 2026")
    from registrar.activity import verify_chain

    assert verify_chain().ok


def test_rectify_refusal_returns_application_to_refused_and_sets_society_aside(
        citizen, sonitpur, arcs_officer, registrar):
    application, entry = make_deemed(citizen, sonitpur, officer=arcs_officer, hearing_on=date(2026, 3, 10))

    order = _rectify(entry, registrar, real_date=date(2026, 3, 13), outcome="refusal",
                     reasons="Refusal order posted 13 Mar 2026 after the hearing of 10 Mar.")

    application = reload(application)
    assert application.state == AppState.REFUSED
    assert (application.dispatched_on, application.decided_on, application.deemed_on) == (
        date(2026, 3, 13), date(2026, 3, 13), None)
    assert application.refusal_reasons == ("Refusal dispatched on 13 Mar 2026, recorded by rectification order "
                                           "RCS/RECT/2026/0001: Refusal order posted 13 Mar 2026 after the hearing "
                                           "of 10 Mar.")
    society = Society.objects.get(pk=application.society_id)
    assert society.legal_status == "registration_set_aside"
    assert order.summary == ("Deemed registration set aside: the refusal was dispatched on 13 Mar 2026, so the "
                             f"application {application.acknowledgement_number} stands refused and Borgaon Fishery "
                             "Co-operative Society Limited is not a registered society.")
    assert ActivityEntry.objects.filter(action=SocietyAction.DEEMED_REGISTERED, society=society).count() == 1
    assert ActivityEntry.objects.filter(action=RegistrarAction.EFFECT_RECTIFIED, society=society).count() == 1


def test_rectify_refusal_without_a_hearing_is_refused(citizen, sonitpur, registrar):
    _application, entry = make_deemed(citizen, sonitpur)
    with pytest.raises(ValidationError) as excinfo:
        _rectify(entry, registrar, outcome="refusal")
    assert _messages(excinfo) == ["No hearing was scheduled on this application: a refusal cannot have been made "
                                  "without hearing the applicants (proviso to s.10(2))."]
    assert not RectificationOrder.objects.exists()


def test_rectify_refusal_dated_before_the_hearing_is_refused(citizen, sonitpur, arcs_officer, registrar):
    _application, entry = make_deemed(citizen, sonitpur, officer=arcs_officer, hearing_on=date(2026, 3, 10))
    with pytest.raises(ValidationError) as excinfo:
        _rectify(entry, registrar, real_date=date(2026, 3, 9), outcome="refusal")
    assert _messages(excinfo) == ["The real dispatch date 09 Mar 2026 is before the hearing on 10 Mar 2026: a "
                                  "refusal follows the hearing (proviso to s.10(2))."]


def test_rectify_is_refused_to_the_district_arcs(citizen, sonitpur, arcs_officer):
    _application, entry = make_deemed(citizen, sonitpur)
    with pytest.raises(PermissionDenied) as excinfo:
        _rectify(entry, arcs_officer)
    assert str(excinfo.value) == ("Only the Registrar, or an Additional, Joint or Deputy Registrar, may make a "
                                  "rectification order. You can see this automatic effect but not set it aside.")
    assert not RectificationOrder.objects.exists()


def test_rectify_by_a_deputy_registrar_is_allowed(citizen, sonitpur):
    deputy = make_officer("deputy.rcs", "deputy_rcs", [])
    _application, entry = make_deemed(citizen, sonitpur)
    assert _rectify(entry, deputy).made_by == deputy


def test_rectify_is_refused_when_the_real_date_is_after_day_60(citizen, sonitpur, registrar):
    application, entry = make_deemed(citizen, sonitpur)
    with pytest.raises(ValidationError) as excinfo:
        _rectify(entry, registrar, real_date=date(2026, 3, 17))
    assert _messages(excinfo) == ["The real dispatch date 17 Mar 2026 is after the last day for a decision "
                                  "(16 Mar 2026): the society was rightly deemed registered."]
    assert reload(application).state == AppState.DEEMED_REGISTERED
    assert not RectificationOrder.objects.exists()


def test_rectify_on_day_60_itself_is_allowed(citizen, sonitpur, registrar):
    _application, entry = make_deemed(citizen, sonitpur)
    assert _rectify(entry, registrar, real_date=date(2026, 3, 16)).real_date == date(2026, 3, 16)


def test_rectify_is_refused_for_a_real_date_in_the_future(citizen, sonitpur, registrar):
    _application, entry = make_deemed(citizen, sonitpur)
    with pytest.raises(ValidationError) as excinfo:
        _rectify(entry, registrar, real_date=date(2026, 3, 21))
    assert _messages(excinfo) == ["The real date cannot be in the future."]


def test_rectify_is_refused_when_already_rectified(citizen, sonitpur, registrar):
    _application, entry = make_deemed(citizen, sonitpur)
    _rectify(entry, registrar)
    with pytest.raises(ValidationError) as excinfo:
        _rectify(entry, registrar)
    assert _messages(excinfo) == ["This automatic effect has already been set aside by rectification order "
                                  "RCS/RECT/2026/0001."]
    assert RectificationOrder.objects.count() == 1


def test_rectify_is_refused_for_an_officers_own_decision(citizen, sonitpur, arcs_officer, registrar):
    application = make_submitted(citizen, sonitpur)
    from societies.registration import services

    services.application_start_scrutiny(application_id=application.pk, actor=arcs_officer)
    services.application_register(application_id=application.pk, actor=arcs_officer, today=date(2026, 3, 2),
                                  dispatched_on=date(2026, 3, 2))
    entry = ActivityEntry.objects.get(action=SocietyAction.REGISTERED)
    with pytest.raises(ValidationError) as excinfo:
        _rectify(entry, registrar)
    assert _messages(excinfo) == ["This entry is not an automatic effect that a rectification order can set aside."]


def test_rectify_needs_reasons_and_an_outcome(citizen, sonitpur, registrar):
    _application, entry = make_deemed(citizen, sonitpur)
    with pytest.raises(ValidationError) as excinfo:
        _rectify(entry, registrar, reasons="  ")
    assert _messages(excinfo) == ["Record the reasons for the order."]
    with pytest.raises(ValidationError) as excinfo:
        _rectify(entry, registrar, outcome="")
    assert _messages(excinfo) == ["Choose what really happened."]


def test_rectify_numbers_are_one_statewide_series(citizen, other_citizen, sonitpur, kamrup, registrar):
    _a, sonitpur_entry = make_deemed(citizen, sonitpur)
    _b, kamrup_entry = make_deemed(other_citizen, kamrup, name="Rangia Dairy Co-operative Society Limited")
    assert _rectify(kamrup_entry, registrar).number == "RCS/RECT/2026/0001"
    assert _rectify(sonitpur_entry, registrar).number == "RCS/RECT/2026/0002"


def test_rectify_notifies_secretary_and_district_arcs_on_commit(
        citizen, sonitpur, arcs_officer, other_district_officer, registrar, django_capture_on_commit_callbacks):
    _application, entry = make_deemed(citizen, sonitpur)
    with django_capture_on_commit_callbacks(execute=True):
        _rectify(entry, registrar)
    key = "rectification:RCS/RECT/2026/0001"
    to_secretary = Notification.objects.get(recipient=citizen, key=key)
    assert to_secretary.subject == "Rectification order RCS/RECT/2026/0001"
    assert to_secretary.body.startswith("By order RCS/RECT/2026/0001 the Registrar set aside “Society deemed "
                                        f"registered” (entry #{entry.seq}): the real date was 12 Mar 2026. ")
    assert to_secretary.url == f"/societies/{entry.society_id}/timeline/"
    assert Notification.objects.get(recipient=arcs_officer, key=key).url == f"/office/rectification/{entry.seq}/"
    assert not Notification.objects.filter(recipient=other_district_officer, key=key).exists()


def test_rectify_sends_nothing_when_it_fails(citizen, sonitpur, registrar, django_capture_on_commit_callbacks):
    _application, entry = make_deemed(citizen, sonitpur)
    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(ValidationError):
        _rectify(entry, registrar, real_date=date(2026, 3, 17))
    assert callbacks == []
    assert not Notification.objects.filter(key__startswith="rectification:").exists()


def test_rectifier_registry_knows_deemed_registration():
    spec = rectification.get("societies.deemed_registered")
    assert spec is not None
    assert [key for key, _label in spec.outcomes] == ["certificate", "refusal"]
    assert "societies.deemed_registered" in rectification.rectifiable_actions()


def test_rectifier_registered_twice_for_one_code_is_an_error():
    with pytest.raises(ValueError):
        rectification.rectifier("societies.deemed_registered", description="again")(lambda entry, **kw: "")


def test_rectify_tells_other_domains_the_registration_changed(citizen, sonitpur, arcs_officer, registrar):
    from societies.registration.rectifiers import registration_corrected

    heard = []

    def receiver(sender, **kwargs):
        heard.append((kwargs["society"].registered_on, kwargs["previous_registered_on"], kwargs["set_aside"],
                      kwargs["order"].number, kwargs["today"]))

    registration_corrected.connect(receiver)
    try:
        _a, certificate_entry = make_deemed(citizen, sonitpur)
        _rectify(certificate_entry, registrar)
        _b, refusal_entry = make_deemed(citizen, sonitpur, officer=arcs_officer, hearing_on=date(2026, 3, 10),
                                        name="Borsola Fishery Co-operative Society Limited")
        _rectify(refusal_entry, registrar, real_date=date(2026, 3, 13), outcome="refusal")
    finally:
        registration_corrected.disconnect(receiver)
    assert heard == [
        (date(2026, 3, 12), date(2026, 3, 17), False, "RCS/RECT/2026/0001", TODAY),
        (date(2026, 3, 17), date(2026, 3, 17), True, "RCS/RECT/2026/0002", TODAY),
    ]
