"""Who works an application: an ARCS claims an unassigned one; a superior assigns or reassigns it."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from registrar.models import ActivityEntry, Notification, Rank
from societies.actions import SocietyAction
from societies.registration import services
from societies.registration.permissions import NOT_A_SUPERIOR
from tests.conftest import make_officer

from .helpers import make_submitted, reload

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_arcs(db):
    """Bikash, a second ARCS posted to Sonitpur: takes over when Pranjal is on leave."""
    return make_officer("arcs2.sonitpur", Rank.ARCS, ["SNT"])


@pytest.fixture
def application(citizen, sonitpur):
    return make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))


def assignment_entries(application):
    return list(ActivityEntry.objects.filter(action=SocietyAction.APPLICATION_ASSIGNED,
                                             target=f"societies.registrationapplication:{application.pk}")
                .order_by("seq").values_list("actor__username", "data"))


def test_claim_takes_an_unassigned_application(application, arcs_officer):
    services.application_claim(application_id=application.pk, actor=arcs_officer)
    assert reload(application).assigned_officer == arcs_officer
    assert assignment_entries(application) == [
        ("arcs.sonitpur", {"how": "claimed", "from": None, "to": "arcs.sonitpur"})]


def test_claim_of_one_assigned_to_a_colleague_is_refused(application, arcs_officer, second_arcs):
    services.application_claim(application_id=application.pk, actor=arcs_officer)
    with pytest.raises(ValidationError) as exc:
        services.application_claim(application_id=application.pk, actor=second_arcs)
    assert exc.value.messages == [
        "This application is already assigned to Arcs. Only a superior officer can reassign it."]
    assert reload(application).assigned_officer == arcs_officer
    assert len(assignment_entries(application)) == 1


def test_claim_by_an_officer_of_another_district_is_refused(application, other_district_officer):
    with pytest.raises(PermissionDenied):
        services.application_claim(application_id=application.pk, actor=other_district_officer)


def test_superior_reassigns_and_the_new_officer_is_notified(application, registrar, arcs_officer, second_arcs,
                                                            django_capture_on_commit_callbacks):
    services.application_claim(application_id=application.pk, actor=arcs_officer)
    with django_capture_on_commit_callbacks(execute=True):
        services.application_assign(application_id=application.pk, actor=registrar, officer=second_arcs)
    assert reload(application).assigned_officer == second_arcs
    assert assignment_entries(application)[-1] == (
        "rcs", {"how": "reassigned", "from": "arcs.sonitpur", "to": "arcs2.sonitpur"})
    note = Notification.objects.get(recipient=second_arcs)
    assert note.subject == f"Application {application.acknowledgement_number} assigned to you"
    assert note.body == ("Rcs assigned Borgaon Fishery Co-operative Society Limited to you. "
                         "Last day for a decision: 16 Mar 2026.")
    assert note.url == reverse("office_application_detail", args=[application.pk])


def test_superior_assigns_an_unassigned_application(application, registrar, arcs_officer):
    services.application_assign(application_id=application.pk, actor=registrar, officer=arcs_officer)
    assert assignment_entries(application) == [("rcs", {"how": "assigned", "from": None, "to": "arcs.sonitpur"})]


def test_superior_may_take_over_by_claiming(application, registrar, arcs_officer):
    services.application_claim(application_id=application.pk, actor=arcs_officer)
    services.application_claim(application_id=application.pk, actor=registrar)
    assert reload(application).assigned_officer == registrar
    assert assignment_entries(application)[-1] == ("rcs", {"how": "reassigned", "from": "arcs.sonitpur",
                                                            "to": "rcs"})


def test_assign_by_an_arcs_is_refused(application, arcs_officer, second_arcs):
    with pytest.raises(PermissionDenied) as exc:
        services.application_assign(application_id=application.pk, actor=arcs_officer, officer=second_arcs)
    assert str(exc.value) == NOT_A_SUPERIOR
    assert reload(application).assigned_officer is None and assignment_entries(application) == []


def test_assign_to_an_officer_without_jurisdiction_is_refused(application, registrar, other_district_officer):
    with pytest.raises(ValidationError) as exc:
        services.application_assign(application_id=application.pk, actor=registrar, officer=other_district_officer)
    assert exc.value.messages == [
        "Arcs has no jurisdiction over Sonitpur, or their rank may not decide registration. "
        "Choose an officer of this district."]
    assert reload(application).assigned_officer is None


def test_assign_to_an_auditor_of_the_district_is_refused(application, registrar, auditor):
    with pytest.raises(ValidationError):
        services.application_assign(application_id=application.pk, actor=registrar, officer=auditor)


def test_assign_of_a_decided_application_is_refused(citizen, sonitpur, registrar, arcs_officer):
    application = make_submitted(citizen, sonitpur, received_on=date(2026, 1, 15))
    services.application_withdraw(application_id=application.pk, actor=citizen, today=date(2026, 1, 20))
    with pytest.raises(ValidationError) as exc:
        services.application_assign(application_id=application.pk, actor=registrar, officer=arcs_officer)
    assert exc.value.messages == ["A decided or withdrawn application cannot be assigned."]


# ---- through the office page -------------------------------------------------------------------------------

def act(client, application, action, data=None):
    return client.post(reverse("office_application_act", args=[application.pk, action]), data or {}, follow=True)


def test_assign_page_offers_only_officers_with_jurisdiction(client, application, registrar, arcs_officer,
                                                            second_arcs, other_district_officer, auditor):
    client.force_login(registrar)
    response = client.get(reverse("office_application_detail", args=[application.pk]))
    choices = [value for value, _label in response.context["assign_form"].fields["officer"].widget.choices]
    assert set(choices) == {"", arcs_officer.pk, second_arcs.pk, registrar.pk}
    assert f'action="/office/applications/{application.pk}/assign/"' in response.content.decode()


def test_arcs_sees_no_assign_form(client, application, arcs_officer):
    client.force_login(arcs_officer)
    html = client.get(reverse("office_application_detail", args=[application.pk])).content.decode()
    assert "/assign/" not in html and "Assign to me" in html


def test_reassign_through_the_page(client, application, registrar, arcs_officer, second_arcs):
    services.application_claim(application_id=application.pk, actor=arcs_officer)
    client.force_login(registrar)
    response = act(client, application, "assign", {"officer": second_arcs.pk})
    name = second_arcs.get_full_name() or second_arcs.username
    assert f"{reload(application).acknowledgement_number} is assigned to {name}." in response.content.decode()
    assert reload(application).assigned_officer == second_arcs


def test_assign_through_the_page_to_an_officer_without_jurisdiction_shows_the_message(
        client, application, registrar, other_district_officer):
    client.force_login(registrar)
    html = act(client, application, "assign", {"officer": other_district_officer.pk}).content.decode()
    assert ("Arcs has no jurisdiction over Sonitpur, or their rank may not decide registration. "
            "Choose an officer of this district.") in html
    assert reload(application).assigned_officer is None


def test_assign_through_the_page_by_an_arcs_is_403(client, application, arcs_officer, second_arcs):
    client.force_login(arcs_officer)
    response = client.post(reverse("office_application_act", args=[application.pk, "assign"]),
                           {"officer": second_arcs.pk})
    assert response.status_code == 403
    assert reload(application).assigned_officer is None


def test_workqueue_offers_claim_on_unassigned_rows(client, application, arcs_officer):
    client.force_login(arcs_officer)
    claim_action = f'action="/office/applications/{application.pk}/claim/"'
    assert claim_action in client.get(reverse("office_applications")).content.decode()
    act(client, application, "claim")
    assert reload(application).assigned_officer == arcs_officer
    assert claim_action not in client.get(reverse("office_applications")).content.decode()
