"""Issue 10 point 3: ranks are checked in every service from one table (registrar.capabilities), and the superuser
is an administrator, not every society's secretary."""

from datetime import date

import pytest
import time_machine
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from registrar.models import Rank, User
from societies.governance import permissions as gov_permissions
from societies.governance.models import Proceedings
from societies.governance.services import meetings as meeting_services
from societies.governance.services import proceedings as proceedings_services
from societies.models import RegistrationApplication
from societies.registration import services
from tests.conftest import make_officer
from tests.gov_meetings.helpers import pdf_upload, record_agm, start

pytestmark = pytest.mark.django_db


def _paper(actor, district, *, received_on=date(2026, 1, 15), today=date(2026, 1, 20), **extra):
    return services.application_receive_paper(
        actor=actor, district=district, received_on=received_on, today=today,
        proposed_name="Borgaon Fishery Co-operative Society Limited", society_type="fishery",
        address="Borgaon, Sonitpur", area_of_operation="Borgaon GP", authorised_share_capital=200000,
        chief_promoter_name="Hemanta Nath", applicant_name="Hemanta Nath", **extra)


@pytest.fixture
def inspector(db):
    """Bikash, an inspector posted to Sonitpur: sees the district's office pages, decides nothing."""
    return make_officer("inspector.sonitpur", Rank.INSPECTOR, ["SNT"])


def test_hardening_inspector_cannot_enter_paper_application(inspector, arcs_officer, registrar, sonitpur):
    with pytest.raises(PermissionDenied) as exc:
        _paper(inspector, sonitpur)
    assert str(exc.value) == str(services.permissions.PAPER_NOT_ALLOWED)
    assert not RegistrationApplication.objects.exists()
    assert _paper(arcs_officer, sonitpur).received_by_hand  # the ARCS of the district still may
    assert _paper(registrar, sonitpur, received_on=date(2026, 1, 16)).received_by_hand  # and the statewide ranks


def test_hardening_auditor_cannot_back_date_a_paper_application_past_day_60(auditor, citizen, sonitpur):
    # The hole: received "on 1 Jan", the sweep would deem it registered with a secretary's grant for the citizen.
    with pytest.raises(PermissionDenied):
        _paper(auditor, sonitpur, received_on=date(2026, 1, 1), today=date(2026, 4, 1), confirm_past_last_day=True,
               applicant_email=citizen.email)
    assert not RegistrationApplication.objects.exists()


@time_machine.travel("2026-01-20 10:00 +0530", tick=False)
def test_hardening_inspector_gets_403_on_the_paper_form(client, inspector, arcs_officer, sonitpur):
    client.force_login(inspector)
    assert client.get(reverse("office_application_paper")).status_code == 403
    response = client.post(reverse("office_application_paper"), {
        "district": sonitpur.pk, "proposed_name": "Borgaon Fishery Co-operative Society Limited",
        "society_type": "fishery", "address": "Borgaon", "area_of_operation": "Borgaon GP",
        "authorised_share_capital": "200000", "chief_promoter_name": "Hemanta Nath",
        "received_on": "2026-01-15", "applicant_name": "Hemanta Nath"})
    assert response.status_code == 403
    assert not RegistrationApplication.objects.exists()
    assert "Enter a paper application" not in client.get(reverse("office_applications")).content.decode()
    client.force_login(arcs_officer)
    assert "Enter a paper application" in client.get(reverse("office_applications")).content.decode()


def test_hardening_one_table_of_ranks_decides_every_office_act():
    from registrar import capabilities

    assert set(capabilities.CAPABILITIES) == set(capabilities.Act)
    below_arcs = {Rank.INSPECTOR, Rank.AUDITOR}
    for act, ranks in capabilities.CAPABILITIES.items():
        assert ranks <= set(Rank.values), act
        if act in capabilities.READING_ACTS:
            assert Rank.ARCS in ranks, act
            continue
        assert not ranks & below_arcs, f"{act} lets a rank below the ARCS act"
    assert capabilities.ranks_for(capabilities.Act.ENTER_PAPER_APPLICATION) == capabilities.ARCS_AND_ABOVE
    assert {Rank.RCS, Rank.ADDL_RCS, Rank.JOINT_RCS, Rank.DEPUTY_RCS} == capabilities.REGISTRAR_LEVEL
    # The domain checks read the table.
    from societies.registration import permissions

    assert capabilities.ranks_for(capabilities.Act.DECIDE_REGISTRATION) == permissions.DECIDING_RANKS


@pytest.fixture
def superuser_registrar(registrar):
    """The Registrar's account, also the portal's superuser (the admin site): not a secretary of anything."""
    registrar.is_staff = registrar.is_superuser = True
    registrar.save()
    return registrar


def test_hardening_superuser_is_not_secretary(client, superuser_registrar, secretary):
    society = secretary.society
    assert not gov_permissions.is_secretary(superuser_registrar, society)
    admin = User.objects.create_superuser("root", "root@example.in", "pw-for-tests-2026")
    assert not gov_permissions.is_secretary(admin, society)
    client.force_login(admin)
    assert client.get(reverse("society_board", args=[society.pk])).status_code == 404
    assert gov_permissions.is_secretary(secretary, society)  # the real grant still works


def test_hardening_superuser_cannot_file_and_then_approve_proceedings(superuser_registrar, secretary):
    start(secretary.society)
    meeting = record_agm(secretary, held_on=date(2026, 9, 20))
    with pytest.raises(PermissionDenied):
        proceedings_services.proceedings_file(meeting_id=meeting.pk, actor=superuser_registrar,
                                              today=date(2026, 9, 25), document=pdf_upload(), summary="Minutes")
    with pytest.raises(PermissionDenied):
        meeting_services.general_meeting_record(
            society_id=secretary.society.pk, actor=superuser_registrar, today=date(2026, 9, 21), kind="special",
            held_on=date(2026, 9, 21), members_eligible=100, members_present=30)
    assert not Proceedings.objects.exists()
